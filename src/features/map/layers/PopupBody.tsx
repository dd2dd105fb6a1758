import type { ReactNode } from 'react';
import { useMap } from 'react-leaflet';

/** Popup content: Escape closes it from anywhere inside (Leaflet listens only while the map has focus). */
export function PopupBody({ closeLabel, children }: { closeLabel: string; children: ReactNode }) {
  const map = useMap();
  return (
    // A key listener for the content, not a control: the buttons inside stay the controls.
    <div
      className="map-popup"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          map.closePopup();
        }
      }}
    >
      {/* First and sticky: the button stays at the top of a popup that scrolls (issue 15). */}
      <button type="button" className="map-popup__close" onClick={() => map.closePopup()}>
        {closeLabel}
      </button>
      {children}
    </div>
  );
}
