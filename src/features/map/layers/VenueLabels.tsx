import { divIcon, type DivIcon } from 'leaflet';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import type { Place, TripEvent } from '../../../data/schema';
import { formatDate, formatList } from '../../../i18n/format';
import { pickText, type Lang } from '../../../i18n/lang';
import { NARROW_MAP } from '../../../components/mapPicture/frame';
import type { VenueGroup } from '../../../components/mapPicture/geometry';
import { computeLabelLayout, nearestPoint, type Rect } from '../../../components/mapPicture/labels';
import { wrapText } from '../../../components/textMetrics';

interface VenueLabelsProps {
  lang: Lang;
  groups: readonly VenueGroup[];
  venueById: ReadonlyMap<string, Place>;
  eventsByVenue: ReadonlyMap<string, TripEvent[]>;
  /** Changes when something drawn over the map changes size (the city card), to lay out again. */
  layoutKey: string;
}

const FONT_SIZE = 12;
const LINE_HEIGHT = 16;
const PAD_X = 5;
const PAD_Y = 2;

/** Text widths as the browser draws them; a rough estimate where there is no canvas (jsdom). */
function createMeasurer(font: string): (s: string) => number {
  const context = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
  if (context) {
    context.font = font;
    return (s) => context.measureText(s).width;
  }
  return (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? FONT_SIZE : FONT_SIZE * 0.6), 0);
}

interface LabelText {
  key: string;
  lines: { text: string; kind: 'name' | 'when' }[];
  width: number;
  height: number;
}

function labelIcon(text: LabelText, offset: { dx: number; dy: number }, leader: [number, number] | null): DivIcon {
  const box = document.createElement('div');
  box.className = 'venue-label';
  // Sizes through element.style (CSSOM), which the CSP allows.
  box.style.width = `${text.width}px`;
  box.style.height = `${text.height}px`;
  for (const [i, line] of text.lines.entries()) {
    // A space between lines, so the label reads (and copies) as words; a flex box does not draw it.
    if (i > 0) box.append(' ');
    const span = document.createElement('span');
    span.className = `venue-label__${line.kind}`;
    span.textContent = line.text;
    box.append(span);
  }
  if (leader) {
    // From the dot (at -dx, -dy in the box's frame) to the nearest edge point of the box.
    const [x, y] = leader;
    const length = Math.hypot(x + offset.dx, y + offset.dy);
    const line = document.createElement('span');
    line.className = 'venue-label__leader';
    line.setAttribute('aria-hidden', 'true');
    line.style.left = `${-offset.dx}px`;
    line.style.top = `${-offset.dy}px`;
    line.style.width = `${length}px`;
    line.style.transform = `rotate(${Math.atan2(y + offset.dy, x + offset.dx)}rad)`;
    box.prepend(line);
  }
  return divIcon({ className: 'venue-label-anchor', html: box, iconSize: [text.width, text.height], iconAnchor: [-offset.dx, -offset.dy] });
}

/**
 * The venues' names written on the map at city zoom, each with the days something happened there,
 * placed so that none overlaps another, a venue's dot or a map control (labelLayout.ts).
 */
export function VenueLabels({ lang, groups, venueById, eventsByVenue, layoutKey }: VenueLabelsProps) {
  const map = useMap();
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useMapEvents({ zoomend: bump, moveend: bump, resize: bump });
  const zoom = map.getZoom();
  const narrow = map.getSize().x < NARROW_MAP;

  const texts = useMemo<LabelText[]>(() => {
    const font = `600 ${FONT_SIZE}px ${getComputedStyle(map.getContainer()).fontFamily || 'sans-serif'}`;
    const measure = createMeasurer(font);
    const measureWhen = createMeasurer(font.replace('600', '400'));
    const maxWidth = narrow ? 130 : 190;
    return groups.map((group) => {
      const places = group.venueIds.map((id) => venueById.get(id)).filter((p): p is Place => !!p);
      const names = places.flatMap((p) => wrapText(pickText(p.name, lang), maxWidth, FONT_SIZE, true, measure).map((text) => ({ text, kind: 'name' as const })));
      const dates = [...new Set(places.flatMap((p) => (eventsByVenue.get(p.id) ?? []).map((e) => e.date)))].sort();
      const when = dates.length > 0 ? [{ text: formatList(dates.map((d) => formatDate(d, lang, 'short')), lang), kind: 'when' as const }] : [];
      const lines = [...names, ...when];
      const width = Math.ceil(Math.max(...lines.map((l) => (l.kind === 'name' ? measure(l.text) : measureWhen(l.text))))) + 2 * PAD_X + 2;
      return { key: group.key, lines, width, height: lines.length * LINE_HEIGHT + 2 * PAD_Y + 2 };
    });
  }, [groups, venueById, eventsByVenue, lang, narrow, map]);

  const [placed, setPlaced] = useState<{ key: string; icon: DivIcon; position: [number, number] }[]>([]);
  useEffect(() => {
    // A frame later, so the controls drawn over the map (the city card) have their size.
    const frame = requestAnimationFrame(() => {
      const container = map.getContainer();
      const box = container.getBoundingClientRect();
      const toLayer = (r: DOMRect): Rect => {
        const p = map.containerPointToLayerPoint([r.left - box.left, r.top - box.top]);
        return { left: p.x, top: p.y, width: r.width, height: r.height };
      };
      const obstacles = [...container.querySelectorAll('.leaflet-control, .map-marker__caption')].map((el) => toLayer(el.getBoundingClientRect()));
      const origin = map.containerPointToLayerPoint([0, 0]);
      const size = map.getSize();
      const requests = groups.map((group, i) => {
        const p = map.latLngToLayerPoint([group.position[0], group.position[1]]);
        return { id: group.key, x: p.x, y: p.y, width: texts[i]!.width, height: texts[i]!.height };
      });
      const layout = computeLabelLayout(requests, {
        // The drawn dot (14 px) with a margin; a label may cover the rest of a phone's 44 px target,
        // since labels let clicks through.
        dotRadius: 10,
        obstacles,
        view: { left: origin.x + 4, top: origin.y + 4, width: size.x - 8, height: size.y - 8 },
        margin: 3,
      });
      setPlaced(
        layout.map((l, i) => {
          const request = requests[i]!;
          const offset = { dx: l.left - request.x, dy: l.top - request.y };
          const leader = l.leader ? nearestPoint({ left: 0, top: 0, width: l.width, height: l.height }, -offset.dx, -offset.dy) : null;
          return { key: l.id, icon: labelIcon(texts[i]!, offset, leader), position: [groups[i]!.position[0], groups[i]!.position[1]] };
        }),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [map, zoom, groups, texts, narrow, version, layoutKey]);

  return (
    <>
      {placed.map((p) => (
        <Marker key={p.key} position={p.position} icon={p.icon} interactive={false} keyboard={false} />
      ))}
    </>
  );
}
