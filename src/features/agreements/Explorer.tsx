import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { exportFileName, scopedFileName } from '../../components/export/download';
import { toolMessages } from '../../components/toolMessages';
import { missionCountryCodes } from '../../data/mission';
import { FIELDS, LEVELS, STATUSES, type CountryCode } from '../../data/vocabulary';
import { formatDate, formatInteger, formatPlural, formatUsd } from '../../i18n/format';
import { countryName, fieldName, levelName, statusName } from '../../i18n/labels';
import { fill, localeOf, pickMessages, pickText, type Lang } from '../../i18n/lang';
import {
  buildSearchIndex,
  filterExplorerRows,
  sortExplorerRows,
  type ExplorerFilters,
  type ExplorerRow,
  type SortKey,
  type SortOrder,
} from './computeAgreements';
import { cellText, countedText, explorerCsvRows, factsLine } from './explorerText';
import { agreementsMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';
import { usePrinting } from '../../components/usePrinting';

export interface ExplorerProps {
  lang: Lang;
  rows: readonly ExplorerRow[];
  filters: ExplorerFilters;
  /** The headline count (96), named in the column header. */
  headlineTotal: number;
  /** Source lines of a row, already in words. */
  sourcesOf: (row: ExplorerRow) => string[];
  /** Rows linked to the outcome or day chosen on the timeline, if any: the banner's words, each row's badge. */
  linked: { label: string; badge: string; ids: ReadonlySet<string> } | null;
  onFilters: (filters: Partial<Pick<ExplorerFilters, 'level' | 'field' | 'status' | 'q'>>) => void;
  onCountry: (country: CountryCode | null) => void;
  onClearAll: () => void;
  onClearOutcome: () => void;
  exportDate: string;
}

const SORTABLE: { key: SortKey; column: 'colAgreement' | 'colCountry' | 'colLevel' | 'colField' | 'colStatus' | 'colCounted' }[] = [
  { key: 'title', column: 'colAgreement' },
  { key: 'country', column: 'colCountry' },
  { key: 'level', column: 'colLevel' },
  { key: 'field', column: 'colField' },
  { key: 'status', column: 'colStatus' },
  { key: 'count', column: 'colCounted' },
];

/** Rows drawn at first and added by each "Show more": enough to scan, few enough to stay quick with 10,000 agreements. */
export const EXPLORER_PAGE_SIZE = 50;

/** The words a reader sees in a row but the data does not hold: country and field names, in both languages. */
function extraWords(row: ExplorerRow, lang: Lang): string[] {
  return [
    countryName(row.country, 'en'),
    countryName(row.country, 'zh-Hant'),
    countryName(row.country, lang),
    ...(row.field ? [fieldName(row.field, 'en'), fieldName(row.field, 'zh-Hant'), fieldName(row.field, lang)] : []),
    pickText(row.title, lang),
    pickText(row.summary, lang),
    ...row.parties.map((p) => pickText(p, lang)),
  ];
}

/**
 * The table of agreements: filters bound to the shared selection, search, sort, sources on demand.
 * Filter, search and sort work on every row (and the CSV has them all); the table draws a page at a time.
 */
export function Explorer(props: ExplorerProps) {
  const { lang, rows, filters, headlineTotal, sourcesOf, linked, onFilters, onCountry, onClearAll, onClearOutcome } = props;
  const t = pickMessages(agreementsMessages, lang);
  const tc = pickMessages(toolMessages, lang);
  const [order, setOrder] = useState<SortOrder | null>(null);
  const [openSources, setOpenSources] = useState<ReadonlySet<string>>(new Set());
  const baseId = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  const { country, level, field, status, q } = filters;

  // Each step is memoised on what it reads, so a filter change costs one pass over the rows:
  // the search text is built once per dataset and language, and the sort once per order, before
  // filtering (the filter keeps the order, so sorting first gives the same rows).
  const searchIndex = useMemo(() => buildSearchIndex(rows, (row) => extraWords(row, lang)), [rows, lang]);
  const sorted = useMemo(
    () => sortExplorerRows(rows, order, (row, key) => cellText(row, key, lang), localeOf(lang)),
    [rows, order, lang],
  );
  const shown = useMemo(
    () => filterExplorerRows(sorted, { country, level, field, status, q }, searchIndex),
    [sorted, country, level, field, status, q, searchIndex],
  );
  const linkedCount = useMemo(() => (linked ? shown.filter((r) => linked.ids.has(r.id)).length : 0), [shown, linked]);
  const anyFilter = Boolean(country || level || field || status || q);

  // Paging: a page at a time, back to the first page whenever the filters change.
  const filterKey = JSON.stringify([country, level, field, status, q]);
  const [page, setPage] = useState({ filterKey, limit: EXPLORER_PAGE_SIZE });
  if (page.filterKey !== filterKey) setPage({ filterKey, limit: EXPLORER_PAGE_SIZE });
  // Paper has no "Show more": a print holds every row of the current filter.
  const printing = usePrinting();
  const limit = printing ? Infinity : page.filterKey === filterKey ? page.limit : EXPLORER_PAGE_SIZE;
  const visible = useMemo(() => (shown.length > limit ? shown.slice(0, limit) : shown), [shown, limit]);
  const notShown = shown.length - visible.length;
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<number | null>(null);
  const showUpTo = (next: number) => {
    // The button may go away with the last page: move focus to the first row it revealed.
    focusRow.current = visible.length;
    setPage({ filterKey, limit: next });
  };
  useEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    focusRow.current = null;
    tbodyRef.current?.rows[index]?.cells[0]?.focus();
  }, [limit]);
  const countText =
    notShown === 0
      ? fill(t.resultCount, { shown: formatInteger(shown.length, lang), total: formatInteger(rows.length, lang) })
      : fill(shown.length === rows.length ? t.resultCountPage : t.resultCountPageFiltered, {
          visible: formatInteger(visible.length, lang),
          shown: formatInteger(shown.length, lang),
          total: formatInteger(rows.length, lang),
        });

  const toggleSort = (key: SortKey) =>
    setOrder((current) =>
      current?.key !== key
        ? { key, direction: 'ascending' }
        : current.direction === 'ascending'
          ? { key, direction: 'descending' }
          : null,
    );
  const toggleSource = (id: string) =>
    setOpenSources((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columnLabel = (column: (typeof SORTABLE)[number]['column']) =>
    column === 'colCounted' ? fill(t.colCounted, { total: formatInteger(headlineTotal, lang) }) : t[column];

  return (
    <section className="explorer" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`} className="chart-frame__title">
        {t.explorerTitle}
      </h3>
      <p className="chart-frame__takeaway">{t.explorerIntro}</p>

      {linked ? (
        <div className="explorer__linked" role="note">
          <span className="explorer__badge">{linked.label}</span>
          <span> {formatPlural(linkedCount, { one: t.linkedRowsOne, other: t.linkedRows }, lang)} </span>
          <button type="button" className="button button--small" onClick={onClearOutcome}>
            {t.clearOutcome}
          </button>
        </div>
      ) : null}

      <div className="explorer__filters">
        <FilterSelect
          label={t.filterCountry}
          anyLabel={t.filterAny}
          value={filters.country}
          options={missionCountryCodes()}
          nameOf={(code) => countryName(code, lang)}
          onChange={onCountry}
        />
        <FilterSelect
          label={t.filterLevel}
          anyLabel={t.filterAny}
          value={filters.level}
          options={LEVELS}
          nameOf={(level) => levelName(level, lang)}
          onChange={(level) => onFilters({ level })}
        />
        <FilterSelect
          label={t.filterField}
          anyLabel={t.filterAny}
          value={filters.field}
          options={FIELDS}
          nameOf={(field) => fieldName(field, lang)}
          onChange={(field) => onFilters({ field })}
        />
        <FilterSelect
          label={t.filterStatus}
          anyLabel={t.filterAny}
          value={filters.status}
          options={STATUSES}
          nameOf={(status) => statusName(status, lang)}
          onChange={(status) => onFilters({ status })}
        />
        {/* On a phone the fact columns (and their sort buttons) are folded into each row: sort here instead. */}
        <label className="explorer__field explorer__field--sort">
          <span>{t.sortLabel}</span>
          <select
            value={order ? `${order.key}:${order.direction}` : ''}
            onChange={(e) => {
              const [key, direction] = e.target.value.split(':') as [SortKey, SortOrder['direction']];
              setOrder(e.target.value ? { key, direction } : null);
            }}
          >
            <option value="">{t.sortDefault}</option>
            {SORTABLE.flatMap(({ key, column }) => {
              const words = { column: columnLabel(column) };
              return [
                <option key={`${key}:ascending`} value={`${key}:ascending`}>
                  {fill(key === 'status' ? t.sortStatusAscending : t.sortAscending, words)}
                </option>,
                <option key={`${key}:descending`} value={`${key}:descending`}>
                  {fill(key === 'status' ? t.sortStatusDescending : t.sortDescending, words)}
                </option>,
              ];
            })}
          </select>
        </label>
        <label className="explorer__field explorer__field--search">
          <span>{t.search}</span>
          <input
            type="search"
            value={filters.q}
            placeholder={t.searchPlaceholder}
            maxLength={100}
            onChange={(e) => onFilters({ q: e.target.value })}
          />
        </label>
      </div>

      <div className="explorer__bar">
        <p className="explorer__count" role="status" aria-live="polite">
          {shown.length > 0 ? countText : t.resultCountNone}
        </p>
        <div className="explorer__bar-actions">
          {anyFilter ? (
            <button type="button" className="button" onClick={onClearAll}>
              {t.clearFilters}
            </button>
          ) : null}
          <div className="chart-frame__exports" role="group" aria-labelledby={`${baseId}-download`}>
            <span id={`${baseId}-download`} className="chart-frame__exports-label">
              {tc.download}
            </span>
            <button
              type="button"
              className="button"
              onClick={() => {
                // The export code loads on the first click, not with the view.
                const rows = explorerCsvRows(shown, sourcesOf, lang, headlineTotal);
                void import('../../components/export').then(({ exportCsv }) => exportCsv(rows, exportFileName(scopedFileName(t.fileExplorer, country), props.exportDate, 'csv')));
              }}
            >
              CSV
            </button>
          </div>
        </div>
      </div>

      {shown.length === 0 ? (
        <div className="explorer__empty">
          <p className="explorer__empty-title">{t.emptyTitle}</p>
          <p>{t.emptyHint}</p>
          <button type="button" className="button button--primary" onClick={onClearAll}>
            {t.clearFilters}
          </button>
        </div>
      ) : (
        // Not a focus stop itself: the sort buttons inside let keyboard users scroll it.
        <div className="explorer__scroll">
          <table className="data-table explorer__table">
            <caption className="visually-hidden">
              {t.explorerTitle}: {countText}
            </caption>
            <thead>
              <tr>
                {SORTABLE.map(({ key, column }) => (
                  <th
                    key={key}
                    scope="col"
                    className={key === 'title' ? undefined : 'explorer__secondary'}
                    aria-sort={order?.key === key ? order.direction : undefined}
                  >
                    <button type="button" className="explorer__sort" onClick={() => toggleSort(key)}>
                      {columnLabel(column)}
                      <span aria-hidden="true" className="explorer__sort-icon">
                        {order?.key === key ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col" className="explorer__source">{t.colSource}</th>
              </tr>
            </thead>
            <tbody ref={tbodyRef}>
              {visible.map((row) => {
                const isLinked = linked?.ids.has(row.id) ?? false;
                const open = openSources.has(row.id);
                const sourceId = `${baseId}-src-${row.id}`;
                return (
                  <tr
                    key={row.id}
                    data-row={row.id}
                    className={`explorer__row${row.kind === 'aggregate' ? ' explorer__row--aggregate' : ''}${isLinked ? ' explorer__row--linked' : ''}`}
                    aria-current={isLinked ? 'true' : undefined}
                  >
                    <th scope="row" className="explorer__title-cell" tabIndex={-1}>
                      {row.kind === 'aggregate' ? <span className="explorer__badge explorer__badge--total">{t.aggregateBadge}</span> : null}
                      {isLinked ? (
                        <span className="explorer__badge explorer__badge--linked">{linked!.badge}</span>
                      ) : null}
                      <span className="explorer__title">{pickText(row.title, lang)}</span>
                      <span className="explorer__summary">{pickText(row.summary, lang)}</span>
                      {row.parties.length > 0 ? (
                        <span className="explorer__meta">
                          {t.parties}
                          {t.colon}
                          {row.parties.map((p) => pickText(p, lang)).join(punctuation(lang).semicolon)}
                        </span>
                      ) : null}
                      {row.amountUsd !== null || row.date ? (
                        <span className="explorer__meta">
                          {[row.date ? formatDate(row.date, lang) : null, row.amountUsd !== null ? `${t.amount}${t.colon}${formatUsd(row.amountUsd, lang)}` : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      ) : null}
                      {/* The fact columns in one line, for a phone, where CSS hides the columns. */}
                      <span className="explorer__facts">{factsLine(row, lang, columnLabel('colCounted'))}</span>
                    </th>
                    <td className="explorer__secondary">{cellText(row, 'country', lang)}</td>
                    <td className="explorer__secondary">{cellText(row, 'level', lang)}</td>
                    <td className="explorer__secondary">{cellText(row, 'field', lang) || t.noField}</td>
                    <td className="explorer__secondary">{cellText(row, 'status', lang) || t.noStatus}</td>
                    <td className="explorer__secondary explorer__counted">{countedText(row, lang)}</td>
                    <td className="explorer__source">
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={open}
                        aria-controls={sourceId}
                        aria-label={`${open ? tc.hideSource : tc.showSource}: ${pickText(row.title, lang)}`}
                        onClick={() => toggleSource(row.id)}
                      >
                        {open ? tc.hideSource : tc.showSource}
                      </button>
                      <ul id={sourceId} className="explorer__sources" hidden={!open}>
                        {open ? sourcesOf(row).map((line) => <li key={line}>{line}</li>) : null}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {notShown > 0 ? (
        <div className="explorer__more">
          <button type="button" className="button" onClick={() => showUpTo(limit + EXPLORER_PAGE_SIZE)}>
            {fill(t.showMore, { count: formatInteger(Math.min(EXPLORER_PAGE_SIZE, notShown), lang) })}
          </button>
          <button type="button" className="button" onClick={() => showUpTo(shown.length)}>
            {fill(t.showAll, { count: formatInteger(shown.length, lang) })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

interface FilterSelectProps<T extends string> {
  label: string;
  anyLabel: string;
  value: T | null;
  options: readonly T[];
  nameOf: (option: T) => string;
  onChange: (value: T | null) => void;
}

/** One labelled filter: "any" (empty value, null in the store) or one of the options. */
function FilterSelect<T extends string>({ label, anyLabel, value, options, nameOf, onChange }: FilterSelectProps<T>) {
  return (
    <label className="explorer__field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {nameOf(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
