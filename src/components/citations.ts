/**
 * Citations in words: the one place a source line is written, short or full, for every output (the
 * dashboard's source lines and notes, the embed's credit, the briefing text, the slides and the
 * PowerPoint file). Pure: a citation lookup and a language in, text out; punctuation from
 * i18n/punctuation.ts, so a language's marks are written once.
 */
import type { SectionRef, TripModel } from '../data/buildTripModel';
import type { Citation, Source } from '../data/schema';
import { formatDate } from '../i18n/format';
import { fill, inScript, isChinese, pickMessages, pickText, quoted, type Lang } from '../i18n/lang';
import { punctuation, withAside } from '../i18n/punctuation';
import { componentMessages } from './messages';

/** What a citation is looked up in (the trip model has both). */
export type CitationLookup = Pick<TripModel, 'sourceById' | 'sectionByKey'>;

const citeKey = (cite: Citation) => `${cite.source}/${cite.section}`;

/** Each cited section once, in the order first cited. */
export function uniqueCites(cites: readonly Citation[]): Citation[] {
  return [...new Map(cites.map((c) => [citeKey(c), c])).values()];
}

/** A report's publication: "Ta Kung Pao, 6 June 2026, page A1" / "大公報，2026年6月6日，第A1版". */
export function publicationLine(source: Source, lang: Lang): string {
  const t = pickMessages(componentMessages, lang);
  const page = source.page ? fill(t.page, { page: source.page }) : t.pageUnknown;
  return [pickText(source.publisher, lang), formatDate(source.published, lang), page].join(punctuation(lang).comma);
}

/** A report named shortly, as a credit: "Ta Kung Pao (6 June 2026)" / "《大公報》（2026年6月6日）". */
export function reportCredit(source: Source, lang: Lang): string {
  const t = pickMessages(componentMessages, lang);
  return withAside(fill(t.reportName, { publisher: pickText(source.publisher, lang) }), formatDate(source.published, lang), lang);
}

/** A report's headline, whole: a headline printed in two parts is given in both. */
export function sourceTitle(source: Source, lang: Lang): string {
  const title = pickText(source.title, lang);
  if (!source.titleMore) return title;
  return `${title}${punctuation(lang).titleBreak}${pickText(source.titleMore, lang)}`;
}

/** The cited sections of one report, with the report's publication line. */
export interface CitationGroup {
  source: Source;
  publication: string;
  sections: SectionRef[];
  /** The group's citations, one per section. */
  cites: Citation[];
}

/** Each cited section once, grouped by report, reports in the order first cited; unknown citations are dropped. */
export function groupCitations(lookup: CitationLookup, cites: readonly Citation[], lang: Lang): CitationGroup[] {
  const groups = new Map<string, CitationGroup>();
  for (const cite of uniqueCites(cites)) {
    const source = lookup.sourceById.get(cite.source);
    const section = lookup.sectionByKey.get(citeKey(cite));
    if (!source || !section) continue;
    let group = groups.get(source.id);
    if (!group) groups.set(source.id, (group = { source, publication: publicationLine(source, lang), sections: [], cites: [] }));
    group.sections.push(section);
    group.cites.push(cite);
  }
  return [...groups.values()];
}

/**
 * Citations in words, each report once with its sections.
 * - `brief`: "<publisher>, <date>, page <page>: <section> · <section>" (section names in the reader's language).
 * - `full`: the headings as printed, quoted, with our translation in English:
 *   "<publisher>, <date>, page <page>: 「<heading>」 (<translation>), 「<heading>」 (<translation>)".
 * Reports are separated by "; " (Chinese "；"); a citation of an unknown report keeps its id.
 */
export function formatCitations(lookup: CitationLookup, cites: readonly Citation[], lang: Lang, detail: 'brief' | 'full' = 'full'): string {
  const p = punctuation(lang);
  const sectionText = (section: SectionRef) => {
    // Our translation of the heading: English, or Russian where the data gives one.
    const heading = { en: section.headingEn, zhHant: section.heading, ...(section.headingRu ? { ru: section.headingRu } : {}) };
    if (detail === 'brief') return pickText(heading, lang);
    // The printed heading is Chinese text, so it is quoted the Chinese way in every language (「…『…』…」),
    // never “「…」” in English. A reader of Chinese gets the heading alone; others get our translation beside it.
    return isChinese(lang) ? quoted(inScript(section.heading, lang), lang) : withAside(quoted(section.heading, 'zh-Hant'), pickText(heading, lang), lang);
  };
  const unknown = cites.filter((c) => !lookup.sectionByKey.has(citeKey(c)) || !lookup.sourceById.has(c.source)).map((c) => c.source);
  const known = groupCitations(lookup, cites, lang).map(
    (g) => `${g.publication}${p.colon}${g.sections.map(sectionText).join(detail === 'brief' ? p.itemBreak : p.comma)}`,
  );
  return [...known, ...new Set(unknown)].join(p.semicolon);
}

/** One citation in full: "<publisher>, <date>, page <page>: 「<heading>」 (<our translation>)". */
export function describeCitation(lookup: CitationLookup, cite: Citation, lang: Lang): string {
  return formatCitations(lookup, [cite], lang);
}

/** "Source" or "Sources", as the label before a line of these citations. */
export function sourceLabel(cites: readonly Citation[], lang: Lang): string {
  const t = pickMessages(componentMessages, lang);
  return uniqueCites(cites).length > 1 ? t.sources : t.source;
}

/** The line under a chart or slide: "Sources: Ta Kung Pao, 1 June 2026, page A5: … · …; …"; empty without citations. */
export function sourceLine(lookup: CitationLookup, cites: readonly Citation[], lang: Lang): string {
  if (cites.length === 0) return '';
  return `${sourceLabel(cites, lang)}${punctuation(lang).colon}${formatCitations(lookup, cites, lang, 'brief')}`;
}
