/** The timeline's CSV with the example mission: every day, event and outcome, each event and outcome with its citation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestModel } from '../../../tests/setup/dataset';
import { buildExampleZhHansTable } from '../../../tests/fixtures/missions';
import { installZhHansTable } from '../../i18n/zhHans';
import { buildTripModel } from '../../data/buildTripModel';
import { pickText } from '../../i18n/lang';
import type { Lang } from '../../i18n/lang';
import { timelineCsvRows } from './timelineCsv';

// The example mission, with one event at a time the report gives as approximate.
const example = loadTestModel().dataset;
const model = buildTripModel({
  ...example,
  events: example.events.map((e, i) => (i === 1 ? { ...e, time: '10:30', timeApproximate: true } : i === 2 ? { ...e, time: '15:00' } : e)),
});
const { days, events, outcomes } = model.dataset;
const publisher = model.dataset.sources[0]!.publisher;
beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));

const words = {
  en: { day: 'Day', event: 'Event', outcome: 'Outcome', about: 'about ' },
  'zh-Hant': { day: '日子', event: '活動', outcome: '成果', about: '約' },
  'zh-Hans': { day: '日子', event: '活动', outcome: '成果', about: '约' },
} as const;

describe.each(['en', 'zh-Hant', 'zh-Hans'] as Lang[])('timeline CSV (%s)', (lang) => {
  const w = words[lang as keyof typeof words];
  // Made in each test: the Simplified tables load before the tests, not while they are collected.
  const make = () => {
    const rows = timelineCsvRows(model, lang);
    return { rows, records: rows.slice(1) };
  };

  it('has a record for every day, event and outcome, in date order', () => {
    const { rows, records } = make();
    expect(rows[0]).toHaveLength(9);
    expect(records.filter((r) => r[0] === w.day)).toHaveLength(days.length);
    expect(records.filter((r) => r[0] === w.event)).toHaveLength(events.length);
    expect(records.filter((r) => r[0] === w.outcome).map((r) => r[5]).sort()).toEqual(outcomes.map((o) => o.number).sort());
    const dates = records.map((r) => String(r[1]));
    expect(dates).toEqual([...dates].sort());
    expect(records.every((r) => r.length === 9)).toBe(true);
  });

  it('cites every event and outcome, and keeps "about" on an approximate time', () => {
    const { records } = make();
    for (const record of records.filter((r) => r[0] !== w.day)) expect(String(record[8])).toContain(pickText(publisher, lang));
    const approximate = events.filter((e) => e.time && e.timeApproximate);
    const timed = records.filter((r) => r[0] === w.event && r[4] !== '');
    expect(timed).toHaveLength(events.filter((e) => e.time).length);
    expect(timed.filter((r) => String(r[4]).startsWith(w.about))).toHaveLength(approximate.length);
    expect(approximate).toHaveLength(1);
  });
});
