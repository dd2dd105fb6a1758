/**
 * Which named items the field chart counts against the headline total (the 96). The reports never list
 * the 96, so most items say "not-stated"; such an item counts when it is a document at all (the data's
 * `document`, else a signed, initialled or agreed item), not a plan, a consent or talks still to
 * start. Only an explicit "no" leaves a document out.
 */
import type { Agreement } from './schema';

const DOCUMENT_STATUSES: ReadonlySet<Agreement['status']> = new Set(['signed', 'initialled', 'agreed']);

export function isNamedDocument(a: Pick<Agreement, 'countedInTotal' | 'status' | 'document'>): boolean {
  if (a.countedInTotal === 'yes') return true;
  if (a.countedInTotal === 'no') return false;
  return a.document ?? DOCUMENT_STATUSES.has(a.status);
}
