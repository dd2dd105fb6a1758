import { describe, expect, it } from 'vitest';
import { computeLaterLayout, computeTripAxis, hourStepFor, orientationFor, parseDue, placeEvents, placeOutcomes } from './layout';
import { nextIndexFor } from './useRovingFocus';

const DAYS = ['2026-05-31', '2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'];

describe('computeTripAxis', () => {
  const axis = computeTripAxis(DAYS, 1200);

  it('gives every day the same room, end to end', () => {
    expect(axis.days.map((d) => [d.start, d.end])).toEqual([
      [0, 200],
      [200, 400],
      [400, 600],
      [600, 800],
      [800, 1000],
      [1000, 1200],
    ]);
    expect(axis.days[3]).toMatchObject({ date: '2026-06-03', index: 3, center: 700 });
  });

  it('ticks every midnight, and labels 06:00, 12:00 and 18:00 when a day has room', () => {
    const dayTicks = axis.ticks.filter((t) => t.kind === 'day');
    expect(dayTicks.map((t) => t.pos)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    const firstDayHours = axis.ticks.filter((t) => t.kind === 'hour' && t.pos < 200);
    expect(firstDayHours.map((t) => [t.label, t.pos])).toEqual([
      ['06:00', 50],
      ['12:00', 100],
      ['18:00', 150],
    ]);
    expect(axis.ticks.map((t) => t.pos)).toEqual([...axis.ticks.map((t) => t.pos)].sort((a, b) => a - b));
  });

  it('thins the hour labels as days get narrower', () => {
    expect(hourStepFor(220)).toBe(6);
    expect(hourStepFor(150)).toBe(12);
    expect(hourStepFor(80)).toBe(0);
    const narrow = computeTripAxis(DAYS, 720);
    expect(narrow.ticks.filter((t) => t.kind === 'hour').map((t) => t.label)).toEqual(Array(6).fill('12:00'));
    expect(computeTripAxis(DAYS, 400).ticks.every((t) => t.kind === 'day')).toBe(true);
  });

  it('refuses an empty trip', () => {
    expect(() => computeTripAxis([], 100)).toThrow();
  });
});

describe('placeEvents', () => {
  const axis = computeTripAxis(DAYS, 1200);

  it('puts a timed event at its local time', () => {
    const [arrival] = placeEvents([{ id: 'arrival', date: '2026-05-31', time: '19:00' }], axis);
    expect(arrival).toMatchObject({ id: 'arrival', timeKnown: true });
    expect(arrival?.pos).toBeCloseTo((19 / 24) * 200);
    expect(arrival?.at.toISOString()).toBe('2026-05-31T19:00:00.000Z');
  });

  it('puts a lone untimed event at noon, and several in their day order', () => {
    const placed = placeEvents(
      [
        { id: 'talks', date: '2026-06-04', time: null },
        { id: 'summing-up', date: '2026-06-04', time: null },
        { id: 'visit', date: '2026-06-05', time: null },
      ],
      axis,
    );
    const [talks, summing, visit] = placed;
    expect(visit?.at.toISOString()).toBe('2026-06-05T12:00:00.000Z');
    expect(visit?.timeKnown).toBe(false);
    expect(talks!.pos).toBeLessThan(summing!.pos);
    // Both stay inside their own day.
    for (const p of [talks!, summing!]) {
      expect(p.pos).toBeGreaterThan(800);
      expect(p.pos).toBeLessThan(1000);
    }
  });

  it('does not reorder its input', () => {
    const input = [
      { id: 'b', date: '2026-06-02', time: null },
      { id: 'a', date: '2026-05-31', time: '19:00' },
    ];
    expect(placeEvents(input, axis).map((p) => p.id)).toEqual(['b', 'a']);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('placeOutcomes', () => {
  it('lists outcomes by number, each under the day it was announced, stacked within that day', () => {
    const input = [
      { number: 7, date: '2026-06-04' },
      { number: 2, date: '2026-06-04' },
      { number: 3, date: '2026-06-01' },
      { number: 9, date: '2026-07-01' },
    ];
    expect(placeOutcomes(input, DAYS)).toEqual([
      { number: 2, date: '2026-06-04', dayIndex: 4, stack: 0 },
      { number: 3, date: '2026-06-01', dayIndex: 1, stack: 0 },
      { number: 7, date: '2026-06-04', dayIndex: 4, stack: 1 },
      { number: 9, date: '2026-07-01', dayIndex: -1, stack: 0 },
    ]);
    expect(input[0]?.number).toBe(7);
  });
});

describe('orientation', () => {
  it('is vertical only on a narrow, measured box', () => {
    expect(orientationFor(1300)).toBe('horizontal');
    expect(orientationFor(640)).toBe('horizontal');
    expect(orientationFor(350)).toBe('vertical');
    // Not measured yet (or no layout, as in jsdom): the wide layout.
    expect(orientationFor(0)).toBe('horizontal');
  });

  it('moves along the axis of the layout', () => {
    expect(nextIndexFor('ArrowRight', 2, 6, 'horizontal')).toBe(3);
    expect(nextIndexFor('ArrowLeft', 2, 6, 'horizontal')).toBe(1);
    expect(nextIndexFor('ArrowDown', 2, 6, 'horizontal')).toBeNull();
    expect(nextIndexFor('ArrowDown', 2, 6, 'vertical')).toBe(3);
    expect(nextIndexFor('ArrowUp', 2, 6, 'vertical')).toBe(1);
    expect(nextIndexFor('ArrowRight', 5, 6, 'horizontal')).toBe(5);
    expect(nextIndexFor('ArrowLeft', 0, 6, 'horizontal')).toBe(0);
    expect(nextIndexFor('Home', 4, 6, 'vertical')).toBe(0);
    expect(nextIndexFor('End', 1, 6, 'horizontal')).toBe(5);
    expect(nextIndexFor('a', 1, 6, 'horizontal')).toBeNull();
  });
});

describe('parseDue and the later segment', () => {
  it('reads the timing forms the schema allows', () => {
    expect(parseDue(null)).toBeNull();
    const q1 = parseDue('2027-Q1');
    expect([q1?.start.toISOString(), q1?.end.toISOString(), q1?.kind]).toEqual(['2027-01-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z', 'quarter']);
    expect(parseDue('2027-09')?.end.toISOString()).toBe('2027-10-01T00:00:00.000Z');
    expect(parseDue('2027')?.kind).toBe('year');
    expect(parseDue('2026-12-01')?.end.toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });

  it('starts after the trip, places dated milestones on quarters and keeps the undated apart', () => {
    const layout = computeLaterLayout(
      [
        { id: 'office', due: null },
        { id: 'flights', due: '2027-Q1' },
        { id: 'visa', due: null },
      ],
      '2026-06-05',
      400,
    );
    expect(layout.quarters.map((q) => `${q.year}Q${q.quarter}`)).toEqual(['2026Q3', '2026Q4', '2027Q1', '2027Q2']);
    expect(layout.quarters[0]?.start).toBe(0);
    expect(layout.quarters[3]?.end).toBe(400);
    const [flights] = layout.dated;
    const q1 = layout.quarters[2]!;
    expect(flights).toEqual({ id: 'flights', start: q1.start, end: q1.end });
    expect(layout.undated).toEqual(['office', 'visa']);
  });

  it('stretches to the latest dated milestone', () => {
    const layout = computeLaterLayout([{ id: 'late', due: '2028-Q2' }], '2026-06-05', 800);
    expect(layout.quarters.at(-1)).toMatchObject({ year: 2028, quarter: 2, end: 800 });
  });
});
