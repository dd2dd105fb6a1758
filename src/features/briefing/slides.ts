/**
 * The briefing deck: which slides, in what order, and the words on each (title and one-line takeaway).
 * The app supplies what each slide shows; the texts here follow the language and the country filter.
 */
import type { TripModel } from '../../data/buildTripModel';
import type { Citation, CountryCode } from '../../data/schema';
import { formatDate, formatInteger, formatList, formatPlural, formatUsd, withQualifier } from '../../i18n/format';
import { describeFigure as describeSlideFigure } from '../../i18n/figures';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, quoted, type Lang } from '../../i18n/lang';
import { briefingMessages } from './messages';

export const SLIDE_IDS = ['headline', 'map', 'agreements', 'timeline', 'economy', 'notes'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export interface SlideText {
  id: SlideId;
  title: string;
  takeaway: string;
  /** What the takeaway's figures rest on, for the source line of the slide. */
  cites: readonly Citation[];
}

export function buildSlideTexts(model: TripModel, lang: Lang, country: CountryCode | null): SlideText[] {
  const t = pickMessages(briefingMessages, lang);
  const { trip, derived, figures, notes } = model.dataset;
  const totals = derived.agreementTotals;
  const byCountry = (code: CountryCode) => totals.byCountry.find((c) => c.country === code);
  const selected = country ? byCountry(country) : undefined;
  const int = (n: number) => formatInteger(n, lang);
  const countsCites = model.dataset.agreementCounts.flatMap((c) => c.cite);
  const isShared = (subject: string) => model.dataset.economySubjects.some((s) => s.id === subject);
  // With a country chosen, its figures and the shared ones (the home economy's and the region's), not the other country's.
  const slideFigures = figures.filter((f) => f.show?.includes('slide') && (!country || f.subject === country || isShared(f.subject)));
  const subjectName = (subject: string) => {
    const shared = model.dataset.economySubjects.find((s) => s.id === subject);
    return shared ? pickText(shared.name, lang) : countryName(subject, lang);
  };
  const cities = [...new Set(model.dataset.days.map((d) => d.place))].map((id) => model.placeById.get(id)).filter((p) => p !== undefined);
  const outcomes = [...model.dataset.outcomes].sort((a, b) => a.number - b.number);
  const announcedDays = new Set(outcomes.map((o) => model.outcomeAnnouncedOn.get(o.number)));
  const announcedOn = announcedDays.size === 1 ? [...announcedDays][0] : undefined;
  const publishers = [...new Set(model.dataset.sources.map((s) => pickText(s.publisher, lang)))];

  const texts: Record<SlideId, Omit<SlideText, 'id'>> = {
    headline: {
      title: t.slideHeadline,
      takeaway:
        selected && country
          ? fill(t.takeawayHeadlineCountry, { count: int(selected.total), total: int(totals.total), country: countryName(country, lang) })
          : fill(t.takeawayHeadline, {
              total: int(totals.total),
              days: int(derived.tripDays.length),
              amount: withQualifier(formatUsd(trip.agreements.amountUsd, lang), trip.agreements.amountQualifier, lang),
            }),
      cites: [...trip.agreements.cite, ...trip.delegation.cite],
    },
    map: {
      title: t.slideMap,
      takeaway: fill(t.takeawayMap, {
        home: countryName(trip.home.code, lang),
        cities: formatList(cities.map((c) => pickText(c.name, lang)), lang),
        days: formatPlural(derived.tripDays.length, { one: t.daysOne, other: t.daysOther }, lang),
      }),
      cites: model.dataset.events.slice(0, 1).flatMap((e) => e.cite),
    },
    agreements: {
      title: t.slideAgreements,
      takeaway:
        selected && country
          ? fill(t.takeawayAgreementsCountry, {
              country: countryName(country, lang),
              gov: int(selected.government),
              nonGov: int(selected.nonGovernment),
            })
          : fill(totals.nonGovernment > totals.total / 2 ? t.takeawayAgreements : t.takeawayAgreementsSplit, {
              parts: formatList(totals.byCountry.map((c) => fill(t.takeawayAgreementsPart, { country: countryName(c.country, lang), count: int(c.total) })), lang),
              gov: int(totals.government),
              nonGov: int(totals.nonGovernment),
              total: int(totals.total),
            }),
      cites: countsCites,
    },
    timeline: {
      title: formatPlural(outcomes.length, { one: t.slideTimelineOne, other: t.slideTimelineOther }, lang),
      // Outcomes announced together (as at a closing summing-up) say when; they have no day of their own.
      takeaway: fill(
        formatPlural(
          outcomes.length,
          announcedOn
            ? { one: t.takeawayTimelineAnnouncedOne, other: t.takeawayTimelineAnnouncedOther }
            : { one: t.takeawayTimelineOne, other: t.takeawayTimelineOther },
          lang,
        ),
        {
        date: announcedOn ? formatDate(announcedOn, lang) : '',
        // Quoted by the language's rule, so a title with its own quotes nests them (「…『…』…」).
        first: outcomes[0] ? quoted(pickText(outcomes[0].title, lang), lang) : '',
        last: outcomes.at(-1) ? quoted(pickText(outcomes.at(-1)!.title, lang), lang) : '',
        },
      ),
      cites: model.dataset.outcomes.flatMap((o) => o.cite),
    },
    economy: {
      title: t.slideEconomy,
      takeaway: fill(t.takeawayEconomy, {
        figures: slideFigures
          .map((f) => fill(t.takeawayEconomyFigure, { subject: subjectName(f.subject), label: pickText(f.label, lang), value: describeSlideFigure(f, lang) }))
          .join(t.figureSeparator),
      }),
      cites: slideFigures.flatMap((f) => f.cite),
    },
    notes: {
      title: t.slideNotes,
      takeaway: fill(t.takeawayNotes, {
        reports: fill(formatPlural(model.dataset.sources.length, { one: t.reportsOne, other: t.reportsOther }, lang), { publishers: formatList(publishers, lang) }),
        notes: int(notes.length),
      }),
      cites: [],
    },
  };
  return SLIDE_IDS.map((id) => ({ id, ...texts[id] }));
}

/** What a key does in the deck: go to a slide (1-based), leave, or nothing. */
export type DeckMove = { kind: 'go'; slide: number } | { kind: 'exit' } | null;

/**
 * Presentation clickers send PageDown/PageUp, arrows or Space; Home and End jump to the ends.
 * Up and Down stay free to scroll a slide that stacks on a phone. Moves stop at the first and last
 * slide rather than wrapping, so a double click cannot loop round: there the key is still the
 * deck's (null, nothing happens) rather than the page's or the map's. Keys that are not the deck's
 * give undefined.
 */
export function deckMoveForKey(key: string, current: number, total: number, shift = false): DeckMove | undefined {
  const go = (slide: number) => {
    const clamped = Math.min(total, Math.max(1, slide));
    return clamped === current ? null : { kind: 'go' as const, slide: clamped };
  };
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return go(current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return go(current - 1);
    case ' ':
    case 'Spacebar':
      return go(shift ? current - 1 : current + 1);
    case 'Home':
      return go(1);
    case 'End':
      return go(total);
    case 'Escape':
      return { kind: 'exit' };
    default:
      return undefined;
  }
}
