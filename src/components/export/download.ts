/** Save a Blob through an <a download> and an object URL, revoked once the browser has taken it. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; a short delay is the usual fix.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A day as YYYY-MM-DD in the reader's own time zone: the date in export file names and pictures. */
export function localIsoDate(day: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * An export's base name with the country filter in it ("economic-growth-uz"), so files saved under
 * different filters do not overwrite each other or pass for the whole trip's.
 */
export function scopedFileName(base: string, country: string | null): string {
  return country ? `${base}-${country.toLowerCase()}` : base;
}

/** A file name that every OS accepts: lower-case words joined by hyphens, plus the date. */
export function exportFileName(base: string, isoDate: string, extension: 'svg' | 'png' | 'csv'): string {
  const safe = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'chart'}-${isoDate}.${extension}`;
}
