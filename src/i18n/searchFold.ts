/**
 * Search across scripts: a Traditional character becomes its Simplified form, so a query typed in
 * either script matches text in either (国泰 finds 國泰, 國泰 finds 国泰), whatever language the
 * page shows. The table is generated with the 简体中文 one (scripts/build-zh-hans.ts) and holds every
 * Han character of the app that Simplified writes differently; other characters pass unchanged.
 */
import fold from './zh-fold.generated.json';

const toSimplifiedChar = new Map<string, string>();
{
  const traditional = [...fold.traditional];
  const simplified = [...fold.simplified];
  traditional.forEach((char, i) => {
    const target = simplified[i];
    if (target) toSimplifiedChar.set(char, target);
  });
}

// Only the characters that change are looked up; the engine copies everything else (a class of
// Han characters needs no escaping).
const TRADITIONAL = new RegExp(`[${[...toSimplifiedChar.keys()].join('')}]`, 'gu');
const foldChar = (char: string) => toSimplifiedChar.get(char) ?? char;

// Mainland words back to the words the texts use (征税 -> 课税), longest first, applied to
// query and text alike after the characters are folded.
const wordFolds = new Map<string, string>(((fold as { words?: string[][] }).words ?? []).flatMap(([from, to]) => (from && to ? [[from, to] as const] : [])));
const MAINLAND_WORD = wordFolds.size === 0 ? null : new RegExp([...wordFolds.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** The text with every Traditional character of the app in its Simplified form, and mainland words in the texts' own. */
export function foldChineseScript(text: string): string {
  const simplified = toSimplifiedChar.size === 0 ? text : text.replace(TRADITIONAL, foldChar);
  return MAINLAND_WORD ? simplified.replace(MAINLAND_WORD, (word) => wordFolds.get(word) ?? word) : simplified;
}

/** Russian readers type е for ё (most printed Russian does too): both are searched as е. */
export function foldCyrillicYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
