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
  /**
   * Each bar's data label as the dashboard writes it ("over 5%", "US$79.1 billion"), qualifier and
   * unit included; without it the label is the bare value.
   */
  labels?: string[];
}

/** One entry of a chart's key: what a look of bar means ("Approximate (“about”)": tint, dashed edge). */
export interface ChartKeyItem {
  label: string;
  /** '#rrggbb' */
  color: string;
  /** A dashed edge in this colour ('#rrggbb'). */
  outline?: string;
  /** An open end: the true value is higher. */
  openEnd?: boolean;
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
  /** A unit written after every value on the axis, e.g. '%'. */
  valueSuffix?: string;
  /** The chart in one sentence, for screen readers (PowerPoint's alt text). */
  altText: string;
  /** A key under the chart for looks that vary within one series (the series legend cannot say them). */
  key?: ChartKeyItem[];
}

/** Words in a chart's place where a chart would say too little: a title and its lines. */
export interface TextPanelSpec {
  title: string;
  items: string[];
}
