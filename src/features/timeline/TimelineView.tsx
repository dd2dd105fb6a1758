import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/lang';
import { useAppStore, useTripModel } from '../../store/appStore';

/** Placeholder until the timeline issue lands: the eight outcomes as a list. */
export default function TimelineView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  return (
    <ol className="outcomes">
      {model.dataset.outcomes.map((o) => (
        <li key={o.number}>
          <strong>{pickText(o.title, lang)}</strong> ({formatDate(o.date, lang)}) — {pickText(o.summary, lang)}
        </li>
      ))}
    </ol>
  );
}
