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

/**
 * The `{name}` placeholders of a message, read from its text by the compiler:
 * `PlaceholderNames<'{count} of {total}'>` is `'count' | 'total'`.
 */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

declare const placeholders: unique symbol;
/**
 * A message with placeholders: not a string until `fill` gives every placeholder its value, so
 * the compiler refuses to show it (as a React child, an attribute or a string argument) unfilled.
 * At run time it is the message's text.
 */
export interface Template<Name extends string> {
  readonly [placeholders]: Name;
}

/** What a message with these placeholders is: a plain string when it has none. */
export type MessageOf<Name extends string> = [Name] extends [never] ? string : Template<Name>;

type Texts = Readonly<Record<string, string>>;

/** The messages of a bundle, each typed by the placeholders its texts hold in any language. */
export type Messages<En extends Texts, Zh extends Texts> = {
  readonly [K in keyof En]: MessageOf<PlaceholderNames<En[K]> | (K extends keyof Zh ? PlaceholderNames<Zh[K]> : never)>;
};

/** The messages `pickMessages` gives for a bundle. */
export type MessagesOf<B> = B extends Bundle<infer En, infer Zh> ? Messages<En, Zh> : never;

/** A message bundle: the same keys in every language, checked by the compiler. */
export interface Bundle<En extends Texts, Zh extends Texts> {
  readonly en: En;
  readonly zhHant: Zh;
}

/**
 * Declares a bundle. The texts keep their literal types, so each message knows its placeholders;
 * a key missing from either language, or one only in Chinese, does not compile.
 */
export function defineMessages<const En extends Texts, const Zh extends { readonly [K in keyof En]: string }>(bundle: {
  en: En;
  zhHant: Zh & { readonly [K in Exclude<keyof Zh, keyof En>]: never };
}): Bundle<En, Zh> {
  return bundle;
}

// Converted bundles, per table generation (the table can arrive after a first render).
const simplifiedBundles = new WeakMap<object, { generation: number; messages: Record<string, string> }>();

function texts<En extends Texts, Zh extends Texts>(bundle: Bundle<En, Zh>, lang: Lang): Texts {
  if (lang === 'en') return bundle.en;
  if (lang === 'zh-Hant') return bundle.zhHant;
  const generation = zhHansGeneration();
  const cached = simplifiedBundles.get(bundle.zhHant);
  if (cached && cached.generation === generation) return cached.messages;
  const messages = Object.fromEntries(Object.entries(bundle.zhHant).map(([k, v]) => [k, toSimplified(v)]));
  simplifiedBundles.set(bundle.zhHant, { generation, messages });
  return messages;
}

export function pickMessages<En extends Texts, Zh extends Texts>(bundle: Bundle<En, Zh>, lang: Lang): Messages<En, Zh> {
  return texts(bundle, lang) as unknown as Messages<En, Zh>;
}

/**
 * The values a message needs: one per placeholder and no other; none for a text without placeholders;
 * any for a text the compiler cannot read.
 */
export type ValuesFor<Name extends string> = [Name] extends [never]
  ? Readonly<Record<string, never>>
  : string extends Name
    ? Readonly<Record<string, string | number>>
    : Readonly<Record<Name, string | number>>;

/** Fill a message's `{name}` placeholders: every one needs its value. */
export function fill<Name extends string>(template: Template<Name>, values: NoInfer<ValuesFor<Name>>): string;
/** A literal text is read the same way; a text read at run time takes any values. */
export function fill<S extends string>(template: S, values: NoInfer<ValuesFor<PlaceholderNames<S> | (string extends S ? string : never)>>): string;
/** One of several messages (`a ? t.x : t.y`): the values of all of them. */
export function fill<Name extends string = never>(template: Template<Name> | string, values: NoInfer<ValuesFor<Name>>): string;
export function fill(template: Template<string> | string, values: Readonly<Record<string, string | number>>): string {
  return (template as string).replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
