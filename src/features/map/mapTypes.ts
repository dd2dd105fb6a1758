/** The plain values the map's parts pass around: ids, coordinates and colours, never Leaflet objects. */
import type { CountryCode } from '../../data/schema';
import type { LatLon } from './geometry';

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
