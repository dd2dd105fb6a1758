/**
 * Intl objects, made when first needed and then shared: one per kind, locale and option set.
 * Making one costs far more than using it (in Chromium the first Intl.ListFormat took about 45 ms,
 * unthrottled, while it loads the locale's data), so nothing makes one at module load, where it
 * would lengthen the first task, and no render or loop makes a new one.
 */
const shared = new Map<string, object>();

function sharedIntl<T extends object>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let made = shared.get(key) as T | undefined;
  if (!made) {
    made = make();
    shared.set(key, made);
  }
  return made;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  sharedIntl('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  sharedIntl('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions) =>
  sharedIntl('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  sharedIntl('PluralRules', locale, options, () => new Intl.PluralRules(locale, options));

export const collator = (locale: string, options?: Intl.CollatorOptions) =>
  sharedIntl('Collator', locale, options, () => new Intl.Collator(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  sharedIntl('DisplayNames', locale, options, () => new Intl.DisplayNames([locale], options));
