/** Saving the made file: loaded with the PowerPoint code on the click, not with the first screen. */
import { downloadBlob, localIsoDate } from '../../../components/export/download';
import type { DeckDescription } from '../deck/types';

/** mission-atlas-<lang>-<selection>-<date>.pptx, the date being the day it was made (local time). */
export function pptxFileName(deck: Pick<DeckDescription, 'lang' | 'selectionKey'>, now: Date): string {
  return `mission-atlas-${deck.lang}-${deck.selectionKey}-${localIsoDate(now)}.pptx`;
}

/** Hands the file to the browser as a download, named for its deck and today. */
export function savePptxFile(deck: Pick<DeckDescription, 'lang' | 'selectionKey'>, blob: Blob): void {
  downloadBlob(blob, pptxFileName(deck, new Date()));
}
