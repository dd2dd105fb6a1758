import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { CountryCode } from '../../data/schema';
import { SourceNote } from '../../components/SourceNote';
import { fill, pickMessages, pickText } from '../../i18n/lang';
import { toggleCountry, useAppStore, useTripModel } from '../../store/appStore';
import { buildMapModel, selectHighlightedPlaces, type CityInfo } from './cityInfo';
import { CityDetails } from './CityDetails';
import { CityPanels } from './CityPanels';
import { positionOf } from '../../components/mapPicture/geometry';
import { basemapShift, computeMapFit } from '../../components/mapPicture/frame';
import { formatDue } from '../../components/mapPicture/legWords';
import { MapLegend } from './MapLegend';
import { MapPoster, type MapPictureProps } from './MapPoster';
import { PrintMap } from './PrintMap';
import { mapMessages } from './messages';
import { computeCountryShades, computeLegendStops } from '../../components/mapPicture/shading';
import { missionCountries } from '../../data/mission';
import type { FlyRequest } from './mapTypes';
import { configuredTiles, useBasemap } from './useBasemap';
import './map.css';
import './map-variants.css';
import { useViewVariant } from '../../components/viewVariant';
import { usePrinting } from '../../components/usePrinting';

// Leaflet and its CSS load with this chunk only when the map is shown (jsdom tests can skip it).
const TripMap = lazy(() => import('./TripMap'));

const TILES = configuredTiles();

/**
 * Whether the dashboard shows the live map yet. On the page it waits for the reader to turn to the
 * map (MapPoster shows its first view until then) or to scroll: a page opened and only read loads no
 * Leaflet. Embeds do the same. Slides show the live map at once; a page printed before its map was
 * used prints the drawing (the same first view, without the leg labels).
 */
function useLiveMap(atOnce: boolean) {
  const [live, setLive] = useState(() => atOnce || window.scrollY > 0);
  useEffect(() => {
    if (live) return;
    const goLive = () => setLive(true);
    window.addEventListener('scroll', goLive, { once: true, passive: true });
    return () => window.removeEventListener('scroll', goLive);
  }, [live]);
  return [live, setLive] as const;
}

/** The map region: reads the store, derives small props, and hands them to the map and the text list. */
export default function MapView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const day = useAppStore((s) => s.day);
  const outcome = useAppStore((s) => s.outcome);
  const basemap = useBasemap();
  const [flyRequest, setFlyRequest] = useState<FlyRequest | null>(null);
  const t = pickMessages(mapMessages, lang);

  const mapModel = useMemo(() => buildMapModel(model), [model]);
  const fit = useMemo(() => {
    const cities = mapModel.cities.map((c) => positionOf(c.place));
    const legs = mapModel.legs.flatMap((leg) => {
      const from = mapModel.cityById.get(leg.from);
      const to = mapModel.cityById.get(leg.to);
      return from && to ? [{ from: positionOf(from.place), to: positionOf(to.place) }] : [];
    });
    // The whole of the trip countries is in view too: their shading is part of the story.
    const ready = basemap.status === 'ready' ? basemap.basemap : null;
    const countries = ready
      ? ready.features.filter((f) => f.properties.detail !== 'world' && missionCountries().some((c) => c.isoNumeric === f.id)).map((f) => f.geometry.coordinates)
      : [];
    return computeMapFit(cities, legs, countries, ready ? basemapShift(ready, mapModel.centreLon) : 0);
  }, [mapModel, basemap]);
  const { shades, stops } = useMemo(() => {
    const { shades, scale } = computeCountryShades(model.dataset.derived.agreementTotals.byCountry);
    return { shades, stops: computeLegendStops(scale) };
  }, [model]);
  const highlighted = useMemo(() => selectHighlightedPlaces(model, day, outcome), [model, day, outcome]);
  const returnNote = useMemo(() => {
    const note = model.notesByItem.get(mapModel.home.id)?.[0];
    return note ? pickText(note.used, lang) : null;
  }, [model, mapModel, lang]);
  const onCountryActivate = useCallback((code: CountryCode) => toggleCountry(code), []);
  const variant = useViewVariant();
  const printing = usePrinting();
  // A raster tile layer cannot be drawn ahead: with one configured the live map shows at once.
  const [live, setLive] = useLiveMap(variant !== 'page' || TILES !== null);
  // A reader who tabbed to the poster carries on in the live map: it takes the focus when it is in.
  const [focusWhenLive, setFocusWhenLive] = useState(false);
  const openMap = useCallback(
    (how: 'focus' | 'pointer') => {
      if (how === 'focus') setFocusWhenLive(true);
      setLive(true);
    },
    [setLive],
  );
  const stopsToFly = mapModel.cities.filter((c) => c.days.length > 0);
  const flyToCity = useCallback(
    (c: CityInfo) => {
      setLive(true);
      setFlyRequest((r) => ({ target: { kind: 'city', position: positionOf(c.place), venues: c.venues.map(positionOf) }, seq: (r?.seq ?? 0) + 1 }));
    },
    [setLive],
  );
  const cites = useMemo(
    () => [
      ...model.dataset.agreementCounts.flatMap((c) => c.cite),
      ...(mapModel.plannedFlight?.milestone.cite ?? []),
    ],
    [model, mapModel],
  );

  const picture: MapPictureProps = {
    lang,
    mapModel,
    basemap: basemap.status === 'ready' ? basemap.basemap : null,
    fit,
    shades,
    country,
    highlighted,
  };
  const poster = <MapPoster {...picture} openLabel={t.openMap} onOpen={openMap} />;

  return (
    <div className="map-view" data-variant={variant}>
      <div className="map-toolbar" role="group" aria-label={t.mapControls}>
        {stopsToFly.map((c) => (
          // Buttons, not content: a picture of the slide leaves them out (data-export, renderNodePng)
          // and keeps their row, so the map stays where the slide shows it.
          <button key={c.place.id} type="button" className="button" data-export="skip" onClick={() => flyToCity(c)}>
            {fill(t.flyTo, { city: pickText(c.place.name, lang) })}
          </button>
        ))}
        <button
          type="button"
          className="button"
          data-export="skip"
          onClick={() => {
            setLive(true);
            setFlyRequest((r) => ({ target: { kind: 'route' }, seq: (r?.seq ?? 0) + 1 }));
          }}
        >
          {t.showRoute}
        </button>
      </div>
      <div className="map-frame">
        {basemap.status === 'loading' ? (
          // The map waits for the country shapes (a small local file) so its first view can fit them.
          <div className="trip-map trip-map--loading" />
        ) : live ? (
          // The poster stays until Leaflet is in, so nothing blanks while it loads.
          <Suspense fallback={poster}>
            <TripMap
              {...picture}
              flyRequest={flyRequest}
              returnNote={returnNote}
              onCountryActivate={onCountryActivate}
              tiles={TILES}
              focusOnReady={focusWhenLive}
            />
          </Suspense>
        ) : (
          poster
        )}
      </div>
      {/* Paper gets its own drawing, fitted to the printed box; the live map keeps the reader's view for after. */}
      {printing && variant === 'page' ? <PrintMap {...picture} legWords={t} /> : null}
      {basemap.status === 'error' ? (
        <p className="map-view__warning" role="status">
          {t.basemapFailed}
        </p>
      ) : null}
      <MapLegend
        lang={lang}
        stops={stops}
        shades={shades}
        plannedFlight={
          mapModel.plannedFlight
            ? fill(t.plannedRoute, {
                from: pickText(mapModel.plannedFlight.from.name, lang),
                to: pickText(mapModel.plannedFlight.to.name, lang),
                due: formatDue(mapModel.plannedFlight.milestone, lang),
              })
            : null
        }
      />
      {/* A slide shows the route alone: the city panels are the page's close-up. */}
      {variant === 'slide' ? null : <CityPanels lang={lang} cities={mapModel.cities} highlighted={highlighted} onShowOnMap={flyToCity} />}
      <details className="map-itinerary">
        <summary>{t.itinerary}</summary>
        <ul className="map-itinerary__list">
          {mapModel.cities.map((info) => (
            <li key={info.place.id} data-highlighted={highlighted.has(info.place.id) || undefined}>
              <CityDetails info={info} lang={lang} returnNote={info.place.id === mapModel.home.id ? returnNote : null} />
            </li>
          ))}
        </ul>
      </details>
      <SourceNote model={model} cites={cites} lang={lang} />
    </div>
  );
}
