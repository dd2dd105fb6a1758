import { Control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { localeOf, type Lang } from '../../../i18n/lang';
import { numberFormat } from '../../../i18n/intlCache';

/** A distance in metres written with the reader's units ("2 km", "2公里") by Intl. */
export function formatScaleDistance(meters: number, lang: Lang): string {
  const [value, unit] = meters < 1000 ? [meters, 'meter'] : [meters / 1000, 'kilometer'];
  return numberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

interface ScaleInternals {
  _getRoundNum(n: number): number;
  _updateScale(el: HTMLElement, text: string, ratio: number): void;
  _update(): void;
  _mScale: HTMLElement;
}

/**
 * The bar's longest length for text of this size. Leaflet draws the bar between half of it and all of
 * it, and the distance ("1,000 公里", about five ems) must fit inside even the shortest bar: at a
 * fixed 120 px, large slide type spilled out of it.
 */
export function scaleMaxWidth(fontSize: number): number {
  return Math.max(120, Math.ceil(12 * fontSize));
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
    const internals = scale as unknown as ScaleInternals;
    const fontSize = parseFloat(getComputedStyle(internals._mScale).fontSize) || 12;
    scale.options.maxWidth = scaleMaxWidth(fontSize);
    internals._update();
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
