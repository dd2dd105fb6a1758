import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/lang';
import { useAppStore, useTripModel } from '../../store/appStore';

/** Placeholder until the map issue lands: the itinerary by day as text. */
export default function MapView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  return (
    <ol className="itinerary">
      {model.dataset.days.map((day) => {
        const place = model.placeById.get(day.place);
        return (
          <li key={day.date}>
            <strong>{formatDate(day.date, lang)}</strong> — {place ? pickText(place.name, lang) : day.place}:{' '}
            {pickText(day.summary, lang)}
          </li>
        );
      })}
    </ol>
  );
}
