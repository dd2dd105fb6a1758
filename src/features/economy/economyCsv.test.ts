/** The economy figures' CSV with the example mission: one record per figure shown, with unit, period and source. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestModel } from '../../../tests/setup/dataset';
import { toCsv } from '../../components/export/csv';
import { buildExampleZhHansTable } from '../../../tests/fixtures/missions';
import { installZhHansTable } from '../../i18n/zhHans';
import { buildTripModel } from '../../data/buildTripModel';
import type { Lang } from '../../i18n/lang';
import { countryName } from '../../i18n/labels';
import { pickText } from '../../i18n/lang';
import { chartCsvRows, economyCsvRows } from './economyCsv';
import { economySubjects, selectFigureGroups } from './economyFigures';

// The example mission, with one figure a report gives as "over" it.
const example = loadTestModel().dataset;
const model = buildTripModel({ ...example, figures: example.figures.map((f, i) => (i === 2 ? { ...f, qualifier: 'over' as const } : f)) });
const { figures, trip, economySubjects: shared } = model.dataset;
const subjects = economySubjects(trip.countries.map((c) => c.code), shared);
const publisher = model.dataset.sources[0]!.publisher;
beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));

const words = {
  en: { over: 'over', unitHeader: 'Unit' },
  'zh-Hant': { over: '超過', unitHeader: '單位' },
  'zh-Hans': { over: '超过', unitHeader: '单位' },
} as const;

describe.each(['en', 'zh-Hant', 'zh-Hans'] as Lang[])('economy figures CSV (%s)', (lang) => {
  const name = (subject: string) => {
    const other = shared.find((s) => s.id === subject);
    return other ? pickText(other.name, lang) : countryName(subject, lang);
  };

  it('has one record per figure shown, each with a raw value, unit, period and source', () => {
    const groups = selectFigureGroups(figures, null, subjects);
    const rows = economyCsvRows(model, groups, name, lang);
    const header = rows[0]!;
    expect(header).toHaveLength(9);
    expect(header).toContain(words[lang as keyof typeof words].unitHeader);
    const records = rows.slice(1);
    expect(records).toHaveLength(groups.reduce((n, g) => n + g.figures.length, 0));
    for (const record of records) {
      expect(record).toHaveLength(header.length);
      expect(typeof record[3]).toBe('number');
      // Unit, qualifier, period and source are always filled in.
      for (const i of [4, 5, 6, 8]) expect(String(record[i]).length, `column ${String(header[i])}`).toBeGreaterThan(0);
      expect(String(record[8])).toContain(pickText(publisher, lang));
    }
    // The raw values are the dataset's numbers, in the cards' order.
    expect(records.map((r) => r[3])).toEqual(groups.flatMap((g) => g.figures.map((f) => f.value)));
    // Text only: the file is valid CSV with a BOM.
    expect(toCsv(rows).startsWith('\uFEFF')).toBe(true);
  });

  it('keeps the reports’ "over" in the reported value and the qualifier', () => {
    const groups = selectFigureGroups(figures, null, subjects);
    const over = groups.flatMap((g) => g.figures).filter((f) => f.qualifier === 'over');
    expect(over.length).toBeGreaterThan(0);
    const rows = economyCsvRows(model, groups, name, lang).slice(1);
    const overRows = rows.filter((r) => r[5] === words[lang as keyof typeof words].over);
    expect(overRows).toHaveLength(over.length);
    for (const row of overRows) expect(String(row[2])).toContain(words[lang as keyof typeof words].over);
  });

  it('follows the country filter: only the groups shown', () => {
    const code = trip.countries[1]!.code;
    const all = economyCsvRows(model, selectFigureGroups(figures, null, subjects), name, lang);
    const one = economyCsvRows(model, selectFigureGroups(figures, code, subjects), name, lang);
    expect(one.length).toBeLessThan(all.length);
    expect(one.slice(1).every((r) => r[0] !== countryName(trip.countries[0]!.code, lang))).toBe(true);
  });
});

describe('a chart’s CSV', () => {
  it('adds the raw value, unit and qualifier to the table’s text values', () => {
    const table = {
      columns: [{ label: 'Measure' }, { label: 'Value', numeric: true }],
      rows: [
        { key: 'growth', cells: ['Average growth', 'over 5%'] },
        { key: 'trade', cells: ['Exports', 'US$79.1 billion'] },
        { key: 'note', cells: ['A row without a figure', '—'] },
      ],
    };
    const values = {
      growth: { value: 5, unit: 'percent', qualifier: 'over' },
      trade: { value: 79_100_000_000, unit: 'usd', qualifier: 'exact' },
    } as const;
    const rows = chartCsvRows(table, (key) => values[key as keyof typeof values], 'en');
    expect(rows).toEqual([
      ['Measure', 'As reported', 'Value', 'Unit', 'Qualifier'],
      ['Average growth', 'over 5%', 5, 'per cent', 'over'],
      ['Exports', 'US$79.1 billion', 79_100_000_000, 'US Dollar', expect.any(String)],
      ['A row without a figure', '—', '', '', ''],
    ]);
    expect(toCsv(rows)).toContain('\r\nExports,US$79.1 billion,79100000000,US Dollar,');
    expect(chartCsvRows(table, (key) => values[key as keyof typeof values], 'zh-Hant')[1]).toEqual(['Average growth', 'over 5%', 5, '百分比', '超過']);
  });
});
