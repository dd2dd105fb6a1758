import type { TripModel } from '../data/buildTripModel';
import type { DataNote } from '../data/schema';

/** The data notes about any of these items, each once, in dataset order. */
export function notesAbout(model: TripModel, about: string | readonly string[] | undefined): DataNote[] {
  const ids = typeof about === 'string' ? [about] : (about ?? []);
  const found = new Set(ids.flatMap((id) => model.notesByItem.get(id) ?? []));
  return model.dataset.notes.filter((note) => found.has(note));
}

/** Where a data note is shown: its element id in the Sources and data notes view. */
export const noteAnchor = (noteId: string) => `note-${noteId}`;
