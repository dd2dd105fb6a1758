/** The agreements' CSV exports with the example mission: columns that add up, and a report's "over" kept. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestModel } from '../../../tests/setup/dataset';
import { buildExampleZhHansTable } from '../../../tests/fixtures/missions';
import { installZhHansTable } from '../../i18n/zhHans';
import type { Lang } from '../../i18n/lang';
import { tableToCsvRows } from '../../components/DataTable';
import { amountChart } from './chartSeries';
import { buildExplorerRows, computeAmountBreakdown } from './computeAgreements';
import { explorerCsvRows } from './explorerText';

const model = loadTestModel();
const { dataset } = model;
const total = dataset.derived.agreementTotals.total;
beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));

const rows = buildExplorerRows(dataset.agreements, dataset.agreementCounts, () => ({ title: { en: 't', zhHant: 't' }, summary: { en: 's', zhHant: 's' } }));

describe.each(['en', 'zh-Hant', 'zh-Hans'] as Lang[])('exports (%s)', (lang) => {
  it('the explorer CSV: the documents column sums to the reported total, totals and items apart', () => {
    const csv = explorerCsvRows(rows, () => [], lang, total);
    const header = csv[0]!;
    const col = header.findIndex((h) => String(h).includes(String(total)) && (String(h).includes('totals') || String(h).includes('總數') || String(h).includes('总数')));
    expect(col).toBeGreaterThan(-1);
    const numbers = csv.slice(1).map((r) => r[col]);
    expect(numbers.every((n) => n === '' || typeof n === 'number')).toBe(true);
    expect(numbers.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0)).toBe(total);
    // Each named item still says whether it is one of those documents, in its own column.
    const named = csv.slice(1).filter((r) => r[col] === '');
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => String(r[col + 1]).length > 0)).toBe(true);
  });

  it('the Amounts CSV keeps "over" where the report says it, and its numbers add up to the total', () => {
    // The mission's total amount as a report that says "over" it.
    const trip = { ...dataset.trip, agreements: { ...dataset.trip.agreements, amountQualifier: 'over' as const } };
    const amounts = computeAmountBreakdown(dataset.agreements, trip);
    expect(amounts.qualifier).toBe('over');
    const csv = tableToCsvRows(amountChart(amounts, lang).table);
    const over = lang === 'en' ? 'over ' : lang === 'zh-Hant' ? '超過' : '超过';
    const reported = csv.slice(1).map((r) => String(r[2]));
    expect(reported.some((text) => text.startsWith(over))).toBe(true);
    expect(reported.at(-1)).toMatch(new RegExp(`^${over}`));
    const sum = csv.slice(1).reduce<number>((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0);
    expect(sum).toBe(amounts.total);
  });
});
