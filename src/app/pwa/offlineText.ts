/** The offline line's words: pure, so each language and each source of the date can be tested. */
import { dateTimeFormat } from '../../i18n/intlCache';
import { fill, localeOf, pickMessages, type Lang } from '../../i18n/lang';
import { pwaMessages } from './messages';

/** Where the copy on screen came from: the service worker's saved copy, or only this page load. */
export type CopySource = { kind: 'saved'; date: Date } | { kind: 'loaded'; date: Date };

/** A date and time in the reader's language, in the reader's time zone (or the one given, for tests). */
export function formatCopyDate(date: Date, lang: Lang, timeZone?: string): string {
  return dateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

export function offlineLine(copy: CopySource, lang: Lang, timeZone?: string): string {
  const t = pickMessages(pwaMessages, lang);
  return fill(copy.kind === 'saved' ? t.offlineSaved : t.offlineLoaded, { date: formatCopyDate(copy.date, lang, timeZone) });
}
