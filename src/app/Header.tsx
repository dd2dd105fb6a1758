import type { TripModel } from '../data/buildTripModel';
import { COUNTRY_CODES, type CountryCode } from '../data/schema';
import { formatDateRange, formatInteger, formatUsd, qualifierWord } from '../i18n/format';
import { LANGS, fill, pickMessages, type Lang } from '../i18n/lang';
import { setCountry, setLang, useAppStore } from '../store/appStore';
import { appMessages } from './messages';

const LANG_LABELS: Record<Lang, string> = { en: 'English', 'zh-Hant': '繁體中文' };

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const t = pickMessages(appMessages, lang);
  return (
    <div role="group" aria-label={t.language} className="segmented">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="segmented__option"
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {LANG_LABELS[option]}
        </button>
      ))}
    </div>
  );
}

export function CountryFilter() {
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const t = pickMessages(appMessages, lang);
  const options: (CountryCode | null)[] = [null, ...COUNTRY_CODES];
  return (
    <div role="group" aria-label={t.countryFilter} className="segmented segmented--filter">
      <span className="segmented__label" aria-hidden="true">
        {t.countryFilter}
      </span>
      {options.map((option) => (
        <button
          key={option ?? 'all'}
          type="button"
          className="segmented__option"
          data-country={option ?? 'all'}
          aria-pressed={country === option}
          onClick={() => setCountry(option)}
        >
          {option ? t[option] : t.allCountries}
        </button>
      ))}
    </div>
  );
}

interface HeadlineFiguresProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
}

/** The trip's headline figures; the agreements figure follows the country filter. */
export function HeadlineFigures({ model, lang, country }: HeadlineFiguresProps) {
  const t = pickMessages(appMessages, lang);
  const { trip, derived } = model.dataset;
  const countryTotals = country ? derived.agreementTotals.byCountry.find((c) => c.country === country) : undefined;
  const figures: { id: string; value: string; label: string; qualifier?: string }[] = [
    {
      id: 'agreements',
      value: formatInteger(countryTotals?.total ?? trip.agreements.total, lang),
      label: countryTotals && country ? fill(t.figAgreementsFiltered, { country: t[country] }) : t.figAgreements,
    },
    {
      id: 'amount',
      qualifier: qualifierWord(trip.agreements.amountQualifier, lang),
      value: formatUsd(trip.agreements.amountUsd, lang),
      label: t.figAmount,
    },
    { id: 'delegation', value: formatInteger(trip.delegation.total, lang), label: t.figDelegation },
    { id: 'countries', value: formatInteger(trip.countries.length, lang), label: t.figCountries },
    { id: 'days', value: formatInteger(derived.tripDays.length, lang), label: t.figDays },
  ];
  return (
    <section aria-labelledby="headline-heading" className="headline">
      <h2 id="headline-heading" className="visually-hidden">
        {t.headline}
      </h2>
      <ul className="headline__list">
        {figures.map((f) => (
          <li key={f.id} className="headline__item" data-figure={f.id}>
            <span className="headline__value">
              {f.qualifier ? <span className="headline__qualifier">{f.qualifier}</span> : null}
              {f.value}
            </span>
            <span className="headline__label">{f.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TripDates({ model, lang }: { model: TripModel; lang: Lang }) {
  return <p className="masthead__dates">{formatDateRange(model.dataset.trip.start, model.dataset.trip.end, lang)}</p>;
}
