/**
 * The tab title and the page description in each language, from the mission's data. The app sets
 * them when the language changes; the build writes them into index.html as <meta> tags that
 * public/boot.js reads, so a link with ?lang=zh-Hans has a Simplified tab title before the app's
 * scripts run (scripts/prerender.ts).
 */
import type { TripModel } from '../data/buildTripModel';
import { formatDateRange, formatList } from '../i18n/format';
import { countryName } from '../i18n/labels';
import { fill, pickMessages, type Lang } from '../i18n/lang';
import { missionSubtitle } from './Header';
import { appMessages } from './messages';

export function documentTitle(lang: Lang, model: TripModel | null): string {
  const t = pickMessages(appMessages, lang);
  return model ? `${t.appTitle} · ${missionSubtitle(model, lang)}` : t.appTitle;
}

export function documentDescription(lang: Lang, model: TripModel): string {
  const { trip } = model.dataset;
  return fill(pickMessages(appMessages, lang).metaDescription, {
    home: countryName(trip.home.code, lang),
    countries: formatList(trip.countries.map((c) => countryName(c.code, lang)), lang),
    dates: formatDateRange(trip.start, trip.end, lang),
  });
}

/** The tags the build puts before public/boot.js: one title and one description per language. */
export function documentMetaTags(langs: readonly Lang[], model: TripModel): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return langs
    .flatMap((lang) => [
      `<meta name="mission-atlas-title" data-lang="${lang}" content="${attr(documentTitle(lang, model))}">`,
      `<meta name="mission-atlas-description" data-lang="${lang}" content="${attr(documentDescription(lang, model))}">`,
    ])
    .join('\n    ');
}
