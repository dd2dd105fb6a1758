import { useState, type KeyboardEvent } from 'react';
import type { ChartSvgProps } from '../../components/ChartFrame';
import { Tooltip } from '../../components/Tooltip';
import { EXPORT_FONT, wrapText } from '../../components/textMetrics';
import {
  LAYOUT,
  LEGEND,
  computeLegendLayout,
  type BreakdownLayout,
  type LegendItem,
  type PlacedSegment,
} from './computeBreakdownLayout';
import { LABEL_ON_FILL } from './palette';
import { useTweenedLayout } from './useTweenedLayout';

const INK = '#1b2430';
const INK_MUTED = '#47505e';
const GRID = '#d5dbe3';

interface BreakdownChartProps {
  svgProps: ChartSvgProps;
  layout: BreakdownLayout;
  legend: readonly LegendItem[];
  formatTick: (value: number) => string;
  /** Segments drawn as chosen (thick ink outline, aria-pressed). */
  selectedIds?: ReadonlySet<string>;
  /** Segments outlined as holding the chosen outcome's agreements (dashed outline; label appended). */
  highlightIds?: ReadonlySet<string>;
  highlightLabel?: string;
  /** When given, segments are focusable buttons that call it. */
  onSelect?: (segment: PlacedSegment) => void;
  /** Extra lines drawn under the axis, e.g. the amounts' annotations. */
  notes?: readonly string[];
  /** No text smaller than this (the slide asks for more than the page's 12px ticks and 13px notes). */
  minFontSize?: number;
}

/** A stacked horizontal bar chart, drawn from a placed layout (no scales here). */
export function BreakdownChart({
  svgProps,
  layout: target,
  legend,
  formatTick,
  selectedIds,
  highlightIds,
  highlightLabel,
  onSelect,
  notes = [],
  minFontSize = 0,
}: BreakdownChartProps) {
  const layout = useTweenedLayout(target);
  const [active, setActive] = useState<string | null>(null);
  const tickSize = Math.max(12, minFontSize);
  const legendSize = Math.max(LEGEND.fontSize, minFontSize);
  const noteSize = Math.max(13, minFontSize);
  const noteStep = Math.round(noteSize * 1.5);
  const legendLayout = computeLegendLayout(legend, target.width, legendSize);
  const top = legendLayout.height;
  const notesTop = top + layout.height + 4;
  const noteLines = notes.flatMap((note) => wrapText(note, target.width, noteSize));
  const height = Math.ceil(notesTop + noteLines.length * noteStep);
  const interactive = Boolean(onSelect);
  const activeSegment = active ? layout.bars.flatMap((b) => b.segments).find((s) => s.id === active) : undefined;

  const onKeyDown = (segment: PlacedSegment) => (event: KeyboardEvent<SVGRectElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(segment);
    }
  };

  return (
    <>
      <svg
        {...svgProps}
        className="breakdown-chart"
        width={target.width}
        height={height}
        viewBox={`0 0 ${target.width} ${height}`}
        fontFamily={EXPORT_FONT}
      >
        <g className="breakdown-chart__legend" fontSize={legendSize} fill={INK}>
          {legendLayout.items.map((item) => (
            <g key={item.key} transform={`translate(${item.x},${item.y})`}>
              {item.swatches.map((fill, i) => (
                <rect key={i} x={i * LEGEND.swatch} y={2} width={LEGEND.swatch} height={LEGEND.swatch} fill={fill} />
              ))}
              <text y={9} dominantBaseline="central">
                {item.lines.map((line, i) => (
                  <tspan key={i} x={item.swatches.length * LEGEND.swatch + LEGEND.gap + 2} y={9 + i * item.lineStep} dominantBaseline="central">
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
        <g transform={`translate(0,${top})`}>
          <g className="breakdown-chart__grid" aria-hidden="true">
            {layout.ticks.map((tick) => (
              <g key={tick.value}>
                <line x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} stroke={GRID} strokeWidth={1} />
                <text
                  x={tick.x}
                  y={layout.axisY + 14}
                  textAnchor={tick.x === layout.plotLeft ? 'start' : 'middle'}
                  fontSize={tickSize}
                  fill={INK_MUTED}
                >
                  {formatTick(tick.value)}
                </text>
              </g>
            ))}
          </g>
          {layout.bars.map((bar) => (
            <g key={bar.key} className="breakdown-chart__bar" data-bar={bar.key}>
              <text
                x={bar.labelX}
                y={bar.labelY}
                dominantBaseline={layout.labels === 'beside' ? 'central' : undefined}
                fontSize={LAYOUT.rowLabelFontSize}
                fontWeight={600}
                fill={INK}
              >
                {bar.label}
              </text>
              {bar.segments.map((segment) => {
                const selected = selectedIds?.has(segment.id) ?? false;
                const highlighted = highlightIds?.has(segment.id) ?? false;
                return (
                  <g key={segment.id} data-segment={segment.id} data-highlighted={highlighted || undefined}>
                    <rect
                      className={interactive ? 'chart-mark' : undefined}
                      x={segment.x}
                      y={segment.y}
                      width={Math.max(0, segment.width - 1)}
                      height={segment.height}
                      fill={segment.fill}
                      stroke={selected || highlighted ? INK : 'none'}
                      strokeWidth={selected ? 3 : highlighted ? 2 : 0}
                      strokeDasharray={highlighted && !selected ? '6 3' : undefined}
                      {...(interactive
                        ? {
                            tabIndex: 0,
                            role: 'button',
                            'aria-label': highlighted && highlightLabel ? `${segment.description} ${highlightLabel}` : segment.description,
                            'aria-pressed': selected,
                            onClick: () => onSelect?.(segment),
                            onKeyDown: onKeyDown(segment),
                            onFocus: () => setActive(segment.id),
                            onBlur: () => setActive((id) => (id === segment.id ? null : id)),
                          }
                        : { 'aria-hidden': true })}
                      onMouseEnter={() => setActive(segment.id)}
                      onMouseLeave={() => setActive((id) => (id === segment.id ? null : id))}
                    />
                    {segment.showLabel ? (
                      <text
                        x={segment.labelX}
                        y={segment.labelY}
                        textAnchor="middle"
                        dominantBaseline="central"
                        fontSize={14}
                        fontWeight={700}
                        fill={LABEL_ON_FILL}
                        pointerEvents="none"
                        aria-hidden="true"
                      >
                        {segment.valueLabel}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {bar.dashed ? (
                <line
                  x1={bar.end + 1}
                  x2={bar.end + 1}
                  y1={bar.y - 4}
                  y2={bar.y + bar.height + 4}
                  stroke={INK}
                  strokeWidth={2}
                  strokeDasharray="3 3"
                />
              ) : null}
              <text
                className="breakdown-chart__total"
                x={bar.totalX}
                y={bar.totalY}
                dominantBaseline="central"
                fontSize={14}
                fontWeight={700}
                fill={INK}
              >
                {bar.totalLabel}
              </text>
            </g>
          ))}
        </g>
        {noteLines.map((note, i) => (
          <text key={i} x={0} y={notesTop + i * noteStep + noteSize + 1} fontSize={noteSize} fill={INK}>
            {note}
          </text>
        ))}
      </svg>
      {activeSegment ? (
        <Tooltip x={activeSegment.x + activeSegment.width} y={top + activeSegment.labelY} containerWidth={target.width}>
          {activeSegment.tooltip}
        </Tooltip>
      ) : null}
    </>
  );
}
