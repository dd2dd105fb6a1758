import type { ChartSvgProps } from '../../components/ChartFrame';
import { countryStyle } from '../../components/countryStyle';
import { computeTradeLayout, type TradeSeries } from './chartLayouts';

interface TradeChartProps {
  series: TradeSeries;
  width: number;
  svgProps: ChartSvgProps;
}

/** Exports against imports as two bars; a bracket marks the gap between their ends, the balance. */
export function TradeChart({ series, width, svgProps }: TradeChartProps) {
  const layout = computeTradeLayout(series, width);
  const { bracket, guide } = layout;
  return (
    <svg {...svgProps} className="economy-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height}>
      {layout.bars.map((bar) => (
        <g key={bar.key} className={`economy-bar economy-bar--${bar.key}`}>
          <text className="economy-chart__label" x={bar.x} y={bar.labelY}>
            {bar.label}
          </text>
          <rect className="economy-bar__rect economy-bar__rect--exact" data-tone={bar.tone} style={countryStyle(bar.tone)} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2} />
          <text className="economy-chart__value" x={bar.valueX} y={bar.valueY} dominantBaseline="central">
            {bar.valueLabel}
          </text>
        </g>
      ))}
      <line className="economy-chart__guide" x1={guide.x} x2={guide.x} y1={guide.y1} y2={guide.y2} />
      <path
        className="economy-chart__bracket"
        d={`M${bracket.x1},${bracket.y - 6}V${bracket.y}H${bracket.x2}V${bracket.y - 6}`}
      />
      <text className="economy-chart__balance" x={bracket.labelX} y={bracket.labelY} textAnchor="end">
        {bracket.label}
      </text>
    </svg>
  );
}
