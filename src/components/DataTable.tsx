import type { ReactNode } from 'react';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export type TableCell = string | number;

export interface TableColumn {
  label: string;
  /** Numbers align right and use tabular figures. */
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  /** One cell per column; the first is the row header. Numbers are formatted for the language. */
  cells: TableCell[];
}

export interface TableData {
  columns: TableColumn[];
  rows: TableRow[];
}

interface DataTableProps {
  id?: string;
  caption: ReactNode;
  data: TableData;
  lang: Lang;
  hidden?: boolean;
}

/** The text alternative of a chart: a plain table with a caption, row headers and column headers. */
export function DataTable({ id, caption, data, lang, hidden }: DataTableProps) {
  return (
    <table id={id} className="data-table chart-table" hidden={hidden}>
      <caption className="chart-table__caption">{caption}</caption>
      <thead>
        <tr>
          {data.columns.map((column, i) => (
            <th key={i} scope="col" className={column.numeric ? 'is-numeric' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => {
              const text = typeof cell === 'number' ? formatNumber(cell, lang) : cell;
              const numeric = data.columns[i]?.numeric;
              return i === 0 ? (
                <th key={i} scope="row">
                  {text}
                </th>
              ) : (
                <td key={i} className={numeric ? 'is-numeric' : undefined}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The same table as CSV rows: header, then raw values (numbers unformatted). */
export function tableToCsvRows(data: TableData): TableCell[][] {
  return [data.columns.map((c) => c.label), ...data.rows.map((r) => r.cells)];
}
