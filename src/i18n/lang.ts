import type { Text } from '../data/schema';
import { pluralRules } from './intlCache';
import { russianTextsOf, type RussianTable } from './russian';
import { toSimplified, zhHansGeneration } from './zhHans';

/**
 * Every language the app can speak. Which of them a mission offers is data (trip.json `languages`):
 * see offeredLangs(). 简体中文 (zh-Hans) is derived from 繁體中文 with OpenCC at build time (src/i18n/zhHans.ts).
 */
export const LANGS = ['en', 'zh-Hant', 'zh-Hans', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the first view prerendered at build time (the page's default). */
export const PRERENDER_LANG: Lang = 'en';

/** The key a language's text is stored under in the data and in message bundles (zh-Hans: generated from zhHant). */
export type StoredLang = 'en' | 'zhHant' | 'ru';
const STORED: Record<Lang, StoredLang> = { en: 'en', 'zh-Hant': 'zhHant', 'zh-Hans': 'zhHant', ru: 'ru' };
export const storedKeyOf = (lang: Lang): StoredLang => STORED[lang];

// The languages of the mission the build is for, known before its dataset arrives (the URL and the
// first screen need them): vite.config.ts reads them from the dataset's trip.json. Loading a dataset
// sets them again from its own list (setOfferedLangs).
declare const __MISSION_LANGS__: readonly string[] | undefined;
const builtLangs: readonly string[] = typeof __MISSION_LANGS__ === 'undefined' ? LANGS : __MISSION_LANGS__;
let offered: readonly Lang[] = LANGS.filter((lang) => builtLangs.includes(lang));

/** The languages the mission offers, in the order its trip.json lists them. */
export function offeredLangs(): readonly Lang[] {
  return offered;
}

/** Called when a dataset is loaded, with its trip.json `languages`. */
export function setOfferedLangs(langs: readonly string[]): void {
  const next = langs.filter((lang): lang is Lang => (LANGS as readonly string[]).includes(lang));
  if (next.length > 0) offered = next;
}

/** A language the mission offers (a `?lang=` the mission does not list is ignored). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (offered as readonly string[]).includes(value);
}

/** True for both Chinese scripts: what Chinese typography and number words depend on. */
export function isChinese(lang: Lang): boolean {
  return lang === 'zh-Hant' || lang === 'zh-Hans';
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN', ru: 'ru-RU' };

/** The BCP 47 locale for Intl. (`<html lang>` is the Lang itself.) */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * Without `lang` in the URL, the browser's preferred languages choose, among those the mission offers:
 * Simplified Chinese (zh-CN, zh-SG, zh-Hans...) means 简体中文, any other Chinese 繁體中文; a tag whose
 * language the mission does not offer is passed over. public/boot.js makes the same choice.
 */
export function preferredLang(languages: readonly string[], langs: readonly Lang[] = offered): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0];
    if (primary === 'zh') {
      const simplified = /^zh-(hans|cn|sg|my)(-|$)/.test(lower);
      const choice = langs.find((lang) => lang === (simplified ? 'zh-Hans' : 'zh-Hant')) ?? langs.find(isChinese);
      if (choice) return choice;
      continue;
    }
    const match = langs.find((lang) => lang === primary);
    if (match) return match;
  }
  return langs.includes('en') ? 'en' : (langs[0] ?? 'en');
}

/** Traditional Chinese text in the reader's script: Simplified for zh-Hans, as it is otherwise. */
export function inScript(traditional: string, lang: Lang): string {
  return lang === 'zh-Hans' ? toSimplified(traditional) : traditional;
}

/** A dataset text in the current language (validation makes sure it exists in every language offered). */
export function pickText(text: Text, lang: Lang): string {
  const key = STORED[lang];
  if (key === 'zhHant') return inScript(text.zhHant, lang);
  return text[key] ?? text.en;
}

/**
 * Text in quotation marks as each language writes them: 「 」 in Traditional Chinese (zh-Hant-HK), « » in Russian, “ ” in English
 * and mainland Simplified (the generated table turns 「」『』 inside texts into “”‘’ the same way).
 * Quotation marks already in the text become the inner kind: 「最大規模的『出海』」, “最大规模的‘出海’”.
 */
export function quoted(text: string, lang: Lang): string {
  if (lang === 'zh-Hant') return `「${text.replace(/「/g, '『').replace(/」/g, '』')}」`;
  // Russian: «ёлочки» outside, „лапки“ inside.
  if (lang === 'ru') return `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
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
export type MessagesOf<B> = B extends Bundle<string, infer En, infer Zh> ? Messages<En, Zh> : never;

/**
 * A message bundle: the same keys in English and Traditional Chinese, checked by the compiler, under
 * an id. Its Russian texts sit in a file beside it (`messages.ru.ts`, see russianMessages) that only
 * the Russian language pack loads, so the first screen carries no Russian unless it shows Russian.
 */
export interface Bundle<Id extends string, En extends Texts, Zh extends Texts> {
  readonly id: Id;
  readonly en: En;
  readonly zhHant: Zh;
}

/**
 * Declares a bundle. The texts keep their literal types, so each message knows its placeholders;
 * a key missing from either language, or one only in Chinese, does not compile.
 */
export function defineMessages<const Id extends string, const En extends Texts, const Zh extends { readonly [K in keyof En]: string }>(
  id: Id,
  bundle: { en: En; zhHant: Zh & { readonly [K in Exclude<keyof Zh, keyof En>]: never } },
): Bundle<Id, En, Zh> {
  return { id, ...bundle };
}

/** The Russian texts of a bundle: exactly its English keys. Placeholders are typed from English and Chinese;
 *  Russian may also hold plural blocks (`{count, plural, …}`, see fill). */
export type RussianTexts<B> = B extends Bundle<string, infer En, Texts> ? { readonly [K in keyof En]: string } : never;

/**
 * A bundle's Russian texts, for its `messages.ru.ts`:
 * `export default russianMessages<typeof notesMessages>('notes', { … })`. The bundle is named by
 * its type only (`import type`), so the Russian pack does not pull the bundle's own module in; the
 * id must be the bundle's, and a key missing or not in English does not compile.
 */
export function russianMessages<B extends Bundle<string, Texts, Texts>>(id: B['id'], texts: RussianTexts<B>): RussianTable & { readonly texts: RussianTexts<B> } {
  return { id, texts };
}

// Converted bundles, per table generation (the table can arrive after a first render).
const simplifiedBundles = new WeakMap<object, { generation: number; messages: Record<string, string> }>();

// Bundles whose plural blocks carry their locale, per language record.
const localisedBundles = new WeakMap<object, Record<string, string>>();

/**
 * Messages may hold ICU plural blocks, `{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}`,
 * where a language needs more forms than a message can carry (Russian). Picking a bundle marks each block
 * with the language's locale, so fill() selects the form by that language's Intl.PluralRules.
 */
function withPluralLocale<K extends string>(messages: Record<K, string>, lang: Lang): Record<K, string> {
  if (!Object.values<string>(messages).some((m) => m.includes(', plural,'))) return messages;
  let localised = localisedBundles.get(messages);
  if (!localised) {
    localised = Object.fromEntries(
      Object.entries<string>(messages).map(([k, v]) => [k, v.replace(/\{(\w+), plural,/g, `{$1, plural@${localeOf(lang)},`)]),
    );
    localisedBundles.set(messages, localised);
  }
  return localised as Record<K, string>;
}

function texts<En extends Texts, Zh extends Texts>(bundle: Bundle<string, En, Zh>, lang: Lang): Texts {
  if (lang === 'en') return bundle.en;
  if (lang === 'zh-Hant') return bundle.zhHant;
  if (lang === 'ru') {
    const russian = russianTextsOf(bundle.id);
    if (russian) return withPluralLocale(russian, lang);
    // The app waits for the Russian pack before it shows a word (languagePacks.ts); if something
    // asks before that, English is better than a crash, and development says so.
    if (import.meta.env?.DEV) console.error(`Russian messages of "${bundle.id}" asked for before the Russian pack was loaded (loadLanguage('ru'))`);
    return bundle.en;
  }
  const generation = zhHansGeneration();
  const cached = simplifiedBundles.get(bundle.zhHant);
  if (cached && cached.generation === generation) return cached.messages;
  const messages = Object.fromEntries(Object.entries(bundle.zhHant).map(([k, v]) => [k, toSimplified(v)]));
  simplifiedBundles.set(bundle.zhHant, { generation, messages });
  return messages;
}

type Values = Readonly<Record<string, string | number>>;
type PluralBlocksReader = (text: string, values: Values, rules: typeof pluralRules) => string;
let pluralBlocks: PluralBlocksReader | null = null;

/**
 * The reader of plural blocks (plurals.ts). Only Russian messages hold them, so it comes with the
 * Russian pack (languagePacks.ts installs it), not with every first screen.
 */
export function installPluralBlocks(reader: PluralBlocksReader): void {
  pluralBlocks = reader;
}

export function pickMessages<En extends Texts, Zh extends Texts>(bundle: Bundle<string, En, Zh>, lang: Lang): Messages<En, Zh> {
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
  const text = template as string;
  // Plural blocks first (see withPluralLocale), then the plain placeholders.
  const withForms = pluralBlocks && text.includes(', plural@') ? pluralBlocks(text, values, pluralRules) : text;
  return withForms.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
