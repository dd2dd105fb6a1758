/**
 * Export helpers shared by every chart (used by ChartFrame; usable alone):
 *  - exportSvg(svgEl, text, fileName): standalone SVG with title/takeaway/source/date drawn as <text>
 *  - exportPng(svgEl, text, fileName, scale = 2): the same SVG rasterised at 2x
 *  - exportCsv(rows, fileName): UTF-8 with BOM, RFC 4180 quoting, formula guard
 */
import { csvBlob, type CsvCell } from './csv';
import { downloadBlob } from './download';
import { svgToPngBlob } from './pngExport';
import { buildExportSvg, svgBlob, type ExportLegendItem, type ExportText } from './svgExport';

export { CSV_BOM, csvCell, toCsv, csvBlob, type CsvCell } from './csv';
export { downloadBlob, exportFileName } from './download';
export { buildExportSvg, EXPORT_MARGIN, type ExportLegendItem, wrapText, estimateTextWidth, chartSize, inlineStyles, svgBlob, EXPORT_FONT, type ExportText, type ExportedSvg } from './svgExport';
export { svgToPngBlob } from './pngExport';

export function exportSvg(chart: SVGSVGElement, text: ExportText, fileName: string, legend: readonly ExportLegendItem[] = []): void {
  downloadBlob(svgBlob(buildExportSvg(chart, text, legend).markup), fileName);
}

export async function exportPng(chart: SVGSVGElement, text: ExportText, fileName: string, scale = 2, legend: readonly ExportLegendItem[] = []): Promise<void> {
  const { markup, width, height } = buildExportSvg(chart, text, legend);
  downloadBlob(await svgToPngBlob(markup, width, height, scale), fileName);
}

export function exportCsv(rows: readonly (readonly CsvCell[])[], fileName: string): void {
  downloadBlob(csvBlob(rows), fileName);
}
