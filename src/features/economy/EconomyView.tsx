import { pickText } from '../../i18n/lang';
import { useAppStore, useTripModel } from '../../store/appStore';

/** Placeholder until the economy issue lands: the figures as a list. */
export default function EconomyView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const figures = model.dataset.figures.filter((f) => !country || f.subject === country);
  return (
    <ul>
      {figures.map((f) => (
        <li key={f.id}>
          {pickText(f.label, lang)}: {f.value} ({f.period})
        </li>
      ))}
    </ul>
  );
}
