import { map as leafletMap, type Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { fitLeafletView } from '../../components/mapPicture/projection';

// Leaflet itself, in jsdom, where it snaps zoom to whole levels (no 3D transforms): the poster's
// numbers must be the ones Leaflet opens on. The browser test compares the fractional zooms.
function leafletView(width: number, height: number, bounds: [[number, number], [number, number]], padding: { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] }) {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: width });
  Object.defineProperty(container, 'clientHeight', { value: height });
  document.body.append(container);
  const map = leafletMap(container, { zoomSnap: 0.25, minZoom: 2, maxZoom: 14 });
  map.fitBounds(bounds, padding);
  return map;
}

let opened: LeafletMap | null = null;
afterEach(() => {
  opened?.remove();
  opened = null;
});

describe('the poster opens on the live map’s view', () => {
  const places: [number, number][] = [[51.17, 71.45], [41.3, 69.24], [43.24, 76.89], [22.32, 114.17]];
  for (const [width, height, padding] of [
    [500, 460, { paddingTopLeft: [12, 12], paddingBottomRight: [84, 12] }],
    [358, 360, { paddingTopLeft: [4, 4], paddingBottomRight: [96, 4] }],
    [1200, 700, { paddingTopLeft: [12, 12], paddingBottomRight: [84, 12] }],
  ] as const) {
    it(`puts every place on Leaflet's pixel in a ${width} × ${height} map`, () => {
      const bounds: [[number, number], [number, number]] = [[19.5, 44.8], [55.9, 115.4]];
      const pad = { paddingTopLeft: [...padding.paddingTopLeft] as [number, number], paddingBottomRight: [...padding.paddingBottomRight] as [number, number] };
      opened = leafletView(width, height, bounds, pad);
      const ours = fitLeafletView({ south: 19.5, west: 44.8, north: 55.9, east: 115.4 }, width, height, pad, { min: 2, max: 14, snap: 1 });
      expect(ours.zoom).toBe(opened.getZoom());
      for (const place of places) {
        const theirs = opened.latLngToContainerPoint(place);
        const [x, y] = ours.toScreen(place);
        expect(Math.abs(x - theirs.x)).toBeLessThan(1);
        expect(Math.abs(y - theirs.y)).toBeLessThan(1);
      }
    });
  }
});
