/**
 * 简体中文 at run time: a lookup in the table scripts/build-zh-hans.ts generates from the Traditional
 * strings with OpenCC (zh-hans.generated.json, committed and checked fresh by `npm run data:check`).
 * The table loads lazily, from the app's own bundle, only when zh-Hans is chosen
 * (loadLanguage('zh-Hans') in languagePacks.ts).
 */

export interface ZhHansTable {
  phrases: Readonly<Record<string, string>>;
  chars: Readonly<Record<string, string>>;
}

let table: ZhHansTable | null = null;
let generation = 0;
const listeners = new Set<() => void>();

export function installZhHansTable(next: ZhHansTable | null): void {
  table = next;
  generation += 1;
  for (const listener of listeners) listener();
}

/** Changes whenever a table is installed, so caches of converted text know when to redo. */
export function zhHansGeneration(): number {
  return generation;
}

export function isZhHansReady(): boolean {
  return table !== null;
}

/**
 * Traditional -> Simplified. A whole string from the sources is looked up as it is (OpenCC converted
 * it phrase by phrase); a string put together at run time falls back to character by character.
 * Before the table has loaded the text is returned as it is.
 */
export function toSimplified(traditional: string): string {
  if (!table) return traditional;
  const phrase = table.phrases[traditional];
  if (phrase !== undefined) return phrase;
  let out = '';
  for (const char of traditional) out += table.chars[char] ?? char;
  return out;
}

/** Called whenever a table is installed or removed. */
export function subscribeZhHans(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
