import type { TripModel } from '../data/buildTripModel';
import type { Citation } from '../data/schema';
import { pickMessages, pickText, type Lang } from '../i18n/lang';
import { punctuation } from '../i18n/punctuation';
import { formatCitations, sourceLabel } from './citations';
import { noteAnchor, notesAbout } from './dataNotes';
import { componentMessages } from './messages';

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

/**
 * The source line under a chart or figure: each report once with its sections, briefly; the full
 * citation (headings as printed) on demand; a link to each data note about the items.
 */
export function SourceNote({ model, cites, lang, about }: SourceNoteProps) {
  const t = pickMessages(componentMessages, lang);
  const notes = notesAbout(model, about);
  const brief = formatCitations(model, cites, lang, 'brief');
  const full = formatCitations(model, cites, lang, 'full');
  return (
    <div className="source-note">
      <p className="source-note__line">
        <span className="source-note__label">
          {sourceLabel(cites, lang)}
          {punctuation(lang).colon}
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
              aria-label={`${t.dataNote} ${number}${punctuation(lang).colon}${pickText(note.title, lang)}`}
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
