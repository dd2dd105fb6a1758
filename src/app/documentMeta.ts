/**
 * The tab title and the page description in each language. The app sets them when the language
 * changes; the build writes them into index.html as <meta> tags that public/boot.js reads, so a link
 * with ?lang=zh-Hans has a Simplified tab title before the app's scripts run (scripts/prerender.ts).
 */
import { pickMessages, type Lang } from '../i18n/lang';
import { appMessages } from './messages';

export function documentTitle(lang: Lang): string {
  const t = pickMessages(appMessages, lang);
  return `${t.appTitle} · ${t.appSubtitle}`;
}

export function documentDescription(lang: Lang): string {
  return pickMessages(appMessages, lang).metaDescription;
}

/** The tags the build puts before public/boot.js: one title and one description per language. */
export function documentMetaTags(langs: readonly Lang[]): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return langs
    .flatMap((lang) => [
      `<meta name="mission-atlas-title" data-lang="${lang}" content="${attr(documentTitle(lang))}">`,
      `<meta name="mission-atlas-description" data-lang="${lang}" content="${attr(documentDescription(lang))}">`,
    ])
    .join('\n    ');
}
