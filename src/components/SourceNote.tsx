import type { TripModel } from '../data/buildTripModel';
import type { Citation, DataNote, Source } from '../data/schema';
import { formatDate } from '../i18n/format';
import { fill, inScript, pickMessages, pickText, quoted, type Lang } from '../i18n/lang';
import { componentMessages } from './messages';

/** One citation in words: "<publisher>, <date>, page <page>, “<heading>” (<our translation>)". */
export function describeCitation(model: TripModel, cite: Citation, lang: Lang): string {
  const section = model.sectionByKey.get(`${cite.source}/${cite.section}`);
  const source = model.sourceById.get(cite.source);
  if (!source || !section) return cite.source;
  const t = pickMessages(componentMessages, lang);
  const page = source.page ? fill(t.page, { page: source.page }) : t.pageUnknown;
  // Headings are kept as printed (Traditional); 简体中文 shows them converted like every other text.
  const heading = lang === 'en' ? `${quoted(section.heading, lang)} (${section.headingEn})` : quoted(inScript(section.heading, lang), lang);
  const sep = lang === 'en' ? ', ' : '，';
  return [pickText(source.publisher, lang), formatDate(source.published, lang), page, heading].join(sep);
}

/** A report's headline, whole: a headline printed in two parts is given in both. */
export function sourceTitle(source: Source, lang: Lang): string {
  const title = pickText(source.title, lang);
  if (!source.titleMore) return title;
  return `${title}${lang === 'en' ? ' — ' : ' '}${pickText(source.titleMore, lang)}`;
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

/** The source line under a chart or figure. */
export function SourceNote({ model, cites, lang, about }: SourceNoteProps) {
  const t = pickMessages(componentMessages, lang);
  const unique = [...new Map(cites.map((c) => [`${c.source}/${c.section}`, c])).values()];
  const notes = notesAbout(model, about);
  return (
    <p className="source-note">
      <span className="source-note__label">
        {unique.length > 1 ? t.sources : t.source}
        {lang === 'en' ? ': ' : '：'}
      </span>
      {unique.map((c) => describeCitation(model, c, lang)).join(lang === 'en' ? '; ' : '；')}
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
  );
}
