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

/** A file name that every OS accepts: lower-case words joined by hyphens, plus the date. */
export function exportFileName(base: string, isoDate: string, extension: 'svg' | 'png' | 'csv'): string {
  const safe = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'chart'}-${isoDate}.${extension}`;
}
