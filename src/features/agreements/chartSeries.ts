/**
 * From aggregations to chart series, in the reader's language: bars, legend and the table alternative
 * of each chart mode. Pure: tests call these with a fixture and a language.
 */
import type { TableData } from '../../components/DataTable';
import { isMissionCountry } from '../../data/mission';
import type { CountryCode, Level } from '../../data/schema';
import { formatInteger, formatList, formatUsd, withQualifier } from '../../i18n/format';
import { countryName, fieldName, levelName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import type { AmountBreakdown, CountryBreakdown, FieldBreakdown } from './computeAgreements';
import type { BarSeries, LegendItem } from './computeBreakdownLayout';
import { agreementsMessages } from './messages';
import { countryFill, levelFill, REST_FILL } from './palette';
import { punctuation } from '../../i18n/punctuation';

export interface ChartModel {
  title: string;
  takeaway: string;
  series: BarSeries[];
  legend: LegendItem[];
  table: TableData;
  notes: string[];
}

/** What a click on a segment chooses. Segment keys encode it: "<country code>/government", "finance/<code>", "not-itemised/<code>". */
export interface SegmentTarget {
  country: CountryCode;
  level?: Level;
  field?: string;
}

export function parseSegmentId(id: string): SegmentTarget | null {
  const [barKey, segmentKey] = id.split('/');
  if (!barKey || !segmentKey) return null;
  if (isMissionCountry(barKey)) {
    return segmentKey === 'government' || segmentKey === 'non-government' ? { country: barKey, level: segmentKey } : null;
  }
  if (isMissionCountry(segmentKey)) {
    return barKey === 'not-itemised' ? { country: segmentKey } : { country: segmentKey, field: barKey };
  }
  return null;
}

export function levelChart(rows: readonly CountryBreakdown[], lang: Lang): ChartModel {
  const t = pickMessages(agreementsMessages, lang);
  const n = (v: number) => formatInteger(v, lang);
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const one = rows.length === 1 ? rows[0] : undefined;
  const levelCount = (row: CountryBreakdown, level: Level) => row.levels.find((l) => l.level === level)?.count ?? 0;
  const levelTotal = (level: Level) => rows.reduce((sum, r) => sum + levelCount(r, level), 0);
  // "<n> with <country> and <n> with <country>": a level's count per country, as the briefing quotes it.
  const levelParts = (level: Level) =>
    formatList(rows.map((r) => fill(t.levelPart, { count: n(levelCount(r, level)), country: countryName(r.country, lang) })), lang);
  const legendLabel = (level: Level) =>
    fill(rows.length > 1 ? t.legendLevel : t.legendLevelOne, { level: levelName(level, lang), count: n(levelTotal(level)), parts: levelParts(level) });
  return {
    title: one
      ? fill(t.breakdownTitleOne, { total: n(total), country: countryName(one.country, lang) })
      : fill(t.breakdownTitle, { total: n(total) }),
    takeaway: one
      ? fill(t.breakdownTakeawayOne, {
          country: countryName(one.country, lang),
          gov: n(levelCount(one, 'government')),
          nongov: n(levelCount(one, 'non-government')),
        })
      : fill(t.breakdownTakeaway, {
          total: n(total),
          parts: formatList(rows.map((r) => fill(t.breakdownTakeawayPart, { country: countryName(r.country, lang), count: n(r.total) })), lang),
        }) +
        fill(t.breakdownTakeawayLevels, {
          gov: n(levelTotal('government')),
          govParts: levelParts('government'),
          nongov: n(levelTotal('non-government')),
          nongovParts: levelParts('non-government'),
        }),
    series: rows.map((row) => ({
      key: row.country,
      label: countryName(row.country, lang),
      totalLabel: n(row.total),
      segments: row.levels.map((l) => {
        const words = {
          country: countryName(row.country, lang),
          level: levelName(l.level, lang),
          count: n(l.count),
          countryTotal: n(row.total),
        };
        return {
          key: l.level,
          value: l.count,
          valueLabel: n(l.count),
          fill: levelFill(row.country, l.level),
          description: fill(t.segmentLabel, words),
          tooltip: fill(t.tipSegment, words),
        };
      }),
    })),
    legend: [
      { key: 'government', label: legendLabel('government'), swatches: rows.map((r) => levelFill(r.country, 'government')) },
      { key: 'non-government', label: legendLabel('non-government'), swatches: rows.map((r) => levelFill(r.country, 'non-government')) },
    ],
    table: {
      columns: [{ label: t.columnCountry }, { label: t.columnGov, numeric: true }, { label: t.columnNonGov, numeric: true }, { label: t.columnTotal, numeric: true }],
      rows: [
        ...rows.map((row) => ({
          key: row.country,
          cells: [countryName(row.country, lang), levelCount(row, 'government'), levelCount(row, 'non-government'), row.total],
        })),
        ...(rows.length > 1
          ? [
              {
                key: 'total',
                cells: [
                  t.columnTotal,
                  rows.reduce((s, r) => s + levelCount(r, 'government'), 0),
                  rows.reduce((s, r) => s + levelCount(r, 'non-government'), 0),
                  total,
                ],
              },
            ]
          : []),
      ],
    },
    notes: [],
  };
}

export function fieldChart(breakdown: FieldBreakdown, country: CountryCode | null, lang: Lang): ChartModel {
  const t = pickMessages(agreementsMessages, lang);
  const n = (v: number) => formatInteger(v, lang);
  const rows = [...breakdown.fields, breakdown.notItemised].filter((row) => row.total > 0);
  const labelOf = (key: string) => (key === 'not-itemised' ? t.notItemised : fieldName(key as Parameters<typeof fieldName>[0], lang));
  const countries = [...new Set(rows.flatMap((r) => r.byCountry.map((c) => c.country)))];
  return {
    title: country ? fill(t.fieldTitleOne, { country: countryName(country, lang) }) : t.fieldTitle,
    takeaway: fill(t.fieldTakeaway, { named: n(breakdown.named), total: n(breakdown.total), rest: n(breakdown.notItemised.total) }),
    series: rows.map((row) => ({
      key: row.key,
      label: labelOf(row.key),
      totalLabel: n(row.total),
      segments: row.byCountry.map((c) => {
        const words = { field: labelOf(row.key), country: countryName(c.country, lang), count: n(c.count) };
        return {
          key: c.country,
          value: c.count,
          valueLabel: n(c.count),
          fill: countryFill(c.country),
          description: fill(row.key === 'not-itemised' ? t.notItemisedSegmentLabel : t.fieldSegmentLabel, words),
          tooltip: fill(row.key === 'not-itemised' ? t.tipNotItemised : t.tipField, words),
        };
      }),
    })),
    legend: countries.map((code) => ({ key: code, label: countryName(code, lang), swatches: [countryFill(code)] })),
    table: {
      columns: [
        { label: t.columnField },
        ...countries.map((code) => ({ label: countryName(code, lang), numeric: true })),
        { label: t.columnTotal, numeric: true },
      ],
      rows: rows.map((row) => ({
        key: row.key,
        cells: [labelOf(row.key), ...countries.map((code) => row.byCountry.find((c) => c.country === code)?.count ?? 0), row.total],
      })),
    },
    notes:
      breakdown.outsideTotal.length > 0
        ? [fill(t.outsideTotal, { count: n(breakdown.outsideTotal.length), total: n(breakdown.total) })]
        : [],
  };
}

export function amountChart(amounts: AmountBreakdown, lang: Lang): ChartModel {
  const t = pickMessages(agreementsMessages, lang);
  const usd = (v: number) => formatUsd(v, lang);
  const total = withQualifier(usd(amounts.total), amounts.qualifier, lang);
  const rest = withQualifier(usd(amounts.rest), amounts.qualifier, lang);
  const namedWhat = amounts.named.map((a) => pickText(a.agreement.title, lang)).join(punctuation(lang).semicolon);
  const namedText = fill(t.amountNamedLabel, { what: namedWhat });
  const restText = fill(t.amountRestLabel, { amount: rest });
  return {
    title: t.amountTitle,
    takeaway: fill(t.amountTakeaway, { named: usd(amounts.namedSum), total }),
    series: [
      {
        key: 'amount',
        label: t.amountBar,
        totalLabel: total,
        dashed: amounts.qualifier !== 'exact',
        segments: [
          ...amounts.named.map((a) => ({
            key: a.agreement.id,
            value: a.amountUsd,
            valueLabel: usd(a.amountUsd),
            fill: countryFill(a.agreement.country),
            description: namedText,
            tooltip: namedText,
          })),
          { key: 'rest', value: amounts.rest, valueLabel: rest, fill: REST_FILL, description: restText, tooltip: restText },
        ],
      },
    ],
    legend: [
      { key: 'named', label: t.legendNamedAmount, swatches: [...new Set(amounts.named.map((a) => countryFill(a.agreement.country)))] },
      { key: 'rest', label: t.legendRestAmount, swatches: [REST_FILL] },
    ],
    table: {
      // The numbers column adds up (the parts only; the total row leaves it empty), and the words the
      // report uses ("over …") are kept beside them.
      columns: [{ label: t.columnAmountPart }, { label: t.columnAmountUsd, numeric: true }, { label: t.columnAmountReported }],
      rows: [
        ...amounts.named.map((a) => ({ key: a.agreement.id, cells: [pickText(a.agreement.title, lang), a.amountUsd, usd(a.amountUsd)] })),
        { key: 'rest', cells: [t.legendRestAmount, amounts.rest, rest] },
        { key: 'total', cells: [t.amountBar, '', total] },
      ],
    },
    notes: [namedText, restText],
  };
}
