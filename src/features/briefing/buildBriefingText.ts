/**
 * The "copy as briefing text" summary, in the reader's language: one short paragraph on the current
 * selection (every key: country, day, outcome, level, field, status, search), then the key figures
 * with their periods, background, what people said and data notes, then short citations (publisher,
 * date, page). Pure, so each language and selection can be tested with the real dataset.
 */
import { figuresShown } from '../../data/figureRoles';
import { formatCitations, publicationLine } from '../../components/citations';
import { formatFigureNumber, formatPeriod } from '../../i18n/figures';
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
import { countryName, fieldName, levelName, statusName } from '../../i18n/labels';
import { isRomanisedName, selectVoices } from '../../data/selectVoices';
import { isOutcomeInCountry } from '../../data/outcomeLinks';
import type { AgreementStatus, Field, Level } from '../../data/schema';
import { fill, localeOf, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { briefingMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';

export interface BriefingSelection {
  lang: Lang;
  country: CountryCode | null;
  day?: string | null;
  outcome?: number | null;
  level?: Level | null;
  field?: Field | null;
  status?: AgreementStatus | null;
  q?: string;
  /** A link to the same view of the dashboard, when known. */
  url?: string;
}

// The figures a briefing quotes for each country are marked `show: ["briefing"]` in economy.json.
const quotedFigures = (figures: readonly EconomicFigure[], countries: readonly CountryCode[]) =>
  figures.filter((f) => countries.includes(f.subject as CountryCode) && f.show?.includes('briefing'));

/** What the selection looks at besides the country, in words: day, outcome, level, field, status, search. */
function describeFocus(model: TripModel, selection: BriefingSelection): string[] {
  const { lang } = selection;
  const t = pickMessages(briefingMessages, lang);
  const parts: string[] = [];
  if (selection.day) parts.push(fill(t.briefFocusDay, { date: formatDate(selection.day, lang) }));
  const outcome = selection.outcome ? model.outcomeByNumber.get(selection.outcome) : undefined;
  if (outcome) {
    const announced = model.outcomeAnnouncedOn.get(outcome.number);
    parts.push(
      fill(t.briefFocusOutcome, {
        n: formatInteger(outcome.number, lang),
        title: pickText(outcome.title, lang),
        date: announced ? formatDate(announced, lang) : '',
      }),
    );
  }
  if (selection.level) parts.push(fill(t.briefFocusLevel, { level: levelName(selection.level, lang) }));
  if (selection.field) parts.push(fill(t.briefFocusField, { field: fieldName(selection.field, lang) }));
  if (selection.status) parts.push(fill(t.briefFocusStatus, { status: statusName(selection.status, lang) }));
  if (selection.q?.trim()) parts.push(fill(t.briefFocusSearch, { q: selection.q.trim() }));
  return parts;
}

function formatFigure(figure: EconomicFigure, lang: Lang): string {
  return withQualifier(formatFigureNumber(figure, lang), figure.qualifier, lang);
}

/** A key figure's line; its period is left out when the label already says it ("近年平均增長", "recent years"). */
function describeKeyFigure(figure: EconomicFigure, lang: Lang): string {
  const t = pickMessages(briefingMessages, lang);
  const label = pickText(figure.label, lang);
  const period = formatPeriod(figure.period, lang);
  const values = { country: countryName(figure.subject, lang), label, value: formatFigure(figure, lang), period };
  return fill(label.includes(period) ? t.briefFigureInLabel : t.briefFigure, values);
}

const separator = (lang: Lang) => punctuation(lang).enumeration;

export function buildBriefingText(model: TripModel, selection: BriefingSelection): string {
  const { lang, country } = selection;
  const t = pickMessages(briefingMessages, lang);
  const { trip, derived, figures, days, outcomes } = model.dataset;
  const totals = derived.agreementTotals;
  const cites: Citation[] = [];
  const lines: string[] = [];
  const sentences: string[] = [];
  const scope = country
    ? countryName(country, lang)
    : fill(t.briefAllCountries, { countries: formatList(trip.countries.map((c) => countryName(c.code, lang)), lang) });
  const focus = describeFocus(model, selection);
  sentences.push(focus.length > 0 ? fill(t.briefSelectionFocus, { selection: scope, focus: formatList(focus, lang) }) : fill(t.briefSelection, { selection: scope }));
  // The paragraph's sentences; lists (figures, background, voices, notes) follow it as bullets.
  const bullet = (text: string) => sentences.push(text);
  const listItem = (text: string) => lines.push(`• ${text}`);

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
          .join(punctuation(lang).semicolon),
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
      fromHome: formatInteger(trip.delegation.fromHome, lang),
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
    bullet(fill(formatPlural(outcomes.length, { one: t.briefOutcomesOne, other: t.briefOutcomesOther }, lang), { list: outcomes.map((o) => pickText(o.title, lang)).join(punctuation(lang).semicolon) }));
    cites.push(...trip.events.cite, ...outcomes.flatMap((o) => o.cite));
  } else {
    // The outcomes that concern the country, as the timeline leaves them ungreyed.
    const countryOutcomes = outcomes.filter((o) => isOutcomeInCountry(o, model, country));
    if (countryOutcomes.length > 0) {
      bullet(
        fill(formatPlural(countryOutcomes.length, { one: t.briefOutcomesCountryOne, other: t.briefOutcomesCountryOther }, lang), {
          total: formatInteger(outcomes.length, lang),
          country: countryName(country, lang),
          list: countryOutcomes.map((o) => pickText(o.title, lang)).join(punctuation(lang).semicolon),
        }),
      );
      cites.push(...countryOutcomes.flatMap((o) => o.cite));
    }
  }

  // The paragraph, then the key figures with their periods.
  lines.push(fill(t.briefTitle, { title: pickText(trip.title, lang), dates: formatDateRange(trip.start, trip.end, lang) }), '', sentences.join(punctuation(lang).sentenceGap));
  // For one country, what was agreed with it comes first: each agreement the reports name, with its
  // level and status, narrowed by the explorer's level, field and status when they are set.
  if (country) {
    const named = model.dataset.agreements.filter(
      (a) =>
        a.country === country &&
        (!selection.level || a.level === selection.level) &&
        (!selection.field || a.field === selection.field) &&
        (!selection.status || a.status === selection.status),
    );
    if (named.length > 0) {
      lines.push('', fill(t.briefNamedAgreements, { country: countryName(country, lang) }));
      for (const agreement of named) {
        listItem(
          fill(t.briefNamedAgreement, {
            title: pickText(agreement.title, lang),
            // Labels in the middle of a line: lower case in English ("government, talks to start").
            level: levelName(agreement.level, lang).toLocaleLowerCase(localeOf(lang)),
            status: statusName(agreement.status, lang).toLocaleLowerCase(localeOf(lang)),
          }),
        );
        cites.push(...agreement.cite);
      }
    }
  }
  const keyFigures = quotedFigures(figures, country ? [country] : trip.countries.map((c) => c.code));
  if (keyFigures.length > 0) {
    lines.push('', t.briefKeyFigures);
    for (const figure of keyFigures) {
      listItem(describeKeyFigure(figure, lang));
      cites.push(...figure.cite);
    }
  }

  // Background, what named people said and the data notes on them, each line with its section.
  const citesText = (list: readonly Citation[]) => formatCitations(model, list, lang);
  const background = model.dataset.background.filter((b) => !country || b.country === country);
  if (background.length > 0) {
    lines.push('', t.briefBackground);
    for (const fact of background) {
      listItem(
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
  // The remarks the voices view shows for the selection, in its order; for one country only those
  // about that country (the ones about the whole trip are counted, so the briefing stays on the country).
  const selectedVoices = selectVoices(model.dataset, country);
  const voiceRows = country ? selectedVoices.filter((r) => r.voice.country === country) : selectedVoices;
  const voicesLeftOut = selectedVoices.length - voiceRows.length;
  const voices = voiceRows.map((r) => r.voice);
  if (voiceRows.length > 0) {
    lines.push('', t.briefVoices);
    for (const { voice, person } of voiceRows) {
      const name = pickText(person.name, lang);
      listItem(
        fill(t.briefVoiceLine, {
          // A name we romanised says so where it is shown (Chinese gives the name as printed).
          name: isRomanisedName(person) && name === person.name.en ? fill(t.briefRomanisedName, { name }) : name,
          role: pickText(person.role, lang),
          said: pickText(voice.said, lang),
          cite: citesText(voice.cite),
        }),
      );
      cites.push(...voice.cite);
    }
  }
  if (voicesLeftOut > 0) {
    if (voiceRows.length === 0) lines.push('', t.briefVoices);
    listItem(formatPlural(voicesLeftOut, { one: t.briefVoicesElsewhereOne, other: t.briefVoicesElsewhereOther }, lang));
  }
  // The notes on what this briefing states: the trip's length and delegation, its background and voices,
  // and (for every country) the headline totals.
  const shown = new Set(['trip', 'delegation', ...background.map((b) => b.id), ...voices.map((v) => v.id)]);
  if (!country) for (const figure of figuresShown(model.dataset.figures, 'headline')) shown.add(figure.id);
  const notes = model.dataset.notes.filter((n) => n.about.some((id) => shown.has(id)));
  if (notes.length > 0) {
    lines.push('', t.briefNotes);
    for (const note of notes) {
      listItem(
        fill(t.briefNoteLine, {
          title: pickText(note.title, lang),
          used: pickText(note.used, lang),
          cite: citesText(note.values.map((v) => v.cite)),
        }),
      );
      cites.push(...note.values.map((v) => v.cite));
    }
  }

  // Sources: each report once, in date order, as a short citation (publisher, date, page).
  const sourceIds = new Set(cites.map((c) => c.source));
  const sources = model.dataset.sources.filter((s) => sourceIds.has(s.id)).sort((a, b) => a.published.localeCompare(b.published));
  lines.push('', t.briefSources);
  for (const source of sources) {
    lines.push(`• ${publicationLine(source, lang)}`);
  }
  if (selection.url) lines.push('', fill(t.briefLink, { url: selection.url }));
  return lines.join('\n');
}
