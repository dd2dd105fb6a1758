/** The remarks the voices view lists and the briefing text quotes (shared by both features): pure, so the country filter and the order can be tested with the real data. */
import type { CountryCode, Person, TripDataset, Voice } from './schema';

/**
 * A name we romanised ourselves (no official English form found): voices.json gives it with the
 * Chinese in brackets, "Lam Wai-chuen (林偉全)"; an official English name stands alone.
 */
export function isRomanisedName(person: Pick<Person, 'name'>): boolean {
  return person.name.en.includes(`(${person.name.zhHant})`);
}

export interface VoiceRow {
  voice: Voice;
  person: Person;
  /** Publication date of the report the remark comes from (its first citation). */
  reported: string | null;
}

/**
 * Remarks about the chosen country plus those about the trip or its region as a whole (country
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
  // By the day of the remark where given, else of the report; Array.sort is stable, so remarks of
  // one day keep the data's order.
  const dayOf = (row: VoiceRow) => row.voice.date ?? row.reported ?? '';
  return rows.sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
}
