/**
 * The timeline's geometry as pure functions: d3 computes scales and ticks, the
 * components only draw what these return. Each step has its own type so a test can check it alone.
 *
 * Times are wall-clock times at the place, kept as "floating" UTC dates: 19:00 at a city is stored as
 * 19:00Z. One clock serves the whole trip, so no day shifts between cities.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export type Orientation = 'horizontal' | 'vertical';

/** Below this width (CSS pixels of the timeline itself) the days stack in a vertical list. */
export const VERTICAL_BELOW = 640;

export function orientationFor(width: number): Orientation {
  return width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
}

const DAY_MS = 86_400_000;

export function dayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** A calendar day and a local time as one floating date. */
export function localDateTime(isoDate: string, time: string): Date {
  return new Date(`${isoDate}T${time}:00Z`);
}

// --- Step 1: the trip axis ------------------------------------------------------------------------

export interface DaySlot {
  date: string;
  index: number;
  /** Start, middle and end of the day along the axis, in pixels. */
  start: number;
  center: number;
  end: number;
}

export interface AxisTick {
  pos: number;
  /** "06:00"; null for a day boundary, which the day labels already name. */
  label: string | null;
  kind: 'day' | 'hour';
}

export interface TripAxis {
  length: number;
  days: DaySlot[];
  ticks: AxisTick[];
  /** Hours between labelled ticks, chosen by the room a day gets; 0 when there is no room. */
  hourStep: number;
  scale: ScaleTime<number, number>;
}

const formatHour = utcFormat('%H:%M');

/** Hour ticks only when a label fits: every 6 hours on a wide day, noon alone on a narrower one. */
export function hourStepFor(dayLength: number): number {
  if (dayLength >= 200) return 6;
  if (dayLength >= 110) return 12;
  return 0;
}

/**
 * A time scale from the first day's midnight to the midnight after the last day, over `length`
 * pixels: every day gets the same room. Drawn along x on wide screens; the vertical (phone) layout
 * lists the days instead, so the axis has no vertical form.
 */
export function computeTripAxis(days: readonly string[], length: number): TripAxis {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('computeTripAxis needs at least one day');
  const from = dayStart(first);
  const to = utcDay.offset(dayStart(last), 1);
  const scale = scaleUtc().domain([from, to]).range([0, length]);
  const slots = days.map((date, index): DaySlot => {
    const start = scale(dayStart(date));
    const end = scale(utcDay.offset(dayStart(date), 1));
    return { date, index, start, end, center: (start + end) / 2 };
  });
  const dayLength = length / days.length;
  const hourStep = hourStepFor(dayLength);
  const dayTicks: AxisTick[] = scale.ticks(utcDay.every(1)!).map((d) => ({ pos: scale(d), label: null, kind: 'day' }));
  const hourTicks: AxisTick[] =
    hourStep === 0
      ? []
      : scale
          .ticks(utcHour.every(hourStep)!)
          .filter((d) => d.getUTCHours() !== 0)
          .map((d) => ({ pos: scale(d), label: formatHour(d), kind: 'hour' }));
  return { length, days: slots, ticks: [...dayTicks, ...hourTicks].sort((a, b) => a.pos - b.pos), hourStep, scale };
}

// --- Step 2: events on the axis -------------------------------------------------------------------

export interface EventInput {
  id: string;
  date: string;
  time: string | null;
}

export interface PlacedEvent {
  id: string;
  date: string;
  /** The time used for placing it: the reported one, or a stand-in in day order. */
  at: Date;
  pos: number;
  timeKnown: boolean;
}

/** Events without a reported time sit in this window of the day, in the order the itinerary lists them. */
const UNTIMED_FROM_HOUR = 8;
const UNTIMED_TO_HOUR = 16;

/**
 * Places events on the axis: at their local time when the reports give one; otherwise spread evenly
 * through the working day in itinerary order (a single one at noon), and marked as not timed.
 */
export function placeEvents(events: readonly EventInput[], axis: Pick<TripAxis, 'scale'>): PlacedEvent[] {
  const untimedByDate = new Map<string, EventInput[]>();
  for (const event of events) {
    if (event.time) continue;
    const list = untimedByDate.get(event.date) ?? [];
    list.push(event);
    untimedByDate.set(event.date, list);
  }
  return events.map((event) => {
    let at: Date;
    if (event.time) {
      at = localDateTime(event.date, event.time);
    } else {
      const sameDay = untimedByDate.get(event.date) ?? [event];
      const k = sameDay.indexOf(event);
      const hours = UNTIMED_FROM_HOUR + ((UNTIMED_TO_HOUR - UNTIMED_FROM_HOUR) * (k + 1)) / (sameDay.length + 1);
      at = new Date(dayStart(event.date).getTime() + hours * 3_600_000);
    }
    return { id: event.id, date: event.date, at, pos: axis.scale(at), timeKnown: event.time !== null };
  });
}

// --- Step 3: outcomes under the day they were announced ------------------------------------------

export interface OutcomeInput {
  number: number;
  /** The day the outcome was announced (an outcome has no day of its own). */
  date: string;
}

export interface PlacedOutcome {
  number: number;
  date: string;
  /** Index of its day in the trip, -1 when the date falls outside the trip. */
  dayIndex: number;
  /** Its place in the stack of that day's outcomes, from 0. */
  stack: number;
}

/**
 * Outcomes grouped under the day they were announced, in number order (the order the reports give
 * them; every view lists them so); the input is not reordered.
 */
export function placeOutcomes(outcomes: readonly OutcomeInput[], days: readonly string[]): PlacedOutcome[] {
  const sorted = [...outcomes].sort((a, b) => a.number - b.number);
  const stackByDate = new Map<string, number>();
  return sorted.map((o) => {
    const stack = stackByDate.get(o.date) ?? 0;
    stackByDate.set(o.date, stack + 1);
    return { number: o.number, date: o.date, dayIndex: days.indexOf(o.date), stack };
  });
}

// --- Step 4: after the trip ----------------------------------------------------------------------

export interface DuePeriod {
  start: Date;
  /** Exclusive end. */
  end: Date;
  kind: 'year' | 'quarter' | 'month' | 'day';
}

/** "2027-Q1" -> 1 Jan to 1 Apr 2027; null (no date given) stays null. */
export function parseDue(due: string | null): DuePeriod | null {
  if (!due) return null;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(due);
  if (quarter) {
    const start = new Date(Date.UTC(Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 1));
    return { start, end: utcMonth.offset(start, 3), kind: 'quarter' };
  }
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(due);
  if (!parts) return null;
  const [, y, m, d] = parts;
  if (d && m) {
    const start = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return { start, end: new Date(start.getTime() + DAY_MS), kind: 'day' };
  }
  if (m) {
    const start = new Date(Date.UTC(Number(y), Number(m) - 1, 1));
    return { start, end: utcMonth.offset(start, 1), kind: 'month' };
  }
  const start = new Date(Date.UTC(Number(y), 0, 1));
  return { start, end: new Date(Date.UTC(Number(y) + 1, 0, 1)), kind: 'year' };
}

export interface MilestoneInput {
  id: string;
  due: string | null;
}

export interface QuarterBand {
  year: number;
  quarter: number;
  start: number;
  end: number;
}

export interface PlacedMilestone {
  id: string;
  start: number;
  end: number;
}

export interface LaterLayout {
  length: number;
  quarters: QuarterBand[];
  dated: PlacedMilestone[];
  /** Milestones the reports give no date for, in data order: they get a lane, not a position. */
  undated: string[];
}

/**
 * The compressed segment after the trip: from the quarter after the trip ends to the end of the
 * latest dated milestone (at least four quarters), over `length` pixels.
 */
export function computeLaterLayout(milestones: readonly MilestoneInput[], tripEnd: string, length: number): LaterLayout {
  const afterTrip = utcDay.offset(dayStart(tripEnd), 1);
  const periods = milestones.map((m) => ({ id: m.id, period: parseDue(m.due) }));
  const earliest = Math.min(...periods.map((p) => p.period?.start.getTime() ?? Infinity));
  const from = utcMonth.every(3)!.floor(new Date(Math.min(utcMonth.every(3)!.ceil(afterTrip).getTime(), earliest)));
  const latest = Math.max(utcMonth.offset(from, 12).getTime(), ...periods.map((p) => p.period?.end.getTime() ?? 0));
  const to = utcMonth.every(3)!.ceil(new Date(latest));
  const scale = scaleUtc().domain([from, to]).range([0, length]);
  const quarters = utcMonth
    .every(3)!
    .range(from, to)
    .map((q) => ({
      year: q.getUTCFullYear(),
      quarter: Math.floor(q.getUTCMonth() / 3) + 1,
      start: scale(q),
      end: scale(utcMonth.offset(q, 3)),
    }));
  const dated = periods
    .flatMap((p) => (p.period ? [{ id: p.id, start: scale(p.period.start), end: scale(p.period.end) }] : []))
    .sort((a, b) => a.start - b.start);
  return { length, quarters, dated, undated: periods.filter((p) => !p.period).map((p) => p.id) };
}
