/**
 * The Leaflet map, composed of one-concern parts: controls/ react to props through useMap(),
 * layers/ draw; <MapContainer> props are fixed after the first render; popups are React children.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useMemo, useState } from 'react';
import { MapContainer, Pane, TileLayer } from 'react-leaflet';
import type { CountryCode } from '../../data/schema';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages } from '../../i18n/lang';
import { countryByCode } from '../../data/mission';
import type { BasemapFeature } from '../../data/basemap';
import { BasemapExtent } from './controls/BasemapExtent';
import { CityCard } from './controls/CityCard';
import { ScaleBar } from './controls/ScaleBar';
import { CrowdedMapClass } from './controls/CrowdedMapClass';
import { FlyController } from './controls/FlyController';
import { MapSetup } from './controls/MapSetup';
import { ZoomButtons } from './controls/ZoomButtons';
import { leafletFit } from './fitting';
import { basemapShift, MAP_ZOOM_DELTA, MAP_ZOOM_LIMITS, routeCentre } from '../../components/mapPicture/frame';
import { positionOf, type LatLon } from '../../components/mapPicture/geometry';
import { CityMarkers } from './layers/CityMarkers';
import { BasemapLayer } from './layers/BasemapLayer';
import { RouteLegs } from './layers/RouteLegs';
import { TripCountry } from './layers/TripCountry';
import { VenueMarkers } from './layers/VenueMarkers';
import type { CountryShade, FlyRequest } from './mapTypes';
import type { MapPictureProps } from './MapPoster';
import { mapMessages } from './messages';

export type { CountryShade, FlyRequest, FlyTarget } from './mapTypes';

export interface TripMapProps extends MapPictureProps {
  flyRequest: FlyRequest | null;
  returnNote: string | null;
  onCountryActivate: (code: CountryCode) => void;
  tiles: { url: string; attribution: string } | null;
  /** Take the keyboard focus on opening (the reader tabbed to the poster it replaces). */
  focusOnReady?: boolean;
}

export default function TripMap(props: TripMapProps) {
  const { lang, mapModel, basemap, fit, shades, country, highlighted, flyRequest, returnNote, onCountryActivate, tiles, focusOnReady = false } = props;
  const t = pickMessages(mapMessages, lang);
  // Changes when the city card changes, so the venue labels are laid out around it again.
  const [cardKey, setCardKey] = useState('');
  // Fixed after the first render (habit 7): later changes go through FlyController.
  const [initial] = useState(() => leafletFit(Infinity, fit));
  const centre = useMemo<LatLon>(() => routeCentre(fit), [fit]);
  const shift = basemap ? basemapShift(basemap, mapModel.centreLon) : 0;
  const placeById = useMemo(() => new Map(mapModel.cities.map((c) => [c.place.id, c.place])), [mapModel]);
  const cityPositions = useMemo(() => mapModel.cities.map((c) => positionOf(c.place)), [mapModel]);
  const tripFeatures = useMemo(
    () =>
      shades
        .map((shade) => ({ shade, feature: basemap?.features.find((f) => f.id === countryByCode(shade.code)?.isoNumeric) }))
        .filter((x): x is { shade: CountryShade; feature: BasemapFeature } => !!x.feature),
    [basemap, shades],
  );

  return (
    <MapContainer
      className="trip-map"
      bounds={initial.bounds}
      boundsOptions={initial.options}
      zoomSnap={MAP_ZOOM_LIMITS.snap}
      zoomDelta={MAP_ZOOM_DELTA}
      minZoom={MAP_ZOOM_LIMITS.min}
      maxZoom={MAP_ZOOM_LIMITS.max}
      scrollWheelZoom={false}
      // Bottom left: a popup opening near the top of a small map is not covered by the buttons.
      zoomControl={false}
      worldCopyJump={false}
      // Panning stops hard at the base map's box (BasemapExtent sets the box).
      maxBoundsViscosity={1}
    >
      <MapSetup label={t.mapLabel} attributionPrefix={t.attributionPrefix} focusOnReady={focusOnReady} />
      <CrowdedMapClass />
      {basemap ? <BasemapExtent basemap={basemap} centreLon={mapModel.centreLon} /> : null}
      <ZoomButtons zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
      <ScaleBar lang={lang} label={t.scale} />
      <FlyController request={flyRequest} fit={fit} />
      {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <Pane name="basemap" style={{ zIndex: 350 }}>
        {basemap && !tiles ? <BasemapLayer basemap={basemap} shift={shift} /> : null}
      </Pane>
      <Pane name="trip-countries" style={{ zIndex: 360 }}>
        {tripFeatures.map(({ shade, feature }) => (
          <TripCountry
            key={shade.code}
            feature={feature}
            shift={shift}
            shade={shade}
            label={fill(t.countryShape, { country: countryName(shade.code, lang), count: shade.total })}
            selected={country === shade.code}
            dimmed={country !== null && country !== shade.code}
            onActivate={onCountryActivate}
            pane="trip-countries"
          />
        ))}
      </Pane>
      <RouteLegs lang={lang} mapModel={mapModel} placeById={placeById} centre={centre} />
      <CityMarkers lang={lang} mapModel={mapModel} country={country} highlighted={highlighted} returnNote={returnNote} />
      <CityCard lang={lang} cities={mapModel.cities} onCity={setCardKey} />
      <VenueMarkers lang={lang} venues={mapModel.venues} eventsByVenue={mapModel.eventsByVenue} highlighted={highlighted} layoutKey={cardKey} cities={cityPositions} />
    </MapContainer>
  );
}
