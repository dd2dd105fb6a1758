/**
 * The plural blocks of a message, `{count, plural@ru-RU, one {# день} few {# дня} many {# дней} other {# дня}}`
 * (pickMessages marks each with its language's locale, see withPluralLocale in lang.ts): fill selects
 * the form by that locale's Intl.PluralRules. Only Russian messages hold them, so this comes with the
 * Russian pack and fill reads them once it is installed (installPluralBlocks).
 */
/** Intl.PluralRules for a locale: the entry's shared cache (intlCache.ts), handed in so that this
 *  module, in the Russian pack's chunk, does not split the cache out of the entry's. */
type PluralRulesOf = (locale: string) => Intl.PluralRules;

const PLURAL_BLOCK = /\{(\w+), plural@([\w-]+),((?:[^{}]|\{[^{}]*\})*)\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** A count as given to fill (a number, or one already formatted: "1 234", "1,5"). */
function countOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** The form of a plural block for the value: an exact `=n` first, then the locale's category; `#` is the value. */
function selectPluralForm(block: string, locale: string, value: string | number, pluralRules: PluralRulesOf): string {
  const forms = new Map<string, string>();
  for (const [, key, form] of block.matchAll(PLURAL_FORM)) forms.set(key!, form!);
  const count = countOf(value);
  const form = forms.get(`=${count}`) ?? forms.get(Number.isFinite(count) ? pluralRules(locale).select(count) : 'other') ?? forms.get('other') ?? '';
  return form.replace(/#/g, String(value));
}

/** Every plural block of the text whose count is among the values, in its form for that count. */
export function fillPluralBlocks(text: string, values: Readonly<Record<string, string | number>>, pluralRules: PluralRulesOf): string {
  return text.replace(PLURAL_BLOCK, (whole, key: string, locale: string, block: string) =>
    key in values ? selectPluralForm(block, locale, values[key]!, pluralRules) : whole,
  );
}
