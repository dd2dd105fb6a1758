/**
 * The Russian texts of every message bundle, installed when the Russian language pack loads
 * (languagePacks.ts). Each bundle keeps its Russian in a `messages.ru.ts` beside it; the pack
 * (packs/ru.ts) gathers those files, so only a reader who chooses Russian downloads them.
 */

/** One bundle's Russian texts, under the bundle's id (see russianMessages in lang.ts). */
export interface RussianTable {
  readonly id: string;
  readonly texts: Readonly<Record<string, string>>;
}

let tables: ReadonlyMap<string, Readonly<Record<string, string>>> | null = null;
const listeners = new Set<() => void>();

/**
 * Installs tables beside those already installed (the pack's, or a test's own bundle); null removes
 * them all (tests). Ids are unique (russianPack.test.ts).
 */
export function installRussian(next: readonly RussianTable[] | null): void {
  tables = next && new Map([...(tables ?? []), ...next.map((table) => [table.id, table.texts] as const)]);
  for (const listener of listeners) listener();
}

export function isRussianInstalled(): boolean {
  return tables !== null;
}

/** A bundle's Russian texts, or undefined before the pack is installed. */
export function russianTextsOf(id: string): Readonly<Record<string, string>> | undefined {
  return tables?.get(id);
}

/** Called whenever tables are installed or removed. */
export function subscribeRussian(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
