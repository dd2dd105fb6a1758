import { useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { Place, TripEvent } from '../../../data/schema';
import { formatList } from '../../../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../../../i18n/lang';
import { VENUE_MIN_ZOOM } from '../../../components/mapPicture/frame';
import { groupVenuesByPosition, type LatLon, type VenueGroup } from '../../../components/mapPicture/geometry';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { usePopupLimits } from '../hooks/usePopupLimits';
import { useZoom } from '../hooks/useZoom';
import { computeMarkerClusters } from '../../../components/mapPicture/labels';
import { mapMessages } from '../messages';
import { AccessibleMarker } from './AccessibleMarker';
import { PopupBody } from './PopupBody';
import { VenueLabels } from './VenueLabels';

interface VenueMarkersProps {
  lang: Lang;
  venues: readonly Place[];
  eventsByVenue: ReadonlyMap<string, TripEvent[]>;
  highlighted: ReadonlySet<string>;
  layoutKey: string;
  /** The city markers, whose targets no venue's may overlap. */
  cities: readonly LatLon[];
}

const ICON_SIZE = 14;

/**
 * The venues of every city, shown at city zoom with their names. Venues whose targets would overlap
 * at this zoom (one address, or a few hundred metres apart) share a marker that lists them all.
 */
export function VenueMarkers({ lang, venues, eventsByVenue, highlighted, layoutKey, cities }: VenueMarkersProps) {
  const map = useMap();
  const zoom = useZoom();
  const narrow = useIsNarrow();
  const limits = usePopupLimits();
  const target = Math.max(narrow ? 44 : 24, ICON_SIZE);
  const byPosition = useMemo(() => groupVenuesByPosition(venues), [venues]);
  const groups = useMemo<VenueGroup[]>(() => {
    if (zoom < VENUE_MIN_ZOOM) return [];
    const project = ([lat, lon]: LatLon) => map.project([lat, lon], zoom);
    const points = byPosition.map((g) => ({ id: g.key, ...project(g.position) }));
    const fixed = cities.map(project);
    // Two pixels apart at least, so two neighbouring targets read as two.
    const clusters = computeMarkerClusters(points, { size: target, gap: 2, fixed });
    const groupByKey = new Map(byPosition.map((g) => [g.key, g]));
    return clusters.map((c) => {
      const venueIds = c.ids.flatMap((key) => groupByKey.get(key)!.venueIds);
      const { lat, lng } = map.unproject([c.x, c.y], zoom);
      return { key: venueIds.join('+'), position: [lat, lng], venueIds };
    });
  }, [byPosition, cities, map, target, zoom]);
  const byId = useMemo(() => new Map(venues.map((v) => [v.id, v])), [venues]);
  if (zoom < VENUE_MIN_ZOOM) return null;
  const t = pickMessages(mapMessages, lang);
  return (
    <>
      <VenueLabels lang={lang} groups={groups} venueById={byId} eventsByVenue={eventsByVenue} layoutKey={layoutKey} />
      {groups.map((group) => {
        const places = group.venueIds.map((id) => byId.get(id)!).filter(Boolean);
        const first = places[0]!;
        const names = formatList(
          places.map((p) => pickText(p.name, lang)),
          lang,
        );
        return (
          <AccessibleMarker
            key={group.key}
            place={first}
            position={group.position}
            label={fill(t.venueLabel, { name: names })}
            iconClass="venue-marker"
            iconSize={ICON_SIZE}
            minTarget={target}
            caption={null}
            state={{ highlighted: group.venueIds.some((id) => highlighted.has(id)), dimmed: false }}
          >
            <Popup {...limits} closeButton={false}>
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
