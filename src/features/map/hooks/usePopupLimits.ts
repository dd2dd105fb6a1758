import { useMap } from 'react-leaflet';

export interface PopupLimits {
  maxWidth: number;
  minWidth: number;
  maxHeight: number;
  autoPanPadding: [number, number];
}

/** Popup sizes that fit inside the map as it is drawn, with room for the pointer tip and a margin. */
export function computePopupLimits(width: number, height: number): PopupLimits {
  // maxWidth is the content's width: the popup adds its margins (about 30 px) and the map a margin.
  const maxWidth = Math.max(160, Math.min(320, width - 72));
  return {
    maxWidth,
    minWidth: Math.min(220, maxWidth),
    maxHeight: Math.max(140, Math.min(320, height - 72)),
    autoPanPadding: [12, 12],
  };
}

/** The popup limits of this map; read when a popup is created (Leaflet takes them as options). */
export function usePopupLimits(): PopupLimits {
  const { x, y } = useMap().getSize();
  return computePopupLimits(x, y);
}
