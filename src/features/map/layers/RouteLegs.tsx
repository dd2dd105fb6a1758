import { memo, useMemo } from 'react';
import type { Place } from '../../../data/schema';
import { pickMessages, pickText, type Lang } from '../../../i18n/lang';
import type { MapModel } from '../cityInfo';
import { legLabelAt, plannedLegLabel, PLANNED_LABEL_AT, tripLegLabel } from '../../../components/mapPicture/legWords';
import { positionOf, type LatLon } from '../../../components/mapPicture/geometry';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { useLegLabelSpots } from '../hooks/useLegLabelSpots';
import { mapMessages } from '../messages';
import { RouteLine } from './RouteLine';

interface RouteLegsProps {
  lang: Lang;
  mapModel: MapModel;
  placeById: ReadonlyMap<string, Place>;
  centre: LatLon;
}

/** The trip's legs; on a narrow map the labels shrink to the date (the arrow shows the city). */
// Memoised: the legs do not depend on the filter, and re-rendering them moved every leg's markers
// and tooltips (react-leaflet moves a marker whenever `position` is a new array): about 3 ms a click.
export const RouteLegs = memo(function RouteLegs({ lang, mapModel, placeById, centre }: RouteLegsProps) {
  const narrow = useIsNarrow();
  const t = pickMessages(mapMessages, lang);
  const planned = mapModel.plannedFlight;
  const labelAt = legLabelAt(narrow);
  const legEnds = useMemo(
    () =>
      mapModel.legs.flatMap((leg) => {
        const from = placeById.get(leg.from);
        const to = placeById.get(leg.to);
        return from && to ? [{ id: leg.id, from: positionOf(from), to: positionOf(to), at: labelAt }] : [];
      }),
    [mapModel, placeById, labelAt],
  );
  // Moved along its leg, or to its other side, where a city's caption or another label is in the way.
  const spots = useLegLabelSpots(legEnds, centre, `${lang}|${narrow}`);
  return (
    <>
      {planned ? (
        <RouteLine
          legId="planned"
          variant="planned"
          from={positionOf(planned.from)}
          to={positionOf(planned.to)}
          // Between the outbound and return legs, which label their outer sides.
          labelAt={PLANNED_LABEL_AT}
          labelOnLine
          centre={centre}
          label={plannedLegLabel(planned.milestone, t, lang, narrow)}
        />
      ) : null}
      {mapModel.legs.map((leg) => {
        const from = placeById.get(leg.from);
        const to = placeById.get(leg.to);
        if (!from || !to) return null;
        // A narrow map keeps only the dates; the legend and the popups say the rest.
        const label = tripLegLabel({ date: leg.date, toName: pickText(to.name, lang), homeName: pickText(mapModel.home.name, lang) }, t, lang, narrow);
        return (
          <RouteLine
            key={leg.id}
            legId={leg.id}
            variant="trip"
            from={positionOf(from)}
            to={positionOf(to)}
            label={spots.get(leg.id)?.hidden ? null : label}
            labelAt={spots.get(leg.id)?.at ?? labelAt}
            labelFlipped={spots.get(leg.id)?.flipped ?? false}
            labelGap={spots.get(leg.id)?.gap}
            centre={centre}
          />
        );
      })}
    </>
  );
});
