/** The explorer's rows in words: cell texts for sorting and showing, and the CSV export. */
import type { CsvCell } from '../../components/export';
import { formatInteger } from '../../i18n/format';
import { countryName, fieldName, levelName, statusName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import type { ExplorerRow, SortKey } from './computeAgreements';
import { agreementsMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';

export function cellText(row: ExplorerRow, key: Exclude<SortKey, 'count'>, lang: Lang): string {
  switch (key) {
    case 'title':
      return pickText(row.title, lang);
    case 'country':
      return countryName(row.country, lang);
    case 'level':
      return levelName(row.level, lang);
    case 'field':
      return row.field ? fieldName(row.field, lang) : '';
    case 'status':
      return row.status ? statusName(row.status, lang) : '';
  }
}

export function countedText(row: ExplorerRow, lang: Lang): string {
  const t = pickMessages(agreementsMessages, lang);
  if (row.kind === 'aggregate') return fill(t.countedAggregate, { count: formatInteger(row.count, lang) });
  if (row.counted === 'yes') return t.countedYes;
  return row.counted === 'no' ? t.countedNo : t.countedNotStated;
}

/**
 * A row's fact columns as one line, for a phone where the columns are hidden: nothing for a missing
 * field or status, and the yes/no of "in the 96" labelled (a total's "8 in all" needs no label).
 */
export function factsLine(row: ExplorerRow, lang: Lang, countedLabel: string): string {
  const t = pickMessages(agreementsMessages, lang);
  const counted = countedText(row, lang);
  return [
    cellText(row, 'country', lang),
    cellText(row, 'level', lang),
    cellText(row, 'field', lang),
    cellText(row, 'status', lang),
    row.kind === 'aggregate' ? counted : `${countedLabel}${t.colon}${counted}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Header plus one record per row shown, in the reader's language; numbers stay raw for spreadsheets and add up. */
export function explorerCsvRows(
  rows: readonly ExplorerRow[],
  sourcesOf: (row: ExplorerRow) => string[],
  lang: Lang,
  headlineTotal: number,
): CsvCell[][] {
  const t = pickMessages(agreementsMessages, lang);
  const sep = punctuation(lang).semicolon;
  return [
    [
      t.csvTitle,
      t.csvKind,
      t.colCountry,
      t.colLevel,
      t.colField,
      t.colStatus,
      fill(t.csvCount, { total: headlineTotal }),
      fill(t.csvCounted, { total: headlineTotal }),
      t.csvSummary,
      t.csvParties,
      t.csvDate,
      t.csvAmount,
      t.csvSource,
    ],
    ...rows.map((row) => [
      pickText(row.title, lang),
      row.kind === 'aggregate' ? t.csvKindAggregate : t.csvKindNamed,
      countryName(row.country, lang),
      levelName(row.level, lang),
      row.field ? fieldName(row.field, lang) : '',
      row.status ? statusName(row.status, lang) : '',
      // Only the totals rows carry numbers, so the column adds up to the reported total; a named
      // item says in its own column whether it is one of those documents.
      row.kind === 'aggregate' ? row.count : '',
      row.kind === 'aggregate' ? '' : countedText(row, lang),
      pickText(row.summary, lang),
      row.parties.map((p) => pickText(p, lang)).join(sep),
      row.date ?? '',
      row.amountUsd ?? '',
      sourcesOf(row).join(sep),
    ]),
  ];
}
