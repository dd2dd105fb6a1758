import { latLng } from 'leaflet';
import { memo, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Basemap } from '../../../data/basemap';
import { BASE_STYLE } from '../../../components/mapPicture/paint';

/** Leaflet reads GeoJSON [lon, lat] with the base map's shapes moved `shift` degrees to meet the places. */
export function shiftedCoords(shift: number) {
  return (coords: [number, number] | [number, number, number]) => latLng(coords[1], coords[0] + shift);
}

/**
 * Every country, pale and inert. The trip countries are drawn again over it by TripCountry, cut to
 * the visible map: while a drag or a popup's pan shows more of them, this layer's land fills in.
 */
export const BasemapLayer = memo(function BasemapLayer({ basemap, shift }: { basemap: Basemap; shift: number }) {
  const coordsToLatLng = useMemo(() => shiftedCoords(shift), [shift]);
  return <GeoJSON data={basemap} style={BASE_STYLE} interactive={false} attribution="Natural Earth" {...{ coordsToLatLng }} />;
});
