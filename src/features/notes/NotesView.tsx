import { describeCitation, publicationLine, sourceTitle } from '../../components/citations';
import { noteAnchor } from '../../components/dataNotes';
import { punctuation } from '../../i18n/punctuation';
import { fill, pickMessages, pickText } from '../../i18n/lang';
import { useAppStore, useTripModel } from '../../store/appStore';
import { notesMessages } from './messages';
import './notes.css';
import { useViewVariant } from '../../components/viewVariant';

/** Every source with date and page, and every data note: where the reports disagree or are wrong. */
export default function NotesView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const t = pickMessages(notesMessages, lang);
  const variant = useViewVariant();
  const { sources, notes } = model.dataset;
  return (
    <div className="notes" data-variant={variant}>
      <h3 className="notes__heading">{t.sourcesHeading}</h3>
      <ul className="notes__sources">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <strong>{sourceTitle(source, lang)}</strong>
            <span>
              {punctuation(lang).dash}
              {publicationLine(source, lang)}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="notes__heading">{fill(t.notesHeading, { count: notes.length })}</h3>
      <p className="notes__intro">{t.notesIntro}</p>
      <ol className="notes__list">
        {notes.map((note) => (
          <li key={note.id} id={noteAnchor(note.id)} className="note" tabIndex={-1}>
            <h4 className="note__title">{pickText(note.title, lang)}</h4>
            <dl className="note__values">
              {note.values.map((v, i) => (
                <div key={i} className="note__value">
                  <dt>{pickText(v.value, lang)}</dt>
                  <dd>{describeCitation(model, v.cite, lang)}</dd>
                </div>
              ))}
            </dl>
            <p>
              <strong>{t.used}</strong> {pickText(note.used, lang)}
            </p>
            <p>
              <strong>{t.why}</strong> {pickText(note.why, lang)}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
