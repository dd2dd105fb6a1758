import type { Text } from '../data/schema';

export const LANGS = ['en', 'zh-Hant'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The BCP 47 locale for Intl, and the `<html lang>` value. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'zh-Hant-HK';
}

/** Without `lang` in the URL, the browser's preferred languages choose: any Chinese means 繁體中文. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-Hant';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A dataset text in the current language. */
export function pickText(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.zhHant;
}

/** A message bundle: the same keys in every language, checked by the compiler. */
export type Bundle<K extends string> = { en: Record<K, string>; zhHant: Record<K, string> };

export function defineMessages<K extends string>(bundle: Bundle<K>): Bundle<K> {
  return bundle;
}

export function pickMessages<K extends string>(bundle: Bundle<K>, lang: Lang): Record<K, string> {
  return lang === 'en' ? bundle.en : bundle.zhHant;
}

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
