import type { MapPicture } from '../../components/mapPicture/picture';
import { ARROW_OUTLINE, ARROW_PATH, BASE_STYLE, CASING, ROUTE_STYLE, svgPaint } from '../../components/mapPicture/paint';

interface MapDrawingProps {
  drawing: MapPicture;
  highlighted: ReadonlySet<string>;
}

/**
 * The picture model's map as plain elements, city for city where the live map puts it: the country
 * shapes, the shading, the route and the cities, with the live markers' classes. The first-screen
 * poster and the printed map both draw it; leg labels show where the picture placed any.
 */
export function MapDrawing({ drawing, highlighted }: MapDrawingProps) {
  return (
    <>
      <svg className="map-poster__art" width={drawing.width} height={drawing.height} aria-hidden="true" focusable="false">
        <path d={drawing.land} {...svgPaint(BASE_STYLE)} />
        {drawing.countries.map(({ featureId, d, paint }) => (
          <path key={featureId} d={d} {...svgPaint(paint)} />
        ))}
        {drawing.legs.map((l) => (
          <g key={l.id} className={`map-poster__leg map-poster__leg--${l.variant}`}>
            <path d={l.d} {...svgPaint({ ...CASING, dashArray: ROUTE_STYLE[l.variant].dashArray })} fill="none" />
            <path d={l.d} {...svgPaint(ROUTE_STYLE[l.variant])} fill="none" />
            <path
              d={ARROW_PATH}
              fill={ROUTE_STYLE[l.variant].color}
              stroke={ARROW_OUTLINE.color}
              strokeWidth={ARROW_OUTLINE.weight}
              transform={`translate(${l.arrow.x.toFixed(1)} ${l.arrow.y.toFixed(1)}) rotate(${l.arrow.rotation.toFixed(1)})`}
            />
          </g>
        ))}
      </svg>
      {drawing.legs.map(({ id, variant, label }) =>
        label ? (
          // Centred on the box the placer chose: the text's own box may be a little smaller than its estimate.
          <span
            key={id}
            className={`leg-label leg-label--${variant} map-poster__leg-label`}
            data-leg={id}
            style={{ left: `${Math.round(label.left + label.width / 2)}px`, top: `${Math.round(label.top + label.height / 2)}px` }}
          >
            {label.text}
          </span>
        ) : null,
      )}
      {drawing.places.map(({ city, x, y, dotSize, caption }) => {
        const classes = [
          'map-marker',
          'city-marker',
          city.stop ? 'city-marker--stop' : 'city-marker--other',
          city.home ? 'city-marker--home' : '',
          highlighted.has(city.id) ? 'is-highlighted' : '',
          city.dimmed ? 'is-dimmed' : '',
        ];
        return (
          <span
            key={city.id}
            className={`${classes.filter(Boolean).join(' ')} map-poster__city`}
            data-place={city.id}
            style={{ left: `${Math.round(x)}px`, top: `${Math.round(y)}px` }}
          >
            <span className="map-marker__dot" style={{ width: `${dotSize}px`, height: `${dotSize}px` }}>
              {caption ? (
                <span className="map-marker__caption" data-side={caption.side}>
                  {caption.text}
                </span>
              ) : null}
            </span>
          </span>
        );
      })}
    </>
  );
}
