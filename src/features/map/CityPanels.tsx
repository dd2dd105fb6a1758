import { useId } from 'react';
import { formatDate, formatInteger, formatList } from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import type { CityInfo } from './cityInfo';
import { mapMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';

interface CityPanelsProps {
  lang: Lang;
  /** Every city of the map model; a panel is drawn for each one the trip spent days in. */
  cities: readonly CityInfo[];
  highlighted: ReadonlySet<string>;
  onShowOnMap: (city: CityInfo) => void;
}

/** What the reports name in a city: its venues, or that they name one or none. */
function venueLine(city: CityInfo, lang: Lang): string {
  const t = pickMessages(mapMessages, lang);
  const names = city.venues.map((v) => pickText(v.name, lang));
  if (names.length === 0) return t.noVenueNamed;
  if (names.length === 1) return fill(t.oneVenueOnly, { venue: names[0]! });
  return fill(t.venuesNamed, { venues: formatList(names, lang) });
}

function CityPanel({ city, lang, highlighted, onShowOnMap }: { city: CityInfo; lang: Lang; highlighted: boolean; onShowOnMap: () => void }) {
  const t = pickMessages(mapMessages, lang);
  const titleId = useId();
  const name = pickText(city.place.name, lang);
  return (
    <article className="city-panel" data-city={city.place.id} data-highlighted={highlighted || undefined} aria-labelledby={titleId}>
      <h4 className="city-panel__title" id={titleId}>
        {name} <span className="city-panel__country">{countryName(city.place.country, lang)}</span>
      </h4>
      {city.agreements ? (
        <p className="city-panel__figure">
          {fill(t.agreementsWith, { country: countryName(city.agreements.country, lang) })}
          {punctuation(lang).colon}
          <strong>{formatInteger(city.agreements.total, lang)}</strong>
        </p>
      ) : null}
      <h5 className="city-panel__subtitle">{t.cityPanelDays}</h5>
      <dl className="city-panel__days">
        {city.days.map((day) => {
          const events = city.events.filter((e) => e.date === day);
          return (
            <div key={day} className="city-panel__day" data-date={day}>
              <dt>{formatDate(day, lang, 'short')}</dt>
              <dd>
                {events.length > 0 ? (
                  <ul>
                    {events.map((e) => (
                      <li key={e.id}>
                        {pickText(e.title, lang)}
                        {e.time ? <span className="city-panel__time"> · {fill(e.timeApproximate ? t.localTimeApprox : t.localTime, { time: e.time })}</span> : null}
                        {e.venue ? <span className="city-panel__venue"> · {pickText(city.venues.find((v) => v.id === e.venue)?.name ?? { en: '', zhHant: '', ru: '' }, lang)}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t.noEventsThatDay
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="city-panel__venues">{venueLine(city, lang)}</p>
      <button type="button" className="button city-panel__show" onClick={onShowOnMap}>
        {fill(t.showCityOnMap, { city: name })}
      </button>
    </article>
  );
}

/** One panel per city the delegation spent days in, in the order of the trip: the cities up close, as text. */
export function CityPanels({ lang, cities, highlighted, onShowOnMap }: CityPanelsProps) {
  const t = pickMessages(mapMessages, lang);
  const visited = cities.filter((c) => !c.isHome && c.days.length > 0);
  if (visited.length === 0) return null;
  return (
    <section className="city-panels" aria-label={t.cityPanelsTitle}>
      <h3 className="city-panels__title">{t.cityPanelsTitle}</h3>
      <div className="city-panels__grid">
        {visited.map((city) => (
          <CityPanel key={city.place.id} city={city} lang={lang} highlighted={highlighted.has(city.place.id)} onShowOnMap={() => onShowOnMap(city)} />
        ))}
      </div>
    </section>
  );
}
