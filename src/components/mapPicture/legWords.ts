/**
 * The words on a map's legs, one rule for every renderer (the live map, the first-screen drawing and
 * the PowerPoint picture): "To {city}, {date}" on a leg out, "Return to {home}" on the way back, and
 * the planned flight's "Direct flights from {due}". A phone-sized map keeps only the dates.
 */
import type { Milestone } from '../../data/schema';
import { formatDate, formatQuarter } from '../../i18n/format';
import { fill, pickText, type Lang, type Template } from '../../i18n/lang';

/** The leg messages, in the reader's language (each renderer's own bundle has them). */
export interface LegWords {
  legTo: Template<'city' | 'date'>;
  returnLeg: Template<'home'>;
  plannedFlightFrom: Template<'due'>;
}

/**
 * A milestone's due date, short enough for a map label: "Q1 2027" / "2027年第一季". Anything but a
 * quarter falls back to the data's own words.
 */
export function formatDue(milestone: Pick<Milestone, 'due' | 'dueText'>, lang: Lang): string {
  const quarter = milestone.due ? /^(\d{4})-Q([1-4])$/.exec(milestone.due) : null;
  if (!quarter) return pickText(milestone.dueText, lang);
  const [, year, q] = quarter;
  return formatQuarter(Number(year), Number(q), lang);
}

/** A trip leg's label: to a city on a date, or home again; on a narrow map the date alone (or none). */
export function tripLegLabel(leg: { date: string | null; toName: string; homeName: string }, words: LegWords, lang: Lang, narrow: boolean): string | null {
  const date = leg.date ? formatDate(leg.date, lang, 'short') : null;
  if (date) return narrow ? date : fill(words.legTo, { city: leg.toName, date });
  return narrow ? null : fill(words.returnLeg, { home: leg.homeName });
}

/** The planned flight's label; none on a narrow map (the legend says it). */
export function plannedLegLabel(milestone: Pick<Milestone, 'due' | 'dueText'>, words: LegWords, lang: Lang, narrow: boolean): string | null {
  return narrow ? null : fill(words.plannedFlightFrom, { due: formatDue(milestone, lang) });
}

/** Where along a leg its label goes first: nearer the start on a narrow map, where legs are short. */
export const legLabelAt = (narrow: boolean): number => (narrow ? 0.3 : 0.45);
/** The planned flight's label sits on its line, halfway, between the legs out and back. */
export const PLANNED_LABEL_AT = 0.5;
