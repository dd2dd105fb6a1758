import { useMemo } from 'react';
import { Popup } from 'react-leaflet';
import type { Place, TripEvent } from '../../../data/schema';
import { formatList } from '../../../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../../../i18n/lang';
import { VENUE_MIN_ZOOM } from '../fitting';
import { groupVenuesByPosition } from '../geometry';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { usePopupLimits } from '../hooks/usePopupLimits';
import { useZoom } from '../hooks/useZoom';
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
}

/** The venues of every city, shown at city zoom with their names; venues at one address share a marker. */
export function VenueMarkers({ lang, venues, eventsByVenue, highlighted, layoutKey }: VenueMarkersProps) {
  const zoom = useZoom();
  const narrow = useIsNarrow();
  const limits = usePopupLimits();
  const groups = useMemo(() => groupVenuesByPosition(venues), [venues]);
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
            iconSize={14}
            minTarget={narrow ? 44 : 24}
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
