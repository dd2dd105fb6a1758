import { Control, DomEvent, DomUtil } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import { formatDate, formatInteger, formatList } from '../../../i18n/format';
import { countryName } from '../../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../../i18n/lang';
import type { CityInfo } from '../cityInfo';
import { VENUE_MIN_ZOOM } from '../../../components/mapPicture/frame';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { useZoom } from '../hooks/useZoom';
import { mapMessages } from '../messages';
import { punctuation } from '../../../i18n/punctuation';

/** How far from a city's centre (in degrees) the map still counts as showing that city. */
const CITY_RADIUS = 0.6;

/** The city nearest the map's centre, when the map is zoomed in to one. */
export function selectCityInView(cities: readonly CityInfo[], centre: { lat: number; lng: number }, zoom: number): CityInfo | null {
  if (zoom < VENUE_MIN_ZOOM) return null;
  let best: CityInfo | null = null;
  let bestDistance = CITY_RADIUS;
  for (const city of cities) {
    const d = Math.hypot(city.place.lat - centre.lat, (city.place.lon - centre.lng) * Math.cos((centre.lat * Math.PI) / 180));
    if (d < bestDistance) {
      best = city;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * At city zoom, a card in the map's top-right corner: the city, its country's agreement count and
 * what happened there on which day. Rendered by React into a Leaflet control's box.
 */
export function CityCard({ lang, cities, onCity }: { lang: Lang; cities: readonly CityInfo[]; onCity: (id: string) => void }) {
  const map = useMap();
  const zoom = useZoom();
  const narrow = useIsNarrow();
  const [centre, setCentre] = useState(() => map.getCenter());
  useMapEvents({ moveend: () => setCentre(map.getCenter()) });
  const city = useMemo(() => selectCityInView(cities, centre, zoom), [cities, centre, zoom]);
  const [box] = useState(() => {
    const div = DomUtil.create('div', 'leaflet-control city-card');
    DomEvent.disableClickPropagation(div);
    DomEvent.disableScrollPropagation(div);
    return div;
  });
  useEffect(() => {
    const control = new Control({ position: 'topright' });
    control.onAdd = () => box;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, box]);
  useEffect(() => {
    onCity(city ? `${city.place.id}|${lang}|${narrow}` : '');
  }, [city, lang, narrow, onCity]);
  // With no city the box stays empty, and CSS hides an empty card.
  if (!city) return null;
  const t = pickMessages(mapMessages, lang);
  const eventsByDay = city.days.map((day) => ({ day, events: city.events.filter((e) => e.date === day) }));
  return createPortal(
    <div className="city-card__body" data-city={city.place.id}>
      <p className="city-card__title">
        <strong>{pickText(city.place.name, lang)}</strong> <span className="city-card__country">{countryName(city.place.country, lang)}</span>
      </p>
      {/* The same words at every size (a map beside the chart at 1280 px is as narrow as a phone's). */}
      {city.agreements ? (
        <p className="city-card__line">
          {fill(t.agreementsWith, { country: countryName(city.agreements.country, lang) })}
          {punctuation(lang).colon}
          <strong>{formatInteger(city.agreements.total, lang)}</strong>
        </p>
      ) : null}
      {/* Deliberately left out on a narrow map, whose venues the card would cover: the city panels
          under the map list the days. */}
      {city.isHome ? (
        <p className="city-card__line">{t.homeNote}</p>
      ) : city.days.length === 0 ? (
        <p className="city-card__line">{t.noDays}</p>
      ) : narrow ? null : (
        <ul className="city-card__days">
          {eventsByDay.map(({ day, events }) => (
            <li key={day}>
              <span className="city-card__when">{formatDate(day, lang, 'short')}</span>{' '}
              {events.length > 0 ? formatList(events.map((e) => pickText(e.title, lang)), lang) : t.noEventsThatDay}
            </li>
          ))}
        </ul>
      )}
    </div>,
    box,
  );
}
