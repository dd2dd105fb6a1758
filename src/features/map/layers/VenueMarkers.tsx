import { useMemo } from 'react';
import { Popup, Tooltip } from 'react-leaflet';
import type { Place } from '../../../data/schema';
import { fill, pickMessages, pickText, type Lang } from '../../../i18n/lang';
import { VENUE_MIN_ZOOM } from '../fitting';
import { groupVenuesByPosition } from '../geometry';
import { useZoom } from '../hooks/useZoom';
import { mapMessages } from '../messages';
import { AccessibleMarker } from './AccessibleMarker';
import { PopupBody } from './PopupBody';

/** The venues of every city, shown at city zoom; venues at one address share a marker. */
export function VenueMarkers({ lang, venues, highlighted }: { lang: Lang; venues: readonly Place[]; highlighted: ReadonlySet<string> }) {
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
