import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { countryStyle } from '../../components/countryStyle';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { formatDate, formatList, formatPlural, formatWeekday } from '../../i18n/format';
import { countryName, eventKindName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { LaterSegment } from './LaterSegment';
import { OutcomeCard, OutcomeDetails, outcomeLabel } from './OutcomeCard';
import { EventMark, TripAxisChart, type AxisDay, type AxisEvent } from './TripAxisChart';
import { computeTripAxis, orientationFor, placeEvents, placeOutcomes } from './layout';
import { isDayInCountry, isOutcomeInCountry, resolveOutcomeLinks } from './links';
import { timelineMessages } from './messages';
import { useRovingFocus } from './useRovingFocus';
import { punctuation } from '../../i18n/punctuation';

export interface TimelineProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
  day: string | null;
  outcome: number | null;
  /** The timeline's own width in CSS pixels; 0 when not measured (the wide layout is assumed). */
  width: number;
  onSelectDay: (day: string | null) => void;
  onSelectOutcome: (outcome: number | null) => void;
  onClear: () => void;
}

const DETAILS_ID = 'tl-outcome-details';

/** Axis length before the first measurement (and in test DOMs without layout). */
const FALLBACK_LENGTH = 960;

/** "<n> days in <city> and <city> produced <n> headline outcomes", from the data's days, cities and outcomes. */
export function describeTrip(model: TripModel, lang: Lang): string {
  const t = pickMessages(timelineMessages, lang);
  const { days, outcomes } = model.dataset;
  const places = [...new Set(days.map((d) => d.place))].flatMap((id) => {
    const place = model.placeById.get(id);
    return place && place.id !== model.dataset.trip.home.place ? [pickText(place.name, lang)] : [];
  });
  return fill(t.takeaway, {
    days: formatPlural(days.length, { one: t.daysOne, other: t.daysOther }, lang),
    places: formatList(places, lang),
    outcomes: formatPlural(outcomes.length, { one: t.outcomesOne, other: t.outcomesOther }, lang),
  });
}

/** The trip day by day, the outcomes under the day they were announced, and what is still to come. */
export function Timeline({ model, lang, country, day, outcome, width, onSelectDay, onSelectOutcome, onClear }: TimelineProps) {
  const t = pickMessages(timelineMessages, lang);
  const { days, events, outcomes, milestones, trip } = model.dataset;
  const orientation = orientationFor(width);
  const length = width > 0 ? width : FALLBACK_LENGTH;
  const dates = useMemo(() => days.map((d) => d.date), [days]);
  const axis = useMemo(() => computeTripAxis(dates, length), [dates, length]);
  const placedEvents = useMemo(() => placeEvents(events, axis), [events, axis]);
  const placedOutcomes = useMemo(
    () => placeOutcomes(outcomes.map((o) => ({ number: o.number, date: model.outcomeAnnouncedOn.get(o.number) ?? '' })), dates),
    [outcomes, dates, model],
  );

  const selectedOutcome = outcome === null ? undefined : model.outcomeByNumber.get(outcome);
  const highlightedEvents = new Set<string>(
    selectedOutcome ? selectedOutcome.events : day ? (model.eventsByDate.get(day) ?? []).map((e) => e.id) : [],
  );
  const highlightedMilestones = new Set<string>(selectedOutcome?.milestones ?? []);
  // Picking an outcome lights the days of the events it covers (each keeps its own day).
  const outcomeDays = new Set<string>(selectedOutcome ? (model.outcomeDays.get(selectedOutcome.number) ?? []) : []);
  const filterName = country ? countryName(country, lang) : null;
  const placeName = (id: string) => {
    const place = model.placeById.get(id);
    return place ? pickText(place.name, lang) : id;
  };

  // One Tab stop per group: the selection, else the item nearest to the other group's selection.
  const dayIndex = day ? dates.indexOf(day) : dates.findIndex((d) => outcomeDays.has(d));
  const dayTabStop = dayIndex >= 0 ? dayIndex : 0;
  const outcomeIndex = placedOutcomes.findIndex((p) => p.number === outcome);
  const afterDay = day ? placedOutcomes.findIndex((p) => p.date >= day) : -1;
  const outcomeTabStop = outcomeIndex >= 0 ? outcomeIndex : Math.max(0, afterDay);

  const dayKeys = useRovingFocus(dates.length, dayTabStop, orientation, (i) => onSelectDay(dates[i] ?? null));
  const outcomeKeys = useRovingFocus(placedOutcomes.length, outcomeTabStop, orientation, (i) => onSelectOutcome(placedOutcomes[i]?.number ?? null));

  const axisDays: AxisDay[] = days.map((d) => ({
    date: d.date,
    country: model.countryOfPlace(d.place),
    dimmed: !isDayInCountry(d.place, model, country),
    selected: d.date === day || outcomeDays.has(d.date),
  }));
  const axisEvents: AxisEvent[] = placedEvents.map((p) => {
    const place = model.eventById.get(p.id)?.place ?? '';
    return { ...p, country: model.countryOfPlace(place), highlighted: highlightedEvents.has(p.id), dimmed: !isDayInCountry(place, model, country) };
  });
  const stays = new Map<string, number>();
  for (const d of days) stays.set(d.place, (stays.get(d.place) ?? 0) + 1);
  const axisLabel = fill(t.axisLabel, {
    from: formatDate(trip.start, lang),
    to: formatDate(trip.end, lang),
    stays: [...stays].map(([place, n]) => fill(t.dayStay, { n, city: placeName(place) })).join(punctuation(lang).comma),
    events: events.length,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || (day === null && outcome === null)) return;
    event.preventDefault();
    // Focus inside an outcome's details would be lost when they close: hand it to the outcome's button.
    if ((event.target as HTMLElement).closest(`#${DETAILS_ID}`)) {
      event.currentTarget.querySelector<HTMLButtonElement>('.tl-outcome__button[aria-pressed="true"]')?.focus();
    }
    onClear();
  };

  return (
    // The keydown listener only catches Escape bubbling up from the buttons inside.
    <div className="tl" data-orientation={orientation} style={{ '--tl-days': days.length } as CSSProperties} onKeyDown={onKeyDown}>
      <p className="tl__takeaway">{filterName ? fill(t.takeawayFiltered, { country: filterName }) : describeTrip(model, lang)}</p>
      <div className="tl__toolbar">
        {/* The hint for the reader's input: a touch screen has no arrow keys (CSS shows one of the two). */}
        <p className="tl__hint tl__hint--pointer">{t.pointerHint}</p>
        <p className="tl__hint tl__hint--touch">{t.touchHint}</p>
        {day !== null || outcome !== null ? (
          <button type="button" className="button tl__clear" onClick={onClear}>
            {t.clearSelection}
          </button>
        ) : null}
      </div>

      {orientation === 'horizontal' ? (
        <div className="tl__chart">
          <TripAxisChart axis={axis} days={axisDays} events={axisEvents} label={axisLabel} />
          <ul className="tl-legend">
            <li>
              <EventMark timed /> {t.legendTimed}
            </li>
            <li>
              <EventMark timed={false} /> {t.legendUntimed}
            </li>
          </ul>
        </div>
      ) : null}

      <ol className="tl__days" aria-label={t.daysLabel}>
        {days.map((d, i) => {
          const selected = d.date === day;
          const dayEvents = model.eventsByDate.get(d.date) ?? [];
          const dimmed = !isDayInCountry(d.place, model, country);
          return (
            <li
              key={d.date}
              className="tl-day"
              data-country={model.countryOfPlace(d.place)}
              style={countryStyle(model.countryOfPlace(d.place))}
              data-selected={selected || undefined}
              data-related={(!selected && outcomeDays.has(d.date)) || undefined}
              data-dimmed={dimmed || undefined}
            >
              <button
                ref={dayKeys.itemRef(i)}
                type="button"
                className="tl-day__button"
                aria-pressed={selected}
                tabIndex={dayKeys.tabIndexOf(i)}
                onClick={() => onSelectDay(selected ? null : d.date)}
                onKeyDown={dayKeys.onKeyDown(i)}
              >
                <span className="tl-day__number">{fill(t.dayNumber, { n: i + 1 })}</span>
                <span className="tl-day__date">
                  {formatWeekday(d.date, lang)} {formatDate(d.date, lang, 'short')}
                </span>
                <span className="tl-day__place">{placeName(d.place)}</span>
                {dimmed && filterName ? <span className="visually-hidden"> {fill(t.otherCountry, { country: filterName })}</span> : null}
              </button>
              <ul className="tl-day__events">
                {dayEvents.map((e) => (
                  <li key={e.id} className="tl-event" data-highlighted={highlightedEvents.has(e.id) || undefined}>
                    <span className="tl-event__time">{e.time ? fill(e.timeApproximate ? t.localTimeApprox : t.localTime, { time: e.time }) : t.timeNotGiven}</span>
                    <span className="tl-event__title">{pickText(e.title, lang)}</span>
                    <span className="tl-event__kind">{eventKindName(e.kind, lang)}</span>
                  </li>
                ))}
              </ul>
              {selected ? <p className="tl-day__summary">{pickText(d.summary, lang)}</p> : null}
            </li>
          );
        })}
      </ol>

      <h3 className="tl__heading" id="tl-outcomes-heading">
        {formatPlural(model.dataset.outcomes.length, { one: t.outcomesHeadingOne, other: t.outcomesHeadingOther }, lang)}
      </h3>
      <div className="tl__outcomes" role="group" aria-labelledby="tl-outcomes-heading">
        {/* Grouped by the day they were announced (not placed under a day column: an outcome has no
            day of its own), each group in number order. */}
        {days.map((d) => {
          const here = placedOutcomes.filter((p) => p.date === d.date);
          if (here.length === 0) return null;
          const cellLabel = fill(t.outcomesAnnounced, { date: formatDate(d.date, lang, 'short') });
          return (
            <div key={d.date} className="tl__outcome-cell">
              <p className="tl__cell-label">{cellLabel}</p>
              <ul className="tl__outcome-list" aria-label={cellLabel}>
                {here.map((p) => {
                  const o = model.outcomeByNumber.get(p.number);
                  if (!o) return null;
                  const index = placedOutcomes.indexOf(p);
                  const selected = o.number === outcome;
                  return (
                    <OutcomeCard
                      key={o.number}
                      model={model}
                      outcome={o}
                      links={resolveOutcomeLinks(o, model)}
                      lang={lang}
                      selected={selected}
                      dimmed={!isOutcomeInCountry(o, model, country)}
                      filterCountryName={filterName}
                      detailsId={DETAILS_ID}
                      detailsInside={orientation === 'vertical'}
                      buttonRef={outcomeKeys.itemRef(index)}
                      tabIndex={outcomeKeys.tabIndexOf(index)}
                      onToggle={() => onSelectOutcome(selected ? null : o.number)}
                      onKeyDown={outcomeKeys.onKeyDown(index)}
                    />
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>

      {selectedOutcome && orientation === 'horizontal' ? (
        <section id={DETAILS_ID} className="tl-details" aria-label={outcomeLabel(selectedOutcome, lang)}>
          <h4 className="tl-details__title">
            <span className="tl-outcome__number" aria-hidden="true">
              {selectedOutcome.number}
            </span>
            {pickText(selectedOutcome.title, lang)}
          </h4>
          <OutcomeDetails key={selectedOutcome.number} model={model} outcome={selectedOutcome} links={resolveOutcomeLinks(selectedOutcome, model)} lang={lang} />
        </section>
      ) : null}

      <LaterSegment milestones={milestones} tripEnd={trip.end} lang={lang} country={country} highlighted={highlightedMilestones} />
    </div>
  );
}

