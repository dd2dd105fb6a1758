import type { CountryCode } from '../../data/schema';
import { countryStyle } from '../../components/countryStyle';
import { missionCountryCodes } from '../../data/mission';
import type { PlacedEvent, TripAxis } from './layout';

export interface AxisDay {
  date: string;
  country: CountryCode | undefined;
  dimmed: boolean;
  selected: boolean;
}

export interface AxisEvent extends PlacedEvent {
  country: CountryCode | undefined;
  highlighted: boolean;
  dimmed: boolean;
}

interface TripAxisChartProps {
  axis: TripAxis;
  days: readonly AxisDay[];
  events: readonly AxisEvent[];
  /** The text alternative: the days and events are also listed as text right below. */
  label: string;
}

export const AXIS_HEIGHT = 64;
const BAND_HEIGHT = 40;
const EVENT_Y = BAND_HEIGHT / 2;

/** The trip days as coloured bands on a time scale, hour ticks, and each event at its local time. */
export function TripAxisChart({ axis, days, events, label }: TripAxisChartProps) {
  return (
    <svg className="tl-axis" width={axis.length} height={AXIS_HEIGHT} viewBox={`0 0 ${axis.length} ${AXIS_HEIGHT}`} role="img" aria-label={label}>
      {axis.days.map((slot) => {
        const day = days[slot.index];
        return (
          <rect
            key={slot.date}
            className="tl-axis__band"
            data-country={day?.country}
            style={countryStyle(day?.country)}
            data-dimmed={day?.dimmed || undefined}
            data-selected={day?.selected || undefined}
            x={slot.start + 1}
            y={1}
            width={Math.max(0, slot.end - slot.start - 2)}
            height={BAND_HEIGHT - 2}
            rx={4}
          />
        );
      })}
      {axis.ticks.map((tick) =>
        tick.kind === 'day' ? (
          <line key={`d${tick.pos}`} className="tl-axis__day-tick" x1={tick.pos} x2={tick.pos} y1={0} y2={BAND_HEIGHT + 8} />
        ) : (
          <g key={`h${tick.pos}`} className="tl-axis__hour-tick" transform={`translate(${tick.pos},0)`}>
            <line y1={BAND_HEIGHT} y2={BAND_HEIGHT + 5} />
            <text y={BAND_HEIGHT + 18} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ),
      )}
      {events.map((event) => (
        <circle
          key={event.id}
          className="tl-axis__event"
          data-country={event.country}
          style={countryStyle(event.country)}
          data-timed={event.timeKnown}
          data-highlighted={event.highlighted || undefined}
          data-dimmed={event.dimmed || undefined}
          cx={event.pos}
          cy={EVENT_Y}
          r={event.highlighted ? 9 : 7}
        />
      ))}
    </svg>
  );
}

/** The two event marks, drawn as in the chart, for the legend. */
export function EventMark({ timed }: { timed: boolean }) {
  // Drawn in the first trip country's colour, as an example of the marks.
  const legendCountry = missionCountryCodes()[0];
  return (
    <svg className="tl-legend__mark" width={18} height={18} viewBox="0 0 18 18" aria-hidden="true">
      <circle className="tl-axis__event" data-timed={timed} data-country={legendCountry} style={countryStyle(legendCountry)} cx={9} cy={9} r={7} />
    </svg>
  );
}
