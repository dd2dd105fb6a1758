import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { computeGreatCircleArc, type LatLon } from '../../../components/mapPicture/geometry';
import { placeLabels, type PlacementRequest, type Rect } from '../../../components/mapPicture/labels';
import { isShortLeg, legLabelCandidates, type LegLabelSpot } from '../../../components/mapPicture/legLabels';
import { LEG_LABEL_GAP } from '../../../components/mapPicture/labels';
import { captionCandidates, type CaptionSide } from '../../../components/mapPicture/picture';

export interface LegLabelRequest {
  id: string;
  from: LatLon;
  to: LatLon;
  /** Where along the leg its label goes when that spot is free (0..1). */
  at: number;
}

export type { LegLabelSpot };

/**
 * Where the map's words go, laid out by the picture model's one placer (placeLabels) with the boxes
 * measured on the drawn map after every move: first each city's caption (right of its dot, else
 * left, above or below: never under a map control such as the scale bar or the attribution), then
 * each leg's label, clear of dots, captions, controls and the other labels. The captions' sides are
 * written on them (data-side, map.css); the legs' spots are returned for RouteLine.
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
      const toScreen = (p: LatLon): [number, number] => {
        const { x, y } = map.latLngToContainerPoint([p[0], p[1]]);
        return [x, y];
      };
      const requests: (PlacementRequest & { options: LegLabelSpot[] })[] = [];
      // Legs too short on screen for a label (the picture model's rule), and hidden ones grown long
      // enough again, whose label comes back at its first spot and is placed once it is in.
      const short = new Set<string>();
      const revived = new Set<string>();
      for (const leg of legs) {
        const arc = computeGreatCircleArc(leg.from, leg.to);
        if (isShortLeg(arc, toScreen)) {
          short.add(leg.id);
          continue;
        }
        const label = labelOf(leg.id);
        if (!label) {
          if (last.get(leg.id)?.hidden) revived.add(leg.id);
          continue;
        }
        const { width, height } = label.getBoundingClientRect();
        const candidates = legLabelCandidates(arc, leg.at, centre, toScreen, width, height);
        requests.push({ id: leg.id, candidates: candidates.map((c) => c.rect), options: candidates });
      }
      // React writes a tooltip's content a little after Leaflet adds the tooltip: wait a few frames
      // for every label (a leg may have none, so not for ever).
      if (requests.length < legs.length - short.size - revived.size && waited++ < 30) {
        frame = requestAnimationFrame(place);
        if (requests.length === 0) return;
      }
      const ids = new Set(requests.map((r) => r.id));
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      // Home's caption first, then the stops', then the other cities' (the picture model's order).
      const rank = (caption: Element) => {
        const marker = caption.closest('.map-marker');
        return marker?.classList.contains('city-marker--home') ? 0 : marker?.classList.contains('city-marker--stop') ? 1 : 2;
      };
      const captions = [...container.querySelectorAll<HTMLElement>('.map-marker__caption')].filter(visible).sort((a, b) => rank(a) - rank(b));
      const dots = [...container.querySelectorAll('.map-marker__dot')].filter(visible);
      const captionRequests = captions.map((caption, i) => {
        const dot = toContainer(caption.parentElement!.getBoundingClientRect());
        const { width, height } = caption.getBoundingClientRect();
        const options = captionCandidates(dot.left + dot.width / 2, dot.top + dot.height / 2, dot.width, width, height);
        const home = caption.closest('.city-marker--home') !== null;
        return { id: `caption:${i}`, candidates: options.map((o) => o.rect), options, optional: !home };
      });
      const obstacles = [
        ...dots,
        ...container.querySelectorAll('.leaflet-control'),
        // A label whose text is not in yet is no obstacle: it is about to be placed.
        ...[...container.querySelectorAll('.leg-label')].filter((el) => {
          const id = el.querySelector('[data-leg]')?.getAttribute('data-leg');
          return id != null && !ids.has(id);
        }),
      ]
        .filter(visible)
        .map((el) => toContainer(el.getBoundingClientRect()));
      const size = map.getSize();
      const chosen = placeLabels([...captionRequests, ...requests], { obstacles, view: { left: 2, top: 2, width: size.x - 4, height: size.y - 4 }, margin: 2 });
      captionRequests.forEach((r, i) => setSide(captions[i]!, r.options[chosen[i]!]?.side ?? 'hidden'));
      const legChoices = chosen.slice(captionRequests.length);
      // A label not in the page this frame (its tooltip is being made again after a move) keeps its
      // last spot: dropping it would send it back to its first place, move it, and start over.
      const next = new Map([...last].filter(([id]) => !ids.has(id) && legs.some((leg) => leg.id === id)));
      requests.forEach((r, i) => next.set(r.id, r.options[legChoices[i]!]!));
      for (const id of short) next.set(id, { at: 0.5, flipped: false, gap: LEG_LABEL_GAP, hidden: true });
      for (const leg of legs) if (revived.has(leg.id)) next.set(leg.id, { at: leg.at, flipped: false, gap: LEG_LABEL_GAP });
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

/** A caption's side, written only when it changes (a write moves nothing that is not moving). */
function setSide(caption: HTMLElement, side: CaptionSide | 'hidden') {
  if ((caption.dataset.side ?? 'right') !== side) caption.dataset.side = side;
}

function sameSpots(a: ReadonlyMap<string, LegLabelSpot>, b: ReadonlyMap<string, LegLabelSpot>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, spot] of b) {
    const other = a.get(id);
    if (!other || other.at !== spot.at || other.flipped !== spot.flipped || other.gap !== spot.gap || !other.hidden !== !spot.hidden) return false;
  }
  return true;
}
