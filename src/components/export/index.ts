/**
 * Export helpers shared by every chart (used by ChartFrame; usable alone):
 *  - exportSvg(svgEl, text, fileName): standalone SVG with title/takeaway/source/date drawn as <text>
 *  - exportPng(svgEl, text, fileName, scale = 2): the same SVG rasterised at 2x
 *  - exportCsv(rows, fileName): UTF-8 with BOM, RFC 4180 quoting, formula guard
 */
import { csvBlob, type CsvCell } from './csv';
import { downloadBlob } from './download';
import { svgToPngBlob } from './pngExport';
import { buildExportSvg, svgBlob, type ExportText } from './svgExport';

export { CSV_BOM, csvCell, toCsv, csvBlob, type CsvCell } from './csv';
export { downloadBlob, exportFileName } from './download';
export { buildExportSvg, EXPORT_MARGIN, wrapText, estimateTextWidth, chartSize, inlineStyles, svgBlob, EXPORT_FONT, type ExportText, type ExportedSvg } from './svgExport';
export { svgToPngBlob } from './pngExport';

export function exportSvg(chart: SVGSVGElement, text: ExportText, fileName: string): void {
  downloadBlob(svgBlob(buildExportSvg(chart, text).markup), fileName);
}

export async function exportPng(chart: SVGSVGElement, text: ExportText, fileName: string, scale = 2): Promise<void> {
  const { markup, width, height } = buildExportSvg(chart, text);
  downloadBlob(await svgToPngBlob(markup, width, height, scale), fileName);
}

export function exportCsv(rows: readonly (readonly CsvCell[])[], fileName: string): void {
  downloadBlob(csvBlob(rows), fileName);
}
