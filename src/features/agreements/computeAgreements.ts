/**
 * The pure aggregations behind the agreements view, one module per concern: the chart series
 * (breakdowns.ts), the explorer's rows (explorerRows.ts) and the timeline selection's links
 * (selectionLinks.ts). This module gathers them for the view and its tests.
 */
export * from './breakdowns';
export * from './explorerRows';
export * from './selectionLinks';
