import { Control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { localeOf, type Lang } from '../../../i18n/lang';

/** A distance in metres written with the reader's units ("2 km", "2公里") by Intl. */
export function formatScaleDistance(meters: number, lang: Lang): string {
  const [value, unit] = meters < 1000 ? [meters, 'meter'] : [meters / 1000, 'kilometer'];
  return new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

interface ScaleInternals {
  _getRoundNum(n: number): number;
  _updateScale(el: HTMLElement, text: string, ratio: number): void;
  _mScale: HTMLElement;
}

/** Leaflet's metric scale bar, its distance written in the reader's language. */
export function ScaleBar({ lang, label }: { lang: Lang; label: string }) {
  const map = useMap();
  useEffect(() => {
    const scale = new Control.Scale({ position: 'bottomleft', imperial: false, maxWidth: 120 });
    // Leaflet writes "2 km" itself; this replaces that one step (Control.Scale#_updateMetric).
    Object.assign(scale, {
      _updateMetric(this: ScaleInternals, maxMeters: number) {
        const meters = this._getRoundNum(maxMeters);
        this._updateScale(this._mScale, formatScaleDistance(meters, lang), meters / maxMeters);
      },
    });
    scale.addTo(map);
    const el = scale.getContainer();
    el?.setAttribute('role', 'img');
    el?.setAttribute('aria-label', label);
    // The label must follow the distance: the role img name is refreshed on every move.
    const name = () => el?.setAttribute('aria-label', `${label}: ${el.textContent ?? ''}`);
    name();
    map.on('moveend zoomend', name);
    return () => {
      map.off('moveend zoomend', name);
      scale.remove();
    };
  }, [map, lang, label]);
  return null;
}
