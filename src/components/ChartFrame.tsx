/**
 * ChartFrame: the frame every chart of the dashboard sits in, so each one is briefing-ready.
 *
 *   <ChartFrame id="agreements-breakdown" lang={lang} title="…" takeaway="…"
 *               source={<SourceNote … />} table={{ columns, rows }} fileName="agreements-by-country">
 *     {(chart) => <svg {...chart.svgProps} viewBox={`0 0 ${w} ${h}`} width={w} height={h}>…</svg>}
 *   </ChartFrame>
 *
 * It renders, in order: an <h3> title, a one-line takeaway, a toolbar (optional `controls`, the
 * "Show as table" toggle and the Download group with buttons "SVG", "PNG" and, when `csv` is set, "CSV"),
 * the chart, the table alternative (a real <table> with a caption, rendered only while asked for, so a
 * long table costs nothing while it is closed), the source line.
 *
 * The chart is a render function: spread `chart.svgProps` on the chart's <svg>. They give it
 * role="img" (or role="group" when `interactive`, i.e. its marks are focusable and carry their own
 * aria-labels), aria-labelledby the title and takeaway, and the marker the exports look for.
 * Give the <svg> a viewBox (or width/height): the exports take the chart's size from it, and the PNG is 2x that.
 *
 * Exports draw title, takeaway, source text and the date into the file, in the current language. The source
 * text is read from the rendered `source` node; pass `sourceText` to override. Elements marked
 * data-export="exclude" (focus rings, hover guides) are left out of the files. A legend in `footer` (HTML,
 * outside the <svg>) exports too: mark each entry data-export="legend", with its swatch as an <svg> inside.
 * The file draws each entry's swatch and words under the chart.
 *
 * Components take props only: no store. All strings come in as props or from toolMessages.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '../i18n/format';
import { fill, pickMessages, type Lang } from '../i18n/lang';
import { DataTable, tableToCsvRows, type TableData } from './DataTable';
import type { CsvCell, ExportLegendItem, ExportText } from './export';
import { exportFileName, localIsoDate } from './export/download';
import { toolMessages } from './toolMessages';
import './chart.css';

export interface ChartSvgProps {
  role: 'img' | 'group';
  'aria-labelledby': string;
  'data-chart-svg': '';
}

export interface ChartRenderArgs {
  svgProps: ChartSvgProps;
  titleId: string;
  takeawayId: string;
}

export interface ChartFrameProps {
  /** Stable id: prefixes element ids and names test hooks. */
  id: string;
  lang: Lang;
  title: string;
  /** One line in plain words: what the reader should take away. */
  takeaway: string;
  /** The source line under the chart, usually <SourceNote>. */
  source: ReactNode;
  /** Plain-text source for the exported files; defaults to the text of `source` as rendered. */
  sourceText?: string;
  /** The data behind the chart, shown by "Show as table" and exported by "CSV". */
  table: TableData;
  /** Offer a CSV of `table` (or of `csvRows` when given). */
  csv?: boolean;
  /** Rows for the CSV instead of the table (raw values; the first row is the header). */
  csvRows?: readonly (readonly CsvCell[])[];
  /** Base of the download file names, e.g. "agreements-by-country"; the date and extension are added. */
  fileName: string;
  /** ISO date drawn into exports and used in file names; today when not given. */
  exportDate?: string;
  /** Extra controls in the toolbar, e.g. a mode switch. */
  controls?: ReactNode;
  /** Marks inside the chart are focusable and labelled: the <svg> becomes role="group". */
  interactive?: boolean;
  /** Heading level of the title; 3 inside a panel. */
  headingLevel?: 3 | 4;
  /** Shown between the chart and the source line, e.g. a note or a legend. */
  footer?: ReactNode;
  children: (chart: ChartRenderArgs) => ReactNode;
}

type Status = { kind: 'idle' } | { kind: 'done'; format: string } | { kind: 'error'; detail: string };

/** A node's text without the parts marked data-export="exclude" (e.g. a citation shown on demand). */
function exportableText(node: HTMLElement | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as HTMLElement;
  for (const skip of copy.querySelectorAll('[data-export="exclude"]')) skip.remove();
  return copy.textContent?.trim() ?? '';
}

export function ChartFrame(props: ChartFrameProps) {
  const { id, lang, title, takeaway, source, table, csv, csvRows, fileName, controls, interactive, footer, children } = props;
  const t = pickMessages(toolMessages, lang);
  const uid = useId();
  const titleId = `${id}-title`;
  const takeawayId = `${id}-takeaway`;
  const tableId = `${id}-table-${uid.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const plotRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const sourceRef = useRef<HTMLDivElement>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';

  const date = props.exportDate ?? localIsoDate();
  const exportText = (): ExportText => ({
    title,
    takeaway,
    source: props.sourceText ?? exportableText(sourceRef.current),
    credit: fill(t.exportCredit, { date: formatDate(date, lang) }),
    lang,
  });
  const chartSvg = () => plotRef.current?.querySelector<SVGSVGElement>('svg[data-chart-svg]') ?? null;
  // The legend entries shown with the chart: each exports with its swatch.
  const legendItems = (): ExportLegendItem[] =>
    [...(figureRef.current?.querySelectorAll<HTMLElement>('[data-export="legend"]') ?? [])].map((item) => ({
      swatch: item.querySelector('svg'),
      label: item.textContent?.trim() ?? '',
    }));

  const run = async (format: 'SVG' | 'PNG' | 'CSV') => {
    try {
      // The export code (SVG, PNG, CSV) loads on the first click, not with the chart.
      const { exportCsv, exportPng, exportSvg } = await import('./export');
      if (format === 'CSV') {
        exportCsv(csvRows ?? tableToCsvRows(table), exportFileName(fileName, date, 'csv'));
      } else {
        const svg = chartSvg();
        if (!svg) throw new Error('no chart to export');
        if (format === 'SVG') exportSvg(svg, exportText(), exportFileName(fileName, date, 'svg'), legendItems());
        else await exportPng(svg, exportText(), exportFileName(fileName, date, 'png'), 2, legendItems());
      }
      setStatus({ kind: 'done', format });
    } catch (err) {
      setStatus({ kind: 'error', detail: err instanceof Error ? err.message : String(err) });
    }
  };

  const svgProps: ChartSvgProps = {
    role: interactive ? 'group' : 'img',
    'aria-labelledby': `${titleId} ${takeawayId}`,
    'data-chart-svg': '',
  };
  const downloadLabelId = `${id}-download-label`;

  return (
    <figure ref={figureRef} className="chart-frame" data-chart={id} aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-frame__title">
        {title}
      </Heading>
      <p id={takeawayId} className="chart-frame__takeaway">
        {takeaway}
      </p>
      <div className="chart-frame__toolbar">
        <div className="chart-frame__controls">{controls}</div>
        <div className="chart-frame__actions">
          <button
            type="button"
            className="button"
            aria-expanded={tableOpen}
            // The table exists only while open; a closed toggle must not point at a missing id.
            aria-controls={tableOpen ? tableId : undefined}
            onClick={() => setTableOpen((open) => !open)}
          >
            {tableOpen ? t.hideTable : t.showTable}
          </button>
          <div className="chart-frame__exports" role="group" aria-labelledby={downloadLabelId}>
            <span id={downloadLabelId} className="chart-frame__exports-label">
              {t.download}
            </span>
            <button type="button" className="button" title={t.downloadSvgHint} onClick={() => void run('SVG')}>
              SVG
            </button>
            <button type="button" className="button" title={t.downloadPngHint} onClick={() => void run('PNG')}>
              PNG
            </button>
            {csv ? (
              <button type="button" className="button" title={t.downloadCsvHint} onClick={() => void run('CSV')}>
                CSV
              </button>
            ) : null}
          </div>
        </div>
      </div>
      <div ref={plotRef} className="chart-frame__plot">
        {children({ svgProps, titleId, takeawayId })}
      </div>
      {tableOpen ? <DataTable id={tableId} caption={fill(t.tableCaption, { title })} data={table} lang={lang} /> : null}
      {footer}
      <div ref={sourceRef} className="chart-frame__source">
        {source}
      </div>
      <p
        className={`chart-frame__status${status.kind === 'error' ? ' chart-frame__status--error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status.kind === 'done'
          ? fill(t.exportDone, { format: status.format })
          : status.kind === 'error'
            ? fill(t.exportFailed, { detail: status.detail })
            : ''}
      </p>
    </figure>
  );
}
