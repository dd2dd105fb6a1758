import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { computeGreatCircleArc, computeLabelSide, type LatLon } from '../geometry';
import { chooseLabelSpots, LEG_LABEL_GAP, OPPOSITE_SIDE, type Rect, type Spot, type SpotRequest } from '../labelLayout';

export interface LegLabelRequest {
  id: string;
  from: LatLon;
  to: LatLon;
  /** Where along the leg its label goes when that spot is free (0..1). */
  at: number;
}

export interface LegLabelSpot {
  at: number;
  flipped: boolean;
  /** Pixels between the line and the label. */
  gap: number;
}

/** Other places along a leg to try, after the preferred one: the middle first, then out towards the ends. */
const FALLBACK_AT = [0.5, 0.35, 0.65, 0.22, 0.78, 0.1, 0.9];
/** Further from the line, where a short leg between two captioned cities has no room beside it. */
const FAR_GAP = 3 * LEG_LABEL_GAP;

/**
 * Where each leg's label hangs so that it covers no city's dot or caption, no map control and no
 * other leg's label: measured on the drawn map after every move, placed by chooseLabelSpots.
 * `textKey` changes when the labels' text does (language, map size), to measure them again.
 */
export function useLegLabelSpots(legs: readonly LegLabelRequest[], centre: LatLon, textKey: string): ReadonlyMap<string, LegLabelSpot> {
  const map = useMap();
  const [spots, setSpots] = useState<ReadonlyMap<string, LegLabelSpot>>(new Map());
  useEffect(() => {
    // Laid out in the handler, not through state: the legs re-render only when a label moves.
    let frame = 0;
    let waited = 0;
    let again = 0;
    let last: ReadonlyMap<string, LegLabelSpot> = new Map();
    const layout = () => {
      cancelAnimationFrame(frame);
      waited = 0;
      again = 0;
      frame = requestAnimationFrame(place);
    };
    const place = () => {
      const container = map.getContainer();
      const box = container.getBoundingClientRect();
      const toContainer = (r: DOMRect): Rect => ({ left: r.left - box.left, top: r.top - box.top, width: r.width, height: r.height });
      const labelOf = (id: string) => container.querySelector(`[data-leg="${CSS.escape(id)}"]`)?.closest('.leaflet-tooltip') ?? null;
      const requests: (SpotRequest & { options: LegLabelSpot[] })[] = [];
      for (const leg of legs) {
        const label = labelOf(leg.id);
        if (!label) continue;
        const arc = computeGreatCircleArc(leg.from, leg.to);
        const tries = [leg.at, ...FALLBACK_AT.filter((at) => at !== leg.at)];
        const options = [LEG_LABEL_GAP, FAR_GAP].flatMap((gap) => [false, true].flatMap((flipped) => tries.map((at) => ({ at, flipped, gap }))));
        const candidates: Spot[] = options.map(({ at, flipped, gap }) => {
          const { position, side } = computeLabelSide(arc, at, centre);
          const { x, y } = map.latLngToContainerPoint([position[0], position[1]]);
          return { x, y, side: flipped ? OPPOSITE_SIDE[side] : side, gap };
        });
        const { width, height } = label.getBoundingClientRect();
        requests.push({ id: leg.id, width, height, spots: candidates, options });
      }
      // React writes a tooltip's content a little after Leaflet adds the tooltip: wait a few frames
      // for every label (a leg may have none, so not for ever).
      if (requests.length < legs.length && waited++ < 30) {
        frame = requestAnimationFrame(place);
        if (requests.length === 0) return;
      }
      const ids = new Set(requests.map((r) => r.id));
      const obstacles = [...container.querySelectorAll('.map-marker__dot, .map-marker__caption, .leaflet-control, .leg-label')]
        // A label whose text is not in yet is no obstacle: it is about to be placed.
        .filter((el) => {
          const id = el.querySelector('[data-leg]')?.getAttribute('data-leg');
          return !el.classList.contains('leg-label') || (id != null && !ids.has(id));
        })
        .map((el) => toContainer(el.getBoundingClientRect()))
        .filter((r) => r.width > 0 && r.height > 0);
      const size = map.getSize();
      const chosen = chooseLabelSpots(requests, { obstacles, view: { left: 2, top: 2, width: size.x - 4, height: size.y - 4 }, margin: 2, gap: LEG_LABEL_GAP });
      // A label not in the page this frame (its tooltip is being made again after a move) keeps its
      // last spot: dropping it would send it back to its first place, move it, and start over.
      const next = new Map([...last].filter(([id]) => !ids.has(id) && legs.some((leg) => leg.id === id)));
      requests.forEach((r, i) => next.set(r.id, r.options[chosen[i]!]!));
      setSpots((previous) => (sameSpots(previous, next) ? previous : next));
      // Moving a label to another side makes its tooltip anew (RouteLine): measure once more after a
      // change, with the new tooltips in place.
      if (!sameSpots(last, next) && again++ < 2) frame = requestAnimationFrame(place);
      last = next;
    };
    layout();
    map.on('zoomend moveend resize', layout);
    // The cities' markers are another layer and can arrive after the legs (on a busy machine, after
    // the last layout): a label placed before them could land on a city. Lay out again when they do.
    const markersArrive = new MutationObserver(layout);
    markersArrive.observe(map.getPanes().markerPane, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      markersArrive.disconnect();
      map.off('zoomend moveend resize', layout);
    };
  }, [map, legs, centre, textKey]);
  return spots;
}

function sameSpots(a: ReadonlyMap<string, LegLabelSpot>, b: ReadonlyMap<string, LegLabelSpot>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, spot] of b) {
    const other = a.get(id);
    if (!other || other.at !== spot.at || other.flipped !== spot.flipped || other.gap !== spot.gap) return false;
  }
  return true;
}
