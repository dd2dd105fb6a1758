import type { Text } from '../data/schema';
import { toSimplified, zhHansGeneration } from './zhHans';

/** 简体中文 (zh-Hans) is derived from 繁體中文 with OpenCC at build time (src/i18n/zhHans.ts). */
export const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the first view prerendered at build time (the page's default). */
export const PRERENDER_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** True for both Chinese scripts: what Chinese typography and number words depend on. */
export function isChinese(lang: Lang): boolean {
  return lang !== 'en';
}

/** The BCP 47 locale for Intl. (`<html lang>` is the Lang itself.) */
export function localeOf(lang: Lang): string {
  if (lang === 'en') return 'en-GB';
  return lang === 'zh-Hans' ? 'zh-Hans-CN' : 'zh-Hant-HK';
}

/**
 * Without `lang` in the URL, the browser's preferred languages choose: Simplified Chinese (zh-CN,
 * zh-SG, zh-Hans...) means 简体中文, any other Chinese 繁體中文.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      return /^zh-(hans|cn|sg|my)(-|$)/.test(lower) ? 'zh-Hans' : 'zh-Hant';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Traditional Chinese text in the reader's script: Simplified for zh-Hans, as it is otherwise. */
export function inScript(traditional: string, lang: Lang): string {
  return lang === 'zh-Hans' ? toSimplified(traditional) : traditional;
}

/** A dataset text in the current language. */
export function pickText(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : inScript(text.zhHant, lang);
}

/**
 * Text in quotation marks as each language writes them: 「 」 in Traditional Chinese (zh-Hant-HK), “ ” in English
 * and mainland Simplified (the generated table turns 「」『』 inside texts into “”‘’ the same way).
 * Quotation marks already in the text become the inner kind: 「最大規模的『出海』」, “最大规模的‘出海’”.
 */
export function quoted(text: string, lang: Lang): string {
  if (lang === 'zh-Hant') return `「${text.replace(/「/g, '『').replace(/」/g, '』')}」`;
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** A message bundle: the same keys in every language, checked by the compiler. */
export type Bundle<K extends string> = { en: Record<K, string>; zhHant: Record<K, string> };

export function defineMessages<K extends string>(bundle: Bundle<K>): Bundle<K> {
  return bundle;
}

// Converted bundles, per table generation (the table can arrive after a first render).
const simplifiedBundles = new WeakMap<object, { generation: number; messages: Record<string, string> }>();

export function pickMessages<K extends string>(bundle: Bundle<K>, lang: Lang): Record<K, string> {
  if (lang === 'en') return bundle.en;
  if (lang === 'zh-Hant') return bundle.zhHant;
  const generation = zhHansGeneration();
  const cached = simplifiedBundles.get(bundle.zhHant);
  if (cached && cached.generation === generation) return cached.messages as Record<K, string>;
  const messages = Object.fromEntries(Object.entries(bundle.zhHant).map(([k, v]) => [k, toSimplified(v as string)]));
  simplifiedBundles.set(bundle.zhHant, { generation, messages });
  return messages as Record<K, string>;
}

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
