import type { ChartSvgProps } from '../../components/ChartFrame';
import { countryStyle } from '../../components/countryStyle';
import { computeGrowthLayout, type GrowthSeriesRow } from './chartLayouts';

interface GrowthChartProps {
  rows: readonly GrowthSeriesRow[];
  width: number;
  formatTick: (value: number) => string;
  svgProps: ChartSvgProps;
}

/**
 * Growth side by side. An exact figure is a solid bar; an "about" figure a pale bar with a dashed
 * edge; an "over" figure the same with an arrow past its end, since the reports give only a floor.
 */
export function GrowthChart({ rows, width, formatTick, svgProps }: GrowthChartProps) {
  const layout = computeGrowthLayout(rows, width, formatTick);
  return (
    <svg {...svgProps} className="economy-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height}>
      <g className="economy-chart__grid">
        {layout.ticks.map((tick) => (
          <line key={tick.x} className="economy-chart__gridline" x1={tick.x} x2={tick.x} y1={0} y2={layout.axis.y} />
        ))}
      </g>
      {layout.groups.map((group) => (
        <text key={group.key} className="economy-chart__group" data-tone={group.tone} style={countryStyle(group.tone)} x={0} y={group.y}>
          {group.label}
        </text>
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.key} className="economy-bar" data-certainty={bar.certainty}>
          <text className="economy-chart__label" x={bar.x} y={bar.labelY}>
            {bar.label}
          </text>
          <rect
            className={`economy-bar__rect economy-bar__rect--${bar.certainty === 'exact' ? 'exact' : 'approximate'}`}
            data-tone={bar.tone}
            style={countryStyle(bar.tone)}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            rx={2}
          />
          {bar.arrow ? (
            <g className="economy-bar__arrow" data-tone={bar.tone} style={countryStyle(bar.tone)}>
              <line x1={bar.arrow.x1} x2={bar.arrow.x2} y1={bar.arrow.y} y2={bar.arrow.y} />
              <path d={`M${bar.arrow.x2 - 6},${bar.arrow.y - 5}L${bar.arrow.x2},${bar.arrow.y}L${bar.arrow.x2 - 6},${bar.arrow.y + 5}`} />
            </g>
          ) : null}
          <text className="economy-chart__value" x={bar.valueX} y={bar.valueY} dominantBaseline="central">
            {bar.valueLabel}
          </text>
        </g>
      ))}
      <line className="economy-chart__axis" x1={0} x2={layout.axis.x2} y1={layout.axis.y} y2={layout.axis.y} />
      {layout.ticks.map((tick) => (
        <text key={tick.x} className="economy-chart__tick" x={tick.x} y={layout.axis.y + 16} textAnchor={tick.x === 0 ? 'start' : 'middle'}>
          {tick.label}
        </text>
      ))}
    </svg>
  );
}
