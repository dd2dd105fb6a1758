/**
 * jsdom has no object URLs and does not download: record what the app would save instead.
 * Call in beforeEach; vi.restoreAllMocks() in afterEach undoes the anchor spy.
 */
import { vi } from 'vitest';

export interface CapturedDownloads {
  blobs: Blob[];
  names: string[];
}

export function captureDownloads(): CapturedDownloads {
  const captured: CapturedDownloads = { blobs: [], names: [] };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    captured.blobs.push(blob);
    return `blob:test/${captured.blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.names.push(this.download);
  });
  return captured;
}
