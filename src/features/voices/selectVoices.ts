/** The remarks the voices view lists: pure, so the country filter and the order can be tested with the real data. */
import type { CountryCode, Person, TripDataset, Voice } from '../../data/schema';

export interface VoiceRow {
  voice: Voice;
  person: Person;
  /** Publication date of the report the remark comes from (its first citation). */
  reported: string | null;
}

/**
 * Remarks about the chosen country plus those about the trip or Central Asia as a whole (country
 * null), in report order, then in the data's order; a remark whose person is unknown is skipped.
 */
export function selectVoices(dataset: Pick<TripDataset, 'voices' | 'people' | 'sources'>, country: CountryCode | null): VoiceRow[] {
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
  const rows: VoiceRow[] = [];
  for (const voice of dataset.voices) {
    if (country && voice.country !== null && voice.country !== country) continue;
    const person = personById.get(voice.person);
    if (!person) continue;
    const first = voice.cite[0];
    rows.push({ voice, person, reported: first ? (published.get(first.source) ?? null) : null });
  }
  // Array.sort is stable: remarks from one report keep the data's order.
  return rows.sort((a, b) => (a.reported ?? '').localeCompare(b.reported ?? ''));
}
