/**
 * A "CSV" download for data that is not one chart (the economy's figure cards, the timeline): a
 * labelled group like a chart frame's Download group. The rows are made on the click, and the export
 * code loads then too.
 */
import { useId } from 'react';
import type { CsvCell } from './export/csv';
import { exportFileName, localIsoDate } from './export/download';
import { pickMessages, type Lang } from '../i18n/lang';
import { toolMessages } from './toolMessages';
import './csv-download.css';

interface CsvDownloadProps {
  lang: Lang;
  /** Names the group: what the file holds ("Download the figures"). */
  label: string;
  /** Base of the file name; the date and extension are added. */
  fileName: string;
  rows: () => readonly (readonly CsvCell[])[];
}

export function CsvDownload({ lang, label, fileName, rows }: CsvDownloadProps) {
  const tc = pickMessages(toolMessages, lang);
  const labelId = `csv-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className="csv-download" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="csv-download__label">
        {label}
      </span>
      <button
        type="button"
        className="button"
        title={tc.downloadCsvHint}
        onClick={() => {
          const data = rows();
          void import('./export').then(({ exportCsv }) => exportCsv(data, exportFileName(fileName, localIsoDate(), 'csv')));
        }}
      >
        CSV
      </button>
    </div>
  );
}
