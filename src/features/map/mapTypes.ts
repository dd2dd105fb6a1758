/** The plain values the map's parts pass around: ids, coordinates and colours, never Leaflet objects. */
import type { CountryCode } from '../../data/schema';
import type { CountryShade as SharedCountryShade } from '../../components/mapPicture/shading';
import type { LatLon } from '../../components/mapPicture/geometry';

/** A city with its venues, which the view frames together; or the whole route. */
export type FlyTarget = { kind: 'city'; position: LatLon; venues: readonly LatLon[] } | { kind: 'route' };
export interface FlyRequest {
  target: FlyTarget;
  /** Increases with each press, so pressing the same button twice flies again. */
  seq: number;
}

export type CountryShade = SharedCountryShade<CountryCode>;
