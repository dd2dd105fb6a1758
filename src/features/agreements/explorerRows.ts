/**
 * The explorer's rows: built from the totals and the named agreements, searched in either script,
 * filtered and sorted (statuses by stage). Pure.
 */
import type { Agreement, AgreementCount, AgreementStatus, CountedInTotal, CountryCode, Field, Level, Text } from '../../data/schema';
import { isNamedDocument } from '../../data/countedInTotal';
import { foldChineseScript, foldCyrillicYo } from '../../i18n/searchFold';
import { STATUSES } from '../../data/vocabulary';
import { collator as sharedCollator } from '../../i18n/intlCache';

// --- Explorer rows ------------------------------------------------------------------------------

export interface ExplorerRow {
  id: string;
  kind: 'named' | 'aggregate';
  country: CountryCode;
  level: Level;
  field: Field | null;
  status: AgreementStatus | null;
  /** For an aggregate row, built from labels by the view; for a named agreement, its own title. */
  title: Text;
  summary: Text;
  parties: Text[];
  /** Aggregate: the count reported. Named: 1 for a document the bars count, 0 for talks and plans. */
  count: number;
  /** Named: whether the reports put it in the headline count (mostly not stated); null for a total. */
  counted: CountedInTotal | null;
  /** For aggregate rows: how many of its documents the table names. */
  namedCount: number;
  date: string | null;
  amountUsd: number | null;
  cite: Agreement['cite'];
}

export function namedRow(a: Agreement): ExplorerRow {
  return {
    id: a.id,
    kind: 'named',
    country: a.country,
    level: a.level,
    field: a.field,
    status: a.status,
    title: a.title,
    summary: a.summary,
    parties: a.parties,
    count: isNamedDocument(a) ? 1 : 0,
    counted: a.countedInTotal,
    namedCount: 0,
    date: a.date,
    amountUsd: a.amountUsd,
    cite: a.cite,
  };
}

/**
 * Aggregate rows first (one per country x level, as the reports count them), then every named
 * agreement in the data's order. `describe` supplies the aggregate rows' words in both languages.
 */
export function buildExplorerRows(
  agreements: readonly Agreement[],
  counts: readonly AgreementCount[],
  describe: (count: AgreementCount, named: number) => { title: Text; summary: Text },
): ExplorerRow[] {
  const namedBy = new Map<string, number>();
  for (const a of agreements) if (isNamedDocument(a)) namedBy.set(`${a.country}/${a.level}`, (namedBy.get(`${a.country}/${a.level}`) ?? 0) + 1);
  const aggregates = counts.map((c): ExplorerRow => {
    const named = namedBy.get(`${c.country}/${c.level}`) ?? 0;
    const words = describe(c, named);
    return {
      id: `total-${c.country.toLowerCase()}-${c.level}`,
      kind: 'aggregate',
      country: c.country,
      level: c.level,
      field: null,
      status: null,
      title: words.title,
      summary: words.summary,
      parties: [],
      count: c.count,
      counted: null,
      namedCount: named,
      date: null,
      amountUsd: null,
      cite: c.cite,
    };
  });
  return [...aggregates, ...agreements.map(namedRow)];
}

export interface ExplorerFilters {
  country: CountryCode | null;
  level: Level | null;
  field: Field | null;
  status: AgreementStatus | null;
  q: string;
}

/**
 * Lower-case, NFKC so full-width letters typed on a Chinese keyboard match half-width ones,
 * Chinese folded to one script so Simplified and Traditional input find the same rows, and ё read as е.
 */
export function normaliseSearch(text: string): string {
  return foldCyrillicYo(foldChineseScript(text.normalize('NFKC').toLowerCase()));
}

/** The words of a query, normalised; none means "match everything". */
export function searchTerms(q: string): string[] {
  return normaliseSearch(q).split(/\s+/).filter(Boolean);
}

/**
 * All the text a row can be found by, normalised once: its own words in English, Chinese and Russian, plus
 * `extraText`, the words a reader sees in the row but the data does not hold (country and field names).
 */
export function searchHaystack(row: ExplorerRow, extraText: (row: ExplorerRow) => string[] = () => []): string {
  const texts = [row.title, row.summary, ...row.parties].flatMap((t) => [t.en, t.zhHant, t.ru ?? '']);
  return normaliseSearch([...texts, ...extraText(row)].join('\n'));
}

/** Row id -> haystack. Built once per dataset and language, so typing a query does no per-row string work. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(rows: readonly ExplorerRow[], extraText?: (row: ExplorerRow) => string[]): SearchIndex {
  return new Map(rows.map((row) => [row.id, searchHaystack(row, extraText)]));
}

/** Every word of the query must appear in the row's text, in English or Chinese. */
export function matchesQuery(row: ExplorerRow, q: string, extraText: (row: ExplorerRow) => string[] = () => []): boolean {
  const terms = searchTerms(q);
  if (terms.length === 0) return true;
  return hasEveryTerm(searchHaystack(row, extraText), terms);
}

function hasEveryTerm(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/**
 * Field and status describe named agreements only, so choosing either leaves the aggregate rows out.
 * `search` is either the extra words of a row or a prebuilt index of every row's words. Keeps the
 * input's order, so filtering rows that are already sorted gives the sorted result.
 */
export function filterExplorerRows(
  rows: readonly ExplorerRow[],
  filters: ExplorerFilters,
  search: ((row: ExplorerRow) => string[]) | SearchIndex = () => [],
): ExplorerRow[] {
  const terms = searchTerms(filters.q);
  const haystackOf = (row: ExplorerRow) =>
    typeof search === 'function' ? searchHaystack(row, search) : (search.get(row.id) ?? searchHaystack(row));
  return rows.filter(
    (row) =>
      (!filters.country || row.country === filters.country) &&
      (!filters.level || row.level === filters.level) &&
      (!filters.field || row.field === filters.field) &&
      (!filters.status || row.status === filters.status) &&
      (terms.length === 0 || hasEveryTerm(haystackOf(row), terms)),
  );
}

export type SortKey = 'title' | 'country' | 'level' | 'field' | 'status' | 'count';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/**
 * A status's place in the life of an agreement, earliest first: planned, talks to start, agreed,
 * initialled, signed (the schema lists them the other way round). A row without one (a reported
 * total) ranks after every stage.
 */
export function statusStage(status: AgreementStatus | null): number {
  return status === null ? STATUSES.length : STATUSES.length - 1 - STATUSES.indexOf(status);
}

// What the "In the 96" column says of a named row, in order: no, not stated, yes.
const COUNTED_RANK: Record<CountedInTotal, number> = { no: 0, 'not-stated': 1, yes: 2 };

/**
 * The "In the 96" column's order, by what it shows: a named row's yes / not stated / no (its 0 or 1
 * for the bars would split rows that read the same), then the reported totals by their counts.
 */
function compareCounted(a: ExplorerRow, b: ExplorerRow): number {
  if ((a.kind === 'aggregate') !== (b.kind === 'aggregate')) return a.kind === 'aggregate' ? 1 : -1;
  if (a.kind === 'aggregate') return a.count - b.count;
  return COUNTED_RANK[a.counted ?? 'not-stated'] - COUNTED_RANK[b.counted ?? 'not-stated'];
}

/**
 * Sort a copy (never the input). Statuses sort by stage, not by their names. `textOf` gives the words shown for a column, so text sorts the way
 * the reader sees it, in the reader's locale; ties keep the default order.
 */
export function sortExplorerRows(
  rows: readonly ExplorerRow[],
  order: SortOrder | null,
  textOf: (row: ExplorerRow, key: Exclude<SortKey, 'count'>) => string,
  locale: string,
): ExplorerRow[] {
  if (!order) return [...rows];
  const { key } = order;
  const collator = sharedCollator(locale, { numeric: true, sensitivity: 'base' });
  const sign = order.direction === 'ascending' ? 1 : -1;
  // Each row's text once, not twice per comparison; the position breaks ties.
  const decorated = rows.map((row, index) => ({ row, index, text: key === 'count' || key === 'status' ? '' : textOf(row, key) }));
  decorated.sort((a, b) => {
    // A reported total has no status: it stays after the named rows whichever way statuses run.
    if (key === 'status' && (a.row.status === null) !== (b.row.status === null)) return a.row.status === null ? 1 : -1;
    const byKey =
      key === 'count'
        ? compareCounted(a.row, b.row)
        : key === 'status'
          ? statusStage(a.row.status) - statusStage(b.row.status)
          : collator.compare(a.text, b.text);
    return byKey !== 0 ? sign * byKey : a.index - b.index;
  });
  return decorated.map((d) => d.row);
}
