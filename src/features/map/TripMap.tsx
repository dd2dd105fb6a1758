/**
 * The Leaflet map. <MapContainer> props are fixed after the first render; every
 * reaction to new props lives in a small child that calls useMap(); popups are React children.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { divIcon, type GeoJSON as LeafletGeoJSON, type LatLngBoundsExpression, type LeafletEventHandlerFnMap, type Marker as LeafletMarker, type PathOptions } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { GeoJSON, MapContainer, Marker, Pane, Polyline, Popup, TileLayer, Tooltip, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import type { CountryCode, Place } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { formatDue } from './formatDue';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { countryByCode, missionCountries } from '../../data/mission';
import type { Basemap, BasemapFeature } from './basemapTrim';
import { CityDetails } from './CityDetails';
import type { MapModel } from './cityInfo';
import {
  computeArcArrow,
  computeGreatCircleArc,
  computeLabelSide,
  groupVenuesByPosition,
  positionOf,
  type Bounds,
  type LatLon,
} from './geometry';
import { mapMessages } from './messages';


/** Venues show only at city zoom, where they no longer sit on top of their city's marker. */
export const VENUE_MIN_ZOOM = 9;
const CITY_ZOOM = 11;

export type FlyTarget = { kind: 'city'; position: LatLon } | { kind: 'route' };
export interface FlyRequest {
  target: FlyTarget;
  /** Increases with each press, so pressing the same button twice flies again. */
  seq: number;
}

export interface CountryShade {
  code: CountryCode;
  colour: string;
  total: number;
}

export interface TripMapProps {
  lang: Lang;
  mapModel: MapModel;
  basemap: Basemap | null;
  /** The route with the whole of both trip countries, and the route alone for narrow maps. */
  fit: { wide: Bounds; narrow: Bounds };
  shades: readonly CountryShade[];
  country: CountryCode | null;
  highlighted: ReadonlySet<string>;
  flyRequest: FlyRequest | null;
  returnNote: string | null;
  onCountryActivate: (code: CountryCode) => void;
  tiles: { url: string; attribution: string } | null;
}

const toLeafletBounds = (b: Bounds): LatLngBoundsExpression => [
  [b.south, b.west],
  [b.north, b.east],
];

/** City captions hang to the right of their dots: keep room for home's on the east edge. */
const FIT_OPTIONS = { paddingTopLeft: [12, 12] as [number, number], paddingBottomRight: [84, 12] as [number, number] };
const FIT_OPTIONS_NARROW = { paddingTopLeft: [44, 4] as [number, number], paddingBottomRight: [100, 4] as [number, number] };

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Accessible name, role and resize handling for the map container itself. */
function MapSetup({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-roledescription', 'map');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  useEffect(() => {
    // Leaflet's default prefix is an HTML string with a link and a flag; plain text says the same.
    map.attributionControl?.setPrefix('Leaflet');
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/** Phones get the route alone, so the cities are not specks; wider maps show the trip countries whole. */
const NARROW_MAP = 480;
function fitFor(width: number, fit: TripMapProps['fit']) {
  return width < NARROW_MAP
    ? { bounds: toLeafletBounds(fit.narrow), options: FIT_OPTIONS_NARROW }
    : { bounds: toLeafletBounds(fit.wide), options: FIT_OPTIONS };
}

function FlyController({ request, fit }: { request: FlyRequest | null; fit: TripMapProps['fit'] }) {
  const map = useMap();
  useEffect(() => {
    // First render: MapContainer fitted the wide view; a narrow map refits once to the route alone.
    const { x } = map.getSize();
    if (x < NARROW_MAP) {
      const { bounds, options } = fitFor(x, fit);
      map.fitBounds(bounds, { ...options, animate: false });
    }
    // Only on mount: later fits come from requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    if (!request) return;
    const animate = !prefersReducedMotion();
    if (request.target.kind === 'city') {
      const [lat, lon] = request.target.position;
      if (animate) map.flyTo([lat, lon], CITY_ZOOM, { duration: 1.2 });
      else map.setView([lat, lon], CITY_ZOOM, { animate: false });
    } else {
      const { bounds, options } = fitFor(map.getSize().x, fit);
      if (animate) map.flyToBounds(bounds, { ...options, duration: 1.2 });
      else map.fitBounds(bounds, { ...options, animate: false });
    }
  }, [map, request, fit]);
  return null;
}

function useIsNarrow(): boolean {
  const map = useMap();
  const [narrow, setNarrow] = useState(() => map.getSize().x < NARROW_MAP);
  useMapEvents({ resize: () => setNarrow(map.getSize().x < NARROW_MAP) });
  return narrow;
}

/** Below this zoom a phone-sized map has one city's caption over a neighbour's: see CrowdedMapClass. */
const UNCROWDED_ZOOM = 5;

/**
 * Marks a narrow, zoomed-out map as crowded; CSS then drops the captions of cities the delegation
 * did not visit, whose marker stays, named for assistive tech and with its popup.
 */
function CrowdedMapClass() {
  const map = useMap();
  const narrow = useIsNarrow();
  const zoom = useZoom();
  const crowded = narrow && zoom < UNCROWDED_ZOOM;
  useEffect(() => {
    map.getContainer().classList.toggle('trip-map--crowded', crowded);
  }, [map, crowded]);
  return null;
}

function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  return zoom;
}

const BASE_STYLE: PathOptions = { color: '#9aa5b1', weight: 0.8, fillColor: '#f1efe9', fillOpacity: 1, interactive: false };

const BasemapLayer = memo(function BasemapLayer({ basemap }: { basemap: Basemap }) {
  const others = useMemo<Basemap>(
    () => ({
      ...basemap,
      features: basemap.features.filter((f) => !missionCountries().some((c) => c.isoNumeric === f.id)),
    }),
    [basemap],
  );
  return <GeoJSON data={others} style={BASE_STYLE} interactive={false} attribution="Natural Earth" />;
});

interface TripCountryProps {
  feature: BasemapFeature;
  shade: CountryShade;
  label: string;
  selected: boolean;
  dimmed: boolean;
  onActivate: (code: CountryCode) => void;
}

/** A trip country: shaded by agreements, focusable, Enter or Space sets the filter. */
function TripCountry({ feature, shade, label, selected, dimmed, onActivate }: TripCountryProps) {
  const ref = useRef<LeafletGeoJSON>(null);
  // At city zoom the shading would cover everything in one colour: it fades so venues stand out.
  const cityZoom = useZoom() >= VENUE_MIN_ZOOM;
  const style = useMemo<PathOptions>(
    () => ({
      fillColor: shade.colour,
      fillOpacity: cityZoom ? 0.15 : dimmed ? 0.3 : 0.92,
      color: selected ? '#0b0c0c' : '#0b2545',
      weight: selected ? 3 : 1.4,
      opacity: dimmed ? 0.5 : 1,
    }),
    [shade.colour, selected, dimmed, cityZoom],
  );
  const handlers = useMemo(() => ({ click: () => onActivate(shade.code) }), [onActivate, shade.code]);

  useEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const cleanups: (() => void)[] = [];
    layer.eachLayer((sub) => {
      const el = (sub as unknown as { getElement?: () => Element | undefined }).getElement?.();
      if (!(el instanceof SVGElement)) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', label);
      el.setAttribute('aria-pressed', String(selected));
      el.setAttribute('data-country', shade.code);
      el.classList.add('trip-country');
      const onKey = (event: Event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          onActivate(shade.code);
        }
      };
      el.addEventListener('keydown', onKey);
      cleanups.push(() => el.removeEventListener('keydown', onKey));
    });
    return () => cleanups.forEach((c) => c());
  }, [label, selected, shade.code, onActivate]);

  return (
    <GeoJSON
      ref={ref}
      data={feature}
      style={style}
      eventHandlers={handlers}
    />
  );
}

function arrowIcon(rotation: number, modifier: string) {
  const glyph = document.createElement('span');
  glyph.className = `route-arrow__glyph route-arrow__glyph--${modifier}`;
  glyph.style.transform = `rotate(${rotation.toFixed(1)}deg)`;
  glyph.setAttribute('aria-hidden', 'true');
  return divIcon({ className: 'route-arrow', html: glyph, iconSize: [16, 16], iconAnchor: [8, 8] });
}

interface RouteLineProps {
  from: LatLon;
  to: LatLon;
  label: ReactNode | null;
  /** Where along the arc the label sits (0..1); it goes on the side away from `centre`, or on the line. */
  labelAt: number;
  labelOnLine?: boolean;
  centre: LatLon;
  variant: 'trip' | 'planned';
  legId: string;
}

const ROUTE_STYLE: Record<RouteLineProps['variant'], PathOptions> = {
  trip: { color: '#b3261e', weight: 3, opacity: 1 },
  planned: { color: '#8a4600', weight: 2.5, opacity: 1, dashArray: '7 7' },
};
const CASING: PathOptions = { color: '#ffffff', weight: 6.5, opacity: 0.9 };

const ANCHOR_ICON = divIcon({ className: 'leg-anchor', iconSize: [0, 0] });
// One object for every leg label, so re-renders do not re-bind the handler.
const DECORATIVE_TOOLTIP: LeafletEventHandlerFnMap = { add: (event) => event.target.getElement()?.setAttribute('aria-hidden', 'true') };

/** One leg: a great-circle arc on a white casing, an arrowhead, and a label with its date. */
function RouteLine({ from, to, label, labelAt, labelOnLine = false, centre, variant, legId }: RouteLineProps) {
  const arc = useMemo(() => computeGreatCircleArc(from, to), [from, to]);
  const positions = useMemo(() => arc.map(([lat, lon]) => [lat, lon] as [number, number]), [arc]);
  const arrow = useMemo(() => computeArcArrow(arc, 0.6), [arc]);
  const labelPlace = useMemo(() => computeLabelSide(arc, labelAt, centre), [arc, labelAt, centre]);
  const icon = useMemo(() => arrowIcon(arrow.rotation, variant), [arrow.rotation, variant]);
  return (
    <>
      {/* className and interactive only take effect as constructor options, not through pathOptions. */}
      <Polyline positions={positions} pathOptions={{ ...CASING, dashArray: ROUTE_STYLE[variant].dashArray }} interactive={false} />
      <Polyline
        positions={positions}
        pathOptions={ROUTE_STYLE[variant]}
        interactive={false}
        className={`route-line route-line--${variant} leg-${legId}`}
      />
      <Marker position={[arrow.position[0], arrow.position[1]]} icon={icon} interactive={false} keyboard={false} />
      {label === null ? null : <Marker position={[labelPlace.position[0], labelPlace.position[1]]} icon={ANCHOR_ICON} interactive={false} keyboard={false}>
        <Tooltip
          permanent
          // The leg labels repeat what the itinerary list says; marked decorative so assistive tech
          // does not meet a tooltip without an owner (and axe's aria-tooltip-name stays quiet).
          eventHandlers={DECORATIVE_TOOLTIP}
          direction={labelOnLine ? 'center' : labelPlace.side}
          offset={labelOnLine ? [0, 0] : LABEL_OFFSET[labelPlace.side]}
          className={`leg-label leg-label--${variant}`}
        >
          {label}
        </Tooltip>
      </Marker>}
    </>
  );
}

const LABEL_OFFSET: Record<'top' | 'bottom' | 'left' | 'right', [number, number]> = {
  top: [0, -6],
  bottom: [0, 6],
  left: [-6, 0],
  right: [6, 0],
};

interface AccessibleMarkerProps {
  place: Place;
  position: LatLon;
  label: string;
  iconClass: string;
  iconSize: number;
  /** Text drawn next to the marker, or null for none. */
  caption: string | null;
  state: { highlighted: boolean; dimmed: boolean };
  children: ReactNode;
}

/**
 * A marker that is a keyboard button named in the current language. Leaflet opens the popup on
 * Enter; Space does the same here. Focus moves into the popup and back to the marker on close.
 */
function AccessibleMarker({ place, position, label, iconClass, iconSize, caption, state, children }: AccessibleMarkerProps) {
  const ref = useRef<LeafletMarker>(null);
  const openedByKeyboard = useRef(false);
  // The same array while the place stays put: every filter change re-renders the city markers, and
  // react-leaflet moves a marker whenever `position` is a new array.
  const [lat, lon] = position;
  const latLng = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const icon = useMemo(() => {
    // The visible dot keeps its size; the target around it is at least 24 px (WCAG 2.2 target size).
    // Sizes go through element.style (CSSOM), which the CSP allows, not a style attribute.
    const dot = document.createElement('span');
    dot.className = 'map-marker__dot';
    dot.style.width = `${iconSize}px`;
    dot.style.height = `${iconSize}px`;
    if (caption) {
      const captionEl = document.createElement('span');
      captionEl.className = 'map-marker__caption';
      captionEl.textContent = caption;
      dot.append(captionEl);
    }
    const target = Math.max(24, iconSize);
    return divIcon({
      className: `map-marker ${iconClass}`,
      html: dot,
      iconSize: [target, target],
      iconAnchor: [target / 2, target / 2],
      popupAnchor: [0, -iconSize / 2],
    });
  }, [caption, iconClass, iconSize]);

  useEffect(() => {
    const marker = ref.current;
    const el = marker?.getElement();
    if (!marker || !el) return;
    el.setAttribute('aria-label', label);
    el.title = label;
    el.dataset.place = place.id;
    el.dataset.highlighted = String(state.highlighted);
    el.classList.toggle('is-highlighted', state.highlighted);
    el.classList.toggle('is-dimmed', state.dimmed);
    if (state.highlighted) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        openedByKeyboard.current = true;
        if (event.key === ' ') {
          event.preventDefault();
          marker.openPopup();
        }
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [icon, label, place.id, state.highlighted, state.dimmed]);

  const handlers = useMemo(
    () => ({
      popupopen: () => {
        if (!openedByKeyboard.current) return;
        // The popup's React content renders on the next frame.
        // preventScroll: focusing inside Leaflet's overflow-hidden container would otherwise scroll it
        // and leave the map drawn off-centre.
        requestAnimationFrame(() =>
          ref.current?.getPopup()?.getElement()?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true }),
        );
      },
      popupclose: () => {
        if (openedByKeyboard.current) ref.current?.getElement()?.focus({ preventScroll: true });
        openedByKeyboard.current = false;
      },
      click: () => {
        openedByKeyboard.current = false;
      },
    }),
    [],
  );

  return (
    <Marker ref={ref} position={latLng} icon={icon} eventHandlers={handlers} keyboard title={label} riseOnHover>
      {children}
    </Marker>
  );
}

/** Popup content: Escape closes it from anywhere inside (Leaflet listens only while the map has focus). */
function PopupBody({ closeLabel, children }: { closeLabel: string; children: ReactNode }) {
  const map = useMap();
  return (
    // A key listener for the content, not a control: the buttons inside stay the controls.
    <div
      className="map-popup"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          map.closePopup();
        }
      }}
    >
      {children}
      <button type="button" className="map-popup__close" onClick={() => map.closePopup()}>
        {closeLabel}
      </button>
    </div>
  );
}

function VenueMarkers({ lang, venues, highlighted }: { lang: Lang; venues: readonly Place[]; highlighted: ReadonlySet<string> }) {
  const zoom = useZoom();
  const groups = useMemo(() => groupVenuesByPosition(venues), [venues]);
  const byId = useMemo(() => new Map(venues.map((v) => [v.id, v])), [venues]);
  if (zoom < VENUE_MIN_ZOOM) return null;
  const t = pickMessages(mapMessages, lang);
  return (
    <>
      {groups.map((group) => {
        const places = group.venueIds.map((id) => byId.get(id)!).filter(Boolean);
        const first = places[0]!;
        const names = places.map((p) => pickText(p.name, lang)).join(lang === 'en' ? '; ' : '；');
        return (
          <AccessibleMarker
            key={group.key}
            place={first}
            position={group.position}
            label={fill(t.venueLabel, { name: names })}
            iconClass="venue-marker"
            iconSize={14}
            caption={null}
            state={{ highlighted: group.venueIds.some((id) => highlighted.has(id)), dimmed: false }}
          >
            <Tooltip direction="top" offset={[0, -8]}>
              {names}
            </Tooltip>
            <Popup maxWidth={280} closeButton={false}>
              <PopupBody closeLabel={t.close}>
                {places.map((p) => (
                  <div key={p.id} className="venue-details">
                    <h3 className="city-details__title" tabIndex={-1}>
                      {pickText(p.name, lang)}
                    </h3>
                    <p className="city-details__line">{pickText(p.description, lang)}</p>
                  </div>
                ))}
              </PopupBody>
            </Popup>
          </AccessibleMarker>
        );
      })}
    </>
  );
}

interface RouteLegsProps {
  lang: Lang;
  mapModel: MapModel;
  placeById: ReadonlyMap<string, Place>;
  centre: LatLon;
}

/** The trip's legs; on a narrow map the labels shrink to the date (the arrow shows the city). */
// Memoised: the legs do not depend on the filter, and re-rendering them moved every leg's markers
// and tooltips (react-leaflet moves a marker whenever `position` is a new array): about 3 ms a click.
const RouteLegs = memo(function RouteLegs({ lang, mapModel, placeById, centre }: RouteLegsProps) {
  const narrow = useIsNarrow();
  const t = pickMessages(mapMessages, lang);
  const planned = mapModel.plannedFlight;
  return (
    <>
      {planned ? (
        <RouteLine
          legId="planned"
          variant="planned"
          from={positionOf(planned.from)}
          to={positionOf(planned.to)}
          // Between the outbound and return legs, which label their outer sides.
          labelAt={0.5}
          labelOnLine
          centre={centre}
          label={narrow ? null : fill(t.plannedFlightFrom, { due: formatDue(planned.milestone, lang) })}
        />
      ) : null}
      {mapModel.legs.map((leg) => {
        const from = placeById.get(leg.from);
        const to = placeById.get(leg.to);
        if (!from || !to) return null;
        const date = leg.date ? formatDate(leg.date, lang, 'short') : null;
        // A narrow map keeps only the dates; the legend and the popups say the rest.
        const label = date ? (narrow ? date : fill(t.legTo, { city: pickText(to.name, lang), date })) : narrow ? null : fill(t.returnLeg, { home: pickText(mapModel.home.name, lang) });
        return (
          <RouteLine
            key={leg.id}
            legId={leg.id}
            variant="trip"
            from={positionOf(from)}
            to={positionOf(to)}
            label={label}
            labelAt={narrow ? 0.3 : 0.45}
            centre={centre}
          />
        );
      })}
    </>
  );
});

export default function TripMap(props: TripMapProps) {
  const { lang, mapModel, basemap, fit, shades, country, highlighted, flyRequest, returnNote, onCountryActivate, tiles } = props;
  const t = pickMessages(mapMessages, lang);
  // Popups are created once: a phone-sized map (360 px high) gets shorter, scrolling popups.
  const [popupMaxHeight] = useState(() => (window.matchMedia?.('(max-width: 640px)').matches ? 190 : 300));
  // Fixed after the first render (habit 7): later changes go through FlyController.
  const [initialBounds] = useState(() => toLeafletBounds(fit.wide));
  const centre = useMemo<LatLon>(() => [(fit.narrow.south + fit.narrow.north) / 2, (fit.narrow.west + fit.narrow.east) / 2], [fit]);
  const placeById = useMemo(() => new Map(mapModel.cities.map((c) => [c.place.id, c.place])), [mapModel]);
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
      bounds={initialBounds}
      boundsOptions={FIT_OPTIONS}
      zoomSnap={0.25}
      zoomDelta={0.5}
      minZoom={2}
      maxZoom={14}
      scrollWheelZoom={false}
      // Bottom left: a popup opening near the top of a small map is not covered by the buttons.
      zoomControl={false}
      worldCopyJump={false}
    >
      <MapSetup label={t.mapLabel} />
      <CrowdedMapClass />
      <ZoomControl position="bottomleft" />
      <FlyController request={flyRequest} fit={fit} />
      {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <Pane name="basemap" style={{ zIndex: 350 }}>
        {basemap && !tiles ? <BasemapLayer basemap={basemap} /> : null}
      </Pane>
      <Pane name="trip-countries" style={{ zIndex: 360 }}>
        {tripFeatures.map(({ shade, feature }) => (
          <TripCountry
            key={shade.code}
            feature={feature}
            shade={shade}
            label={fill(t.countryShape, { country: countryName(shade.code, lang), count: shade.total })}
            selected={country === shade.code}
            dimmed={country !== null && country !== shade.code}
            onActivate={onCountryActivate}
          />
        ))}
      </Pane>
      <RouteLegs lang={lang} mapModel={mapModel} placeById={placeById} centre={centre} />
      {mapModel.cities.map((info) => {
        const { place } = info;
        const emphasised = info.days.length > 0;
        const name = pickText(place.name, lang);
        return (
          <AccessibleMarker
            key={place.id}
            place={place}
            position={positionOf(place)}
            label={name}
            caption={name}
            iconClass={`city-marker ${emphasised ? 'city-marker--stop' : 'city-marker--other'} ${place.id === mapModel.home.id ? ' city-marker--home' : ''}`}
            iconSize={emphasised ? 20 : 13}
            state={{
              highlighted: highlighted.has(place.id),
              dimmed: country !== null && place.id !== mapModel.home.id && place.country !== country,
            }}
          >
            <Popup maxWidth={300} minWidth={220} maxHeight={popupMaxHeight} closeButton={false} autoPanPadding={[8, 8]}>
              <PopupBody closeLabel={t.close}>
                <CityDetails info={info} lang={lang} returnNote={place.id === mapModel.home.id ? returnNote : null} />
              </PopupBody>
            </Popup>
          </AccessibleMarker>
        );
      })}
      <VenueMarkers lang={lang} venues={mapModel.venues} highlighted={highlighted} />
    </MapContainer>
  );
}
