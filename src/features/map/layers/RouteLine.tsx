import { divIcon, type LeafletEventHandlerFnMap, type Tooltip as LeafletTooltip } from 'leaflet';
import { useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import { computeArcArrow, computeGreatCircleArc, computeLabelSide, type LabelSide, type LatLon } from '../../../components/mapPicture/geometry';
import { LEG_LABEL_GAP, OPPOSITE_SIDE } from '../../../components/mapPicture/labels';
import { CASING, ROUTE_STYLE } from '../../../components/mapPicture/paint';

function arrowIcon(rotation: number, modifier: string) {
  const glyph = document.createElement('span');
  glyph.className = `route-arrow__glyph route-arrow__glyph--${modifier}`;
  glyph.style.transform = `rotate(${rotation.toFixed(1)}deg)`;
  glyph.setAttribute('aria-hidden', 'true');
  return divIcon({ className: 'route-arrow', html: glyph, iconSize: [16, 16], iconAnchor: [8, 8] });
}

export interface RouteLineProps {
  from: LatLon;
  to: LatLon;
  label: ReactNode | null;
  /** Where along the arc the label sits (0..1); it goes on the side away from `centre`, or on the line. */
  labelAt: number;
  labelOnLine?: boolean;
  /** Hang the label on the side facing `centre` instead (where the other side is taken). */
  labelFlipped?: boolean;
  /** Pixels between the line and its label. */
  labelGap?: number;
  centre: LatLon;
  variant: 'trip' | 'planned';
  legId: string;
}


const ANCHOR_ICON = divIcon({ className: 'leg-anchor', iconSize: [0, 0] });
// One object for every leg label, so re-renders do not re-bind the handler.
const DECORATIVE_TOOLTIP: LeafletEventHandlerFnMap = { add: (event) => event.target.getElement()?.setAttribute('aria-hidden', 'true') };

/** One leg: a great-circle arc on a white casing, an arrowhead, and a label with its date. */
export function RouteLine({ from, to, label, labelAt, labelOnLine = false, labelFlipped = false, labelGap = LEG_LABEL_GAP, centre, variant, legId }: RouteLineProps) {
  const arc = useMemo(() => computeGreatCircleArc(from, to), [from, to]);
  const positions = useMemo(() => arc.map(([lat, lon]) => [lat, lon] as [number, number]), [arc]);
  const arrow = useMemo(() => computeArcArrow(arc, 0.6), [arc]);
  const labelPlace = useMemo(() => {
    const place = computeLabelSide(arc, labelAt, centre);
    return labelFlipped ? { ...place, side: OPPOSITE_SIDE[place.side] } : place;
  }, [arc, labelAt, centre, labelFlipped]);
  const icon = useMemo(() => arrowIcon(arrow.rotation, variant), [arrow.rotation, variant]);
  const tooltip = useRef<LeafletTooltip>(null);
  return (
    <>
      {/* className and interactive only take effect as constructor options, not through pathOptions. */}
      <Polyline positions={positions} pathOptions={{ ...CASING, dashArray: ROUTE_STYLE[variant].dashArray }} interactive={false} />
      <Polyline
        positions={positions}
        pathOptions={ROUTE_STYLE[variant]}
        interactive={false}
        className={`route-line route-line--${variant} leg-${legId}`}
      />
      <Marker position={[arrow.position[0], arrow.position[1]]} icon={icon} interactive={false} keyboard={false} />
      {label === null ? null : <Marker position={[labelPlace.position[0], labelPlace.position[1]]} icon={ANCHOR_ICON} interactive={false} keyboard={false}>
        <Tooltip
          ref={tooltip}
          // react-leaflet sets a tooltip's direction and offset once: a new place is a new tooltip.
          key={`${labelPlace.side}|${labelGap}`}
          permanent
          // The leg labels repeat what the itinerary list says; marked decorative so assistive tech
          // does not meet a tooltip without an owner (and axe's aria-tooltip-name stays quiet).
          eventHandlers={DECORATIVE_TOOLTIP}
          direction={labelOnLine ? 'center' : labelPlace.side}
          offset={labelOnLine ? [0, 0] : labelOffset(labelPlace.side, labelGap)}
          className={`leg-label leg-label--${variant}`}
        >
          {/* Found by the layout (useLegLabelSpots), which measures each label. */}
          <LegLabelText tooltip={tooltip} legId={legId}>
            {label}
          </LegLabelText>
        </Tooltip>
      </Marker>}
    </>
  );
}

/**
 * react-leaflet positions a tooltip when it opens, before its content is in: a label on the left
 * or above would be placed by an empty box's size and end up over the city it should clear. Once
 * the text is in, place it again.
 */
function LegLabelText({ tooltip, legId, children }: { tooltip: RefObject<LeafletTooltip | null>; legId: string; children: ReactNode }) {
  useLayoutEffect(() => {
    tooltip.current?.update();
  });
  return <span data-leg={legId}>{children}</span>;
}

function labelOffset(side: LabelSide, gap: number): [number, number] {
  return side === 'top' ? [0, -gap] : side === 'bottom' ? [0, gap] : side === 'left' ? [-gap, 0] : [gap, 0];
}
