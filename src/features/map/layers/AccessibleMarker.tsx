import { divIcon, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Marker } from 'react-leaflet';
import type { Place } from '../../../data/schema';
import type { LatLon } from '../../../components/mapPicture/geometry';

interface AccessibleMarkerProps {
  place: Place;
  position: LatLon;
  label: string;
  iconClass: string;
  iconSize: number;
  /** Text drawn next to the marker, or null for none. */
  caption: string | null;
  state: { highlighted: boolean; dimmed: boolean };
  /** The smallest target in pixels: 24 (WCAG 2.2) on a wide map, 44 on a phone. */
  minTarget?: number;
  children: ReactNode;
}

/**
 * A marker that is a keyboard button named in the current language. Leaflet opens the popup on
 * Enter; Space does the same here. Focus moves into the popup and back to the marker on close.
 */
export function AccessibleMarker({ place, position, label, iconClass, iconSize, caption, state, minTarget = 24, children }: AccessibleMarkerProps) {
  const ref = useRef<LeafletMarker>(null);
  const openedByKeyboard = useRef(false);
  // The same array while the place stays put: every filter change re-renders the city markers, and
  // react-leaflet moves a marker whenever `position` is a new array.
  const [lat, lon] = position;
  const latLng = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const icon = useMemo(() => {
    // The visible dot keeps its size; the target around it is at least 24 px (WCAG 2.2 target size).
    // Sizes go through element.style (CSSOM), which the CSP allows, not a style attribute.
    const dot = document.createElement('span');
    dot.className = 'map-marker__dot';
    dot.style.width = `${iconSize}px`;
    dot.style.height = `${iconSize}px`;
    if (caption) {
      const captionEl = document.createElement('span');
      captionEl.className = 'map-marker__caption';
      captionEl.textContent = caption;
      dot.append(captionEl);
    }
    const target = Math.max(minTarget, iconSize);
    return divIcon({
      className: `map-marker ${iconClass}`,
      html: dot,
      iconSize: [target, target],
      iconAnchor: [target / 2, target / 2],
      popupAnchor: [0, -iconSize / 2],
    });
  }, [caption, iconClass, iconSize, minTarget]);

  useEffect(() => {
    const marker = ref.current;
    const el = marker?.getElement();
    if (!marker || !el) return;
    el.setAttribute('aria-label', label);
    el.title = label;
    el.dataset.place = place.id;
    el.dataset.highlighted = String(state.highlighted);
    el.classList.toggle('is-highlighted', state.highlighted);
    el.classList.toggle('is-dimmed', state.dimmed);
    if (state.highlighted) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        openedByKeyboard.current = true;
        if (event.key === ' ') {
          event.preventDefault();
          marker.openPopup();
        }
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [icon, label, place.id, state.highlighted, state.dimmed]);

  const handlers = useMemo(
    () => ({
      popupopen: () => {
        if (!openedByKeyboard.current) return;
        // The popup's React content renders on the next frame.
        // preventScroll: focusing inside Leaflet's overflow-hidden container would otherwise scroll it
        // and leave the map drawn off-centre.
        requestAnimationFrame(() =>
          ref.current?.getPopup()?.getElement()?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true }),
        );
      },
      popupclose: () => {
        if (openedByKeyboard.current) ref.current?.getElement()?.focus({ preventScroll: true });
        openedByKeyboard.current = false;
      },
      click: () => {
        openedByKeyboard.current = false;
      },
    }),
    [],
  );

  return (
    <Marker ref={ref} position={latLng} icon={icon} eventHandlers={handlers} keyboard title={label} riseOnHover>
      {children}
    </Marker>
  );
}
