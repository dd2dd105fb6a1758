import type { TripModel } from '../data/buildTripModel';
import type { Citation, DataNote, Source } from '../data/schema';
import { formatDate } from '../i18n/format';
import { fill, inScript, isChinese, pickMessages, pickText, quoted, type Lang } from '../i18n/lang';
import { componentMessages } from './messages';
import { punctuation, withAside } from '../i18n/punctuation';

/** The cited sections of one report, with the report's publication line ("<publisher>, <date>, page <page>"). */
export interface CitationGroup {
  source: Source;
  publication: string;
  sections: Section[];
  /** The group's citations, one per section. */
  cites: Citation[];
}
type Section = NonNullable<ReturnType<TripModel['sectionByKey']['get']>>;

/** Each cited section once, grouped by report, reports in the order first cited; unknown citations are dropped. */
export function groupCitations(model: TripModel, cites: readonly Citation[], lang: Lang): CitationGroup[] {
  const t = pickMessages(componentMessages, lang);
  const groups = new Map<string, CitationGroup>();
  const seen = new Set<string>();
  for (const cite of cites) {
    const key = `${cite.source}/${cite.section}`;
    const source = model.sourceById.get(cite.source);
    const section = model.sectionByKey.get(key);
    if (!source || !section || seen.has(key)) continue;
    seen.add(key);
    let group = groups.get(source.id);
    if (!group) {
      const page = source.page ? fill(t.page, { page: source.page }) : t.pageUnknown;
      const publication = [pickText(source.publisher, lang), formatDate(source.published, lang), page].join(t.citationPartSeparator);
      groups.set(source.id, (group = { source, publication, sections: [], cites: [] }));
    }
    group.sections.push(section);
    group.cites.push(cite);
  }
  return [...groups.values()];
}

/**
 * Citations in words, each report once with its sections: the one formatter for every source line
 * (the dashboard, the briefing text, the slides and the PowerPoint file).
 * - `brief`: "<publisher>, <date>, page <page>: <section> · <section>"
 *   (section names in the reader's language).
 * - `full`: the headings as printed, quoted, with our translation (English, or Russian in Russian):
 *   "<publisher>, <date>, page <page>: 「<heading>」 (<translation>), 「<heading>」 (<translation>)".
 * Reports are separated by "; " (Chinese "；").
 */
export function formatCitations(model: TripModel, cites: readonly Citation[], lang: Lang, detail: 'brief' | 'full' = 'full'): string {
  const t = pickMessages(componentMessages, lang);
  // Headings are kept as printed (Traditional); 简体中文 shows them converted like every other text.
  const sectionText = (section: Section) => {
    const heading = { en: section.headingEn, zhHant: section.heading, ...(section.headingRu ? { ru: section.headingRu } : {}) };
    if (detail === 'brief') return pickText(heading, lang);
    // The printed heading is Chinese text, so it is quoted the Chinese way in every language (「…『…』…」),
    // never “「…」” in English; our translation follows it.
    // A reader of Chinese gets the heading alone; others get it with our translation beside it.
    return isChinese(lang) ? quoted(inScript(section.heading, lang), lang) : withAside(quoted(section.heading, 'zh-Hant'), pickText(heading, lang), lang);
  };
  const unknown = cites.filter((c) => !model.sectionByKey.has(`${c.source}/${c.section}`) || !model.sourceById.has(c.source)).map((c) => c.source);
  const known = groupCitations(model, cites, lang).map(
    (g) => `${g.publication}${t.citationColon}${g.sections.map(sectionText).join(detail === 'brief' ? t.citationSectionSeparator : t.citationPartSeparator)}`,
  );
  return [...known, ...new Set(unknown)].join(t.citationGroupSeparator);
}

/** One citation in words: "<publisher>, <date>, page <page>: “<heading>” (<our translation>)". */
export function describeCitation(model: TripModel, cite: Citation, lang: Lang): string {
  return formatCitations(model, [cite], lang);
}

/** A report's headline, whole: a headline printed in two parts is given in both. */
export function sourceTitle(source: Source, lang: Lang): string {
  const title = pickText(source.title, lang);
  if (!source.titleMore) return title;
  return `${title}${punctuation(lang).titleBreak}${pickText(source.titleMore, lang)}`;
}

interface SourceNoteProps {
  model: TripModel;
  cites: readonly Citation[];
  lang: Lang;
  /**
   * Ids of the items the line is the source of (figures, agreements, places, events...). Each data
   * note about one of them gets a "Data note" link to it in the Sources and data notes view.
   */
  about?: string | readonly string[];
}

/** The data notes about any of these items, each once, in dataset order. */
export function notesAbout(model: TripModel, about: string | readonly string[] | undefined): DataNote[] {
  const ids = typeof about === 'string' ? [about] : (about ?? []);
  const found = new Set(ids.flatMap((id) => model.notesByItem.get(id) ?? []));
  return model.dataset.notes.filter((note) => found.has(note));
}

/** Where a data note is shown: its element id in the Sources and data notes view. */
export const noteAnchor = (noteId: string) => `note-${noteId}`;

/**
 * The source line under a chart or figure: each report once with its sections, briefly; the full
 * citation (headings as printed) on demand; a link to each data note about the items.
 */
export function SourceNote({ model, cites, lang, about }: SourceNoteProps) {
  const t = pickMessages(componentMessages, lang);
  const unique = new Set(cites.map((c) => `${c.source}/${c.section}`));
  const notes = notesAbout(model, about);
  const brief = formatCitations(model, cites, lang, 'brief');
  const full = formatCitations(model, cites, lang, 'full');
  return (
    <div className="source-note">
      <p className="source-note__line">
        <span className="source-note__label">
          {unique.size > 1 ? t.sources : t.source}
          {t.citationColon}
        </span>
        {brief}
        {notes.map((note) => {
          // Numbered as in the notes view's list, so two links on one line are told apart.
          const number = model.dataset.notes.indexOf(note) + 1;
          return (
            <a
              key={note.id}
              className="source-note__note-link"
              href={`#${noteAnchor(note.id)}`}
              aria-label={`${t.dataNote} ${number}: ${pickText(note.title, lang)}`}
            >
              {t.dataNote} {number}
            </a>
          );
        })}
      </p>
      {/* Not in the exported files, which carry the brief line. */}
      <details className="source-note__full" data-export="exclude">
        <summary>{t.fullCitation}</summary>
        <p>{full}</p>
      </details>
    </div>
  );
}
