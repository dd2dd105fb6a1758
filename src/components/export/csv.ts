/**
 * CSV for briefings: UTF-8 with a byte-order mark so Excel opens Chinese text correctly, fields quoted
 * as RFC 4180 says, and text that a spreadsheet would run as a formula defused.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** Excel reads a UTF-8 file without a BOM as the system code page and garbles Chinese. */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as written, text guarded against formulas, quoted when it holds , " CR or LF. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, one record per row, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
