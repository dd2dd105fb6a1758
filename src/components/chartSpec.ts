/**
 * The plain descriptions a feature gives of its figures and charts for the briefing deck: no React,
 * no DOM, no file format. The agreements and economy features write them; the deck draws them.
 */
/** A big number with what it counts: "96 · Agreements and MoUs · all countries". */
export interface FigureSpec {
  id: string;
  value: string;
  /** "over", "about": said before the value. */
  qualifier?: string;
  label: string;
  scope?: string;
}

export interface ChartSeriesSpec {
  name: string;
  values: number[];
  /** '#rrggbb' */
  color: string;
  /**
   * A look per category where the dashboard varies it within a series: each bar in its country's
   * colour; an approximate figure in the tint with a dashed edge in the colour.
   */
  points?: { color: string; outline?: string }[];
}

/** A bar chart as plain data: enough for the slides and for a native, editable PowerPoint chart. */
export interface ChartSpec {
  id: string;
  title: string;
  /** Bars run left to right ('bar') or bottom to top ('column'). */
  direction: 'bar' | 'column';
  stacked: boolean;
  categories: string[];
  series: ChartSeriesSpec[];
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Decimals every value and data label shows (grouped thousands); null: each value as it is. */
  fractionDigits: number | null;
  /** The chart in one sentence, for screen readers (PowerPoint's alt text). */
  altText: string;
}
