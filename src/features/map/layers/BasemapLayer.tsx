import type { PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { missionCountries } from '../../../data/mission';
import type { Basemap } from '../basemapTrim';

const BASE_STYLE: PathOptions = { color: '#9aa5b1', weight: 0.8, fillColor: '#f1efe9', fillOpacity: 1, interactive: false };

/** The neighbouring countries, pale and inert; the trip countries are drawn by TripCountry. */
export const BasemapLayer = memo(function BasemapLayer({ basemap }: { basemap: Basemap }) {
  const others = useMemo<Basemap>(
    () => ({
      ...basemap,
      features: basemap.features.filter((f) => !missionCountries().some((c) => c.isoNumeric === f.id)),
    }),
    [basemap],
  );
  return <GeoJSON data={others} style={BASE_STYLE} interactive={false} attribution="Natural Earth" />;
});
