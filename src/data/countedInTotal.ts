/**
 * Which named items may be documents inside the headline count (the 96). The reports never list the
 * 96, so most items say "not-stated"; such an item is taken as one of the documents the reports name
 * when it is a document at all (signed, initialled or agreed), not a plan or talks still to start.
 * Only an explicit "no" leaves a document out.
 */
import type { Agreement } from './schema';

const DOCUMENT_STATUSES: ReadonlySet<Agreement['status']> = new Set(['signed', 'initialled', 'agreed']);

export function isNamedDocument(a: Pick<Agreement, 'countedInTotal' | 'status'>): boolean {
  if (a.countedInTotal === 'yes') return true;
  if (a.countedInTotal === 'no') return false;
  return DOCUMENT_STATUSES.has(a.status);
}
