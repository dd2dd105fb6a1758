import { memo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Basemap } from '../../../data/basemap';
import { BASE_STYLE } from '../mapStyles';

/**
 * Every country, pale and inert. The trip countries are drawn again over it by TripCountry, cut to
 * the visible map: while a drag or a popup's pan shows more of them, this layer's land fills in.
 */
export const BasemapLayer = memo(function BasemapLayer({ basemap }: { basemap: Basemap }) {
  return <GeoJSON data={basemap} style={BASE_STYLE} interactive={false} attribution="Natural Earth" />;
});
