import { formatInteger } from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, type Lang } from '../../i18n/lang';
import type { CountryShade } from './mapTypes';
import { mapMessages } from './messages';
import type { LegendStop } from '../../components/mapPicture/shading';

interface MapLegendProps {
  lang: Lang;
  stops: readonly LegendStop[];
  shades: readonly CountryShade[];
  /** "Direct flights from Q1 2027", when the data plans one. */
  plannedFlight: string | null;
}

/** The key to the map: the shading scale with each country's place on it, and the line styles. */
export function MapLegend({ lang, stops, shades, plannedFlight }: MapLegendProps) {
  const t = pickMessages(mapMessages, lang);
  const gradient = `linear-gradient(to right, ${stops.map((s) => `${s.colour} ${(s.offset * 100).toFixed(1)}%`).join(', ')})`;
  return (
    <div className="map-legend">
      <figure className="map-legend__scale">
        <figcaption className="map-legend__title">{t.legendShading}</figcaption>
        <div className="map-legend__bar" style={{ backgroundImage: gradient }} aria-hidden="true" />
        <div className="map-legend__ticks" aria-hidden="true">
          {stops.map((s) => (
            <span key={s.value} style={{ left: `${(s.offset * 100).toFixed(1)}%` }}>
              {formatInteger(s.value, lang)}
            </span>
          ))}
        </div>
        <ul className="map-legend__countries">
          {shades.map((s) => (
            <li key={s.code}>
              <span className="map-legend__swatch" style={{ background: s.colour }} aria-hidden="true" />
              {countryName(s.code, lang)}: <strong>{formatInteger(s.total, lang)}</strong>
            </li>
          ))}
        </ul>
      </figure>
      <ul className="map-legend__keys">
        <li>
          <span className="map-legend__line" aria-hidden="true" />
          {t.legendRoute}
        </li>
        {plannedFlight ? (
          <li>
            <span className="map-legend__line map-legend__line--planned" aria-hidden="true" />
            {fill(t.legendPlanned, { planned: plannedFlight })}
          </li>
        ) : null}
        <li>
          <span className="map-legend__dot" aria-hidden="true" />
          {t.legendCity}
        </li>
        <li>
          <span className="map-legend__dot map-legend__dot--venue" aria-hidden="true" />
          {t.legendVenue}
        </li>
      </ul>
    </div>
  );
}
