import { formatDate, formatInteger, formatList } from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import type { CityInfo } from './cityInfo';
import { mapMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';

interface CityDetailsProps {
  info: CityInfo;
  lang: Lang;
  /** For the home city: what the data note says about the undated return. */
  returnNote?: string | null;
  /** h3 in the text itinerary; the popup's own heading level is the same (it sits inside the map panel). */
  titleId?: string;
}

/** Everything the map says about one city, as text: used in the popup and in the itinerary list. */
export function CityDetails({ info, lang, returnNote, titleId }: CityDetailsProps) {
  const t = pickMessages(mapMessages, lang);
  const { place, days, events, officials, agreements, milestones } = info;
  return (
    <div className="city-details" data-city={place.id}>
      <h3 className="city-details__title" id={titleId} tabIndex={-1}>
        {pickText(place.name, lang)}
        <span className="city-details__country">{countryName(place.country, lang)}</span>
      </h3>
      {info.isHome ? (
        <p className="city-details__line">
          {t.homeNote}
          {returnNote ? ` ${returnNote}` : ''}
        </p>
      ) : (
        <p className="city-details__line">
          <span className="city-details__label">{t.days}: </span>
          {days.length > 0 ? formatList(days.map((d) => formatDate(d, lang, 'short')), lang) : t.noDays}
        </p>
      )}
      {milestones.map((m) => (
        <p key={m.id} className="city-details__line">
          <span className="city-details__label">{t.plannedFlight}: </span>
          {pickText(m.summary, lang)} ({pickText(m.dueText, lang)})
        </p>
      ))}
      {agreements ? (
        <p className="city-details__line">
          <span className="city-details__label">{fill(t.agreementsWith, { country: countryName(agreements.country, lang) })}
            {punctuation(lang).colon}
          </span>
          <strong className="city-details__figure">{formatInteger(agreements.total, lang)}</strong>
        </p>
      ) : null}
      {!info.isHome && days.length > 0 ? (
        <>
          <h4 className="city-details__subtitle">{t.events}</h4>
          {events.length > 0 ? (
            <ul className="city-details__events">
              {events.map((e) => (
                <li key={e.id}>
                  <span className="city-details__when">
                    {formatDate(e.date, lang, 'short')}
                    {e.time ? ` · ${fill(e.timeApproximate ? t.localTimeApprox : t.localTime, { time: e.time })}` : ''}
                  </span>{' '}
                  {pickText(e.title, lang)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="city-details__line">{t.noEvents}</p>
          )}
        </>
      ) : null}
      {officials.length > 0 ? (
        <>
          <h4 className="city-details__subtitle">{t.officials}</h4>
          <ul className="city-details__officials">
            {officials.map((o) => (
              // Name and role in the order and punctuation of the reader's language ("Name, role" / "職銜姓名").
              <li key={o.name.en}>{fill(t.officialWithRole, { name: pickText(o.name, lang), role: pickText(o.role, lang) })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
