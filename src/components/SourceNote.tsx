import type { TripModel } from '../data/buildTripModel';
import type { Citation } from '../data/schema';
import { formatDate } from '../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../i18n/lang';
import { componentMessages } from './messages';

/** One citation in words: "Ta Kung Pao, 6 June 2026, page A1, “八大成果” (Eight outcomes)". */
export function describeCitation(model: TripModel, cite: Citation, lang: Lang): string {
  const section = model.sectionByKey.get(`${cite.source}/${cite.section}`);
  const source = model.sourceById.get(cite.source);
  if (!source || !section) return cite.source;
  const t = pickMessages(componentMessages, lang);
  const page = source.page ? fill(t.page, { page: source.page }) : t.pageUnknown;
  const heading = lang === 'en' ? `“${section.heading}” (${section.headingEn})` : `「${section.heading}」`;
  const sep = lang === 'en' ? ', ' : '，';
  return [pickText(source.publisher, lang), formatDate(source.published, lang), page, heading].join(sep);
}

interface SourceNoteProps {
  model: TripModel;
  cites: readonly Citation[];
  lang: Lang;
}

/** The source line under a chart or figure. */
export function SourceNote({ model, cites, lang }: SourceNoteProps) {
  const t = pickMessages(componentMessages, lang);
  const unique = [...new Map(cites.map((c) => [`${c.source}/${c.section}`, c])).values()];
  return (
    <p className="source-note">
      <span className="source-note__label">{unique.length > 1 ? t.sources : t.source}: </span>
      {unique.map((c) => describeCitation(model, c, lang)).join(lang === 'en' ? '; ' : '；')}
    </p>
  );
}
