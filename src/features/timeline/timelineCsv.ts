/** The timeline as CSV rows: each day, its events and the outcomes announced on it, with their citations. */
import { formatCitations } from '../../components/citations';
import type { CsvCell } from '../../components/export/csv';
import type { TripModel } from '../../data/buildTripModel';
import { withQualifier } from '../../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { timelineMessages } from './messages';

/**
 * Header plus one record per day, then that day's events in the order of the day and the outcomes
 * announced on it, by number, with no place (an outcome has none of its own), in the reader's
 * language. Dates are ISO (a spreadsheet sorts them); an approximate time keeps its "about".
 */
export function timelineCsvRows(model: TripModel, lang: Lang): CsvCell[][] {
  const t = pickMessages(timelineMessages, lang);
  const { days, events, outcomes } = model.dataset;
  const placeName = (id: string) => {
    const place = model.placeById.get(id);
    return place ? pickText(place.name, lang) : id;
  };
  const rows: CsvCell[][] = [[t.csvType, t.csvDate, t.csvDay, t.csvPlace, t.csvTime, t.csvNumber, t.csvTitle, t.csvSummary, t.csvSource]];
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  sorted.forEach((day, i) => {
    const dayLabel = fill(t.dayNumber, { n: i + 1 });
    rows.push([t.csvTypeDay, day.date, dayLabel, placeName(day.place), '', '', '', pickText(day.summary, lang), '']);
    for (const event of events.filter((e) => e.date === day.date)) {
      rows.push([
        t.csvTypeEvent,
        event.date,
        dayLabel,
        placeName(event.place),
        event.time ? withQualifier(event.time, event.timeApproximate ? 'about' : 'exact', lang) : '',
        '',
        pickText(event.title, lang),
        pickText(event.summary, lang),
        formatCitations(model, event.cite, lang),
      ]);
    }
    for (const outcome of [...outcomes].filter((o) => model.outcomeAnnouncedOn.get(o.number) === day.date).sort((a, b) => a.number - b.number)) {
      rows.push([
        t.csvTypeOutcome,
        day.date,
        dayLabel,
        '',
        '',
        outcome.number,
        pickText(outcome.title, lang),
        pickText(outcome.summary, lang),
        formatCitations(model, outcome.cite, lang),
      ]);
    }
  });
  return rows;
}
