/**
 * The "copy as briefing text" summary: a few factual lines about the current selection, in the
 * current language, ending with the sources (publisher, date, page). Pure, so each language and
 * country can be tested with the real dataset.
 */
import { formatCitations, sourceTitle } from '../../components/SourceNote';
import { formatFigureNumber } from '../../i18n/figures';
import type { TripModel } from '../../data/buildTripModel';
import type { Citation, CountryCode, EconomicFigure } from '../../data/schema';
import {
  formatDate,
  formatDateRange,
  formatInteger,
  formatList,
  formatPlural,
  formatUsd,
  withQualifier,
} from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { briefingMessages } from './messages';

export interface BriefingSelection {
  lang: Lang;
  country: CountryCode | null;
  /** A link to the same view of the dashboard, when known. */
  url?: string;
}

// The figures a briefing quotes for each country are marked `show: ["briefing"]` in economy.json.
const quotedFigures = (figures: readonly EconomicFigure[], country: CountryCode) =>
  figures.filter((f) => f.subject === country && f.show?.includes('briefing'));

function formatFigure(figure: EconomicFigure, lang: Lang): string {
  return withQualifier(formatFigureNumber(figure, lang), figure.qualifier, lang);
}

const separator = (lang: Lang) => (lang === 'en' ? ', ' : '、');

export function buildBriefingText(model: TripModel, selection: BriefingSelection): string {
  const { lang, country } = selection;
  const t = pickMessages(briefingMessages, lang);
  const { trip, derived, figures, days, outcomes } = model.dataset;
  const totals = derived.agreementTotals;
  const cites: Citation[] = [];
  const lines: string[] = [];

  lines.push(
    fill(t.briefTitle, { title: pickText(trip.title, lang), dates: formatDateRange(trip.start, trip.end, lang) }),
    fill(t.briefSelection, { selection: country
        ? countryName(country, lang)
        : fill(t.briefAllCountries, { countries: formatList(trip.countries.map((c) => countryName(c.code, lang)), lang) }),
    }),
    '',
  );
  const bullet = (text: string) => lines.push(`• ${text}`);

  if (country) {
    const c = totals.byCountry.find((b) => b.country === country);
    if (c) {
      bullet(
        fill(t.briefAgreementsCountry, {
          count: formatInteger(c.total, lang),
          total: formatInteger(totals.total, lang),
          country: countryName(country, lang),
          gov: formatInteger(c.government, lang),
          nonGov: formatInteger(c.nonGovernment, lang),
        }),
      );
    }
    cites.push(...model.dataset.agreementCounts.filter((a) => a.country === country).flatMap((a) => a.cite));
    const countryDays = days.filter((d) => model.countryOfPlace(d.place) === country);
    const first = countryDays[0];
    const last = countryDays[countryDays.length - 1];
    if (first && last) {
      const places = [...new Set(countryDays.map((d) => d.place))].map((id) => {
        const place = model.placeById.get(id);
        return place ? pickText(place.name, lang) : id;
      });
      bullet(
        fill(t.briefDays, {
          country: countryName(country, lang),
          dates: first.date === last.date ? formatDate(first.date, lang) : formatDateRange(first.date, last.date, lang),
          places: places.join(separator(lang)),
        }),
      );
    }
    for (const figure of quotedFigures(figures, country)) {
      bullet(
        fill(t.briefFigure, {
          country: countryName(country, lang),
          label: pickText(figure.label, lang),
          value: formatFigure(figure, lang),
        }),
      );
      cites.push(...figure.cite);
    }
  } else {
    bullet(
      fill(t.briefAgreements, {
        total: formatInteger(totals.total, lang),
        gov: formatInteger(totals.government, lang),
        nonGov: formatInteger(totals.nonGovernment, lang),
        breakdown: totals.byCountry
          .map((b) =>
            fill(t.briefCountryPart, {
              country: countryName(b.country, lang),
              total: formatInteger(b.total, lang),
              gov: formatInteger(b.government, lang),
              nonGov: formatInteger(b.nonGovernment, lang),
            }),
          )
          .join(lang === 'en' ? '; ' : '；'),
      }),
    );
    cites.push(...trip.agreements.cite);
  }

  bullet(
    fill(t.briefAmount, {
      amount: withQualifier(formatUsd(trip.agreements.amountUsd, lang), trip.agreements.amountQualifier, lang),
    }),
  );
  bullet(
    fill(t.briefDelegation, {
      total: formatInteger(trip.delegation.total, lang),
      home: countryName(trip.home.code, lang),
      hk: formatInteger(trip.delegation.hongKong, lang),
      mainland: formatInteger(trip.delegation.mainland, lang),
    }),
  );
  cites.push(...trip.agreements.cite, ...trip.delegation.cite);
  if (!country) {
    bullet(
      fill(t.briefTrip, {
        days: formatInteger(derived.tripDays.length, lang),
        countries: formatInteger(trip.countries.length, lang),
        events: withQualifier(formatInteger(trip.events.count, lang), trip.events.qualifier, lang),
      }),
    );
    bullet(fill(formatPlural(outcomes.length, { one: t.briefOutcomesOne, other: t.briefOutcomesOther }, lang), { list: outcomes.map((o) => pickText(o.title, lang)).join(lang === 'en' ? '; ' : '；') }));
    cites.push(...trip.events.cite, ...outcomes.flatMap((o) => o.cite));
  }

  // Background, what named people said and the data notes on them, each line with its section.
  const citesText = (list: readonly Citation[]) => formatCitations(model, list, lang);
  const background = model.dataset.background.filter((b) => !country || b.country === country);
  if (background.length > 0) {
    lines.push('', t.briefBackground);
    for (const fact of background) {
      bullet(
        fill(t.briefBackgroundLine, {
          country: countryName(fact.country, lang),
          title: pickText(fact.title, lang),
          summary: pickText(fact.summary, lang),
          cite: citesText(fact.cite),
        }),
      );
      cites.push(...fact.cite);
    }
  }
  const personById = new Map(model.dataset.people.map((p) => [p.id, p]));
  const voices = model.dataset.voices.filter((v) => !country || v.country === null || v.country === country);
  if (voices.length > 0) {
    lines.push('', t.briefVoices);
    for (const voice of voices) {
      const person = personById.get(voice.person);
      if (!person) continue;
      bullet(
        fill(t.briefVoiceLine, {
          name: pickText(person.name, lang),
          role: pickText(person.role, lang),
          said: pickText(voice.said, lang),
          cite: citesText(voice.cite),
        }),
      );
      cites.push(...voice.cite);
    }
  }
  // The notes on what this briefing states: the trip's length and delegation, its background and voices,
  // and (for every country) the headline totals.
  const shown = new Set(['trip', 'delegation', ...background.map((b) => b.id), ...voices.map((v) => v.id)]);
  if (!country) for (const id of ['trip-agreements-total', 'trip-deals-usd']) shown.add(id);
  const notes = model.dataset.notes.filter((n) => n.about.some((id) => shown.has(id)));
  if (notes.length > 0) {
    lines.push('', t.briefNotes);
    for (const note of notes) {
      bullet(
        fill(t.briefNoteLine, {
          title: pickText(note.title, lang),
          used: pickText(note.used, lang),
          cite: citesText(note.values.map((v) => v.cite)),
        }),
      );
      cites.push(...note.values.map((v) => v.cite));
    }
  }

  // Sources: each report once, in date order, with publisher, date and page.
  const sourceIds = new Set(cites.map((c) => c.source));
  const sources = model.dataset.sources.filter((s) => sourceIds.has(s.id)).sort((a, b) => a.published.localeCompare(b.published));
  lines.push('', t.briefSources);
  for (const source of sources) {
    lines.push(
      `• ${fill(t.briefSource, {
        publisher: pickText(source.publisher, lang),
        date: formatDate(source.published, lang),
        page: source.page ? fill(t.briefPage, { page: source.page }) : t.briefPageUnknown,
        title: sourceTitle(source, lang),
      })}`,
    );
  }
  if (selection.url) lines.push('', fill(t.briefLink, { url: selection.url }));
  return lines.join('\n');
}
