import { useRef, useState } from 'react';
import { SourceNote } from '../components/SourceNote';
import type { FigureSpec } from '../components/chartSpec';
import { headlineItems } from '../data/figureRoles';
import { reportCredit } from '../components/citations';
import type { TripModel } from '../data/buildTripModel';
import type { CountryCode } from '../data/schema';
import { countryName } from '../i18n/labels';
import { formatDateRange, formatInteger, formatList, formatUsd, qualifierWord } from '../i18n/format';
import { fill, offeredLangs, pickMessages, type Lang } from '../i18n/lang';
import { setCountry, setLang, useAppStore } from '../store/appStore';
import { appMessages } from './messages';
import { useViewVariant } from '../components/viewVariant';

// Each language names itself, in its own script; 简体中文 is the one label not derived by OpenCC.
const LANG_LABELS: Record<Lang, string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', ru: 'Русский' };

export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const t = pickMessages(appMessages, lang);
  return (
    <div role="group" aria-label={t.language} className="segmented">
      {offeredLangs().map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="segmented__option"
          data-label={LANG_LABELS[option]}
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
  const dataset = useAppStore((s) => s.dataset);
  const codes = dataset.status === 'ready' ? dataset.model.dataset.trip.countries.map((c) => c.code) : [];
  const options: (CountryCode | null)[] = [null, ...codes];
  // The button a reader presses shows pressed at once; the views follow once that is on screen.
  // Every view re-renders for a new filter, which took a click about 35 ms of script before its
  // first paint: the reader saw nothing happen for that long. (The store cannot take the update as
  // a React transition: an external store's updates are always rendered at once.)
  // `undefined` while no click is waiting (null is "all countries"); only the latest click applies.
  const [pending, setPending] = useState<CountryCode | null | undefined>(undefined);
  const latest = useRef<CountryCode | null | undefined>(undefined);
  const choose = (option: CountryCode | null) => {
    latest.current = option;
    setPending(option);
    afterNextPaint(() => {
      if (latest.current !== option) return;
      latest.current = undefined;
      setCountry(option);
      setPending(undefined);
    });
  };
  const shown = pending === undefined ? country : pending;
  return (
    <div role="group" aria-label={t.countryFilter} className="segmented segmented--filter">
      <span className="segmented__label" aria-hidden="true">
        {t.countryFilter}
      </span>
      {options.map((option) => {
        const label = option ? countryName(option, lang) : t.allCountries;
        return (
          <button
            key={option ?? 'all'}
            type="button"
            className="segmented__option"
            data-country={option ?? 'all'}
            data-label={label}
            aria-pressed={shown === option}
            onClick={() => choose(option)}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}

/** Runs `work` after the next frame has been painted (a task queued from that frame's callback). */
function afterNextPaint(work: () => void) {
  if (typeof requestAnimationFrame === 'undefined') return void setTimeout(work, 0);
  requestAnimationFrame(() => setTimeout(work, 0));
}

interface HeadlineFiguresProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
  /** The source line, with links to the data notes (off on a slide, which has its own). */
  showSource?: boolean;
  /** On a slide the slide's title names the figures; the section then has no heading of its own. */
  labelledBy?: string;
}


export interface HeadlineFigure {
  id: string;
  value: string;
  label: string;
  /** Which countries the figure counts (the agreements figure follows the filter). */
  scope?: string;
  qualifier?: string;
}

/** The trip's headline figures; the agreements figure follows the country filter, the others say they are the whole trip's. */
export function computeHeadlineFigures(model: TripModel, lang: Lang, country: CountryCode | null): HeadlineFigure[] {
  const t = pickMessages(appMessages, lang);
  const { trip, derived } = model.dataset;
  const countryTotals = country ? derived.agreementTotals.byCountry.find((c) => c.country === country) : undefined;
  // The other figures exist for the whole trip only: under a filter they say so, never pass for one country's.
  const tripScope = country ? t.figScopeTrip : undefined;
  return [
    {
      id: 'agreements',
      value: formatInteger(countryTotals?.total ?? trip.agreements.total, lang),
      label: t.figAgreements,
      scope: countryTotals && country ? fill(t.figScopeCountry, { country: countryName(country, lang) }) : formatList(trip.countries.map((c) => countryName(c.code, lang)), lang),
    },
    {
      id: 'amount',
      qualifier: qualifierWord(trip.agreements.amountQualifier, lang),
      value: formatUsd(trip.agreements.amountUsd, lang),
      label: t.figAmount,
      scope: tripScope,
    },
    { id: 'delegation', value: formatInteger(trip.delegation.total, lang), label: t.figDelegation, scope: tripScope },
    { id: 'countries', value: formatInteger(trip.countries.length, lang), label: t.figCountries, scope: tripScope },
    { id: 'days', value: formatInteger(derived.tripDays.length, lang), label: t.figDays, scope: tripScope },
  ];
}

/** The headline figures as the briefing deck's first slide shows them, with the items they are about. */
export function headlineDeckPart(model: TripModel, lang: Lang, country: CountryCode | null): { figures: FigureSpec[]; about: string[] } {
  const figures = computeHeadlineFigures(model, lang, country).map(({ id, value, label, qualifier, scope }) => ({
    id,
    value,
    label,
    ...(qualifier ? { qualifier } : {}),
    ...(scope ? { scope } : {}),
  }));
  return { figures, about: headlineItems(model.dataset.figures) };
}

export function HeadlineFigures({ model, lang, country, showSource = true, labelledBy }: HeadlineFiguresProps) {
  const t = pickMessages(appMessages, lang);
  const figures = computeHeadlineFigures(model, lang, country);
  const variant = useViewVariant();
  return (
    <section aria-labelledby={labelledBy ?? 'headline-heading'} className="headline" data-variant={variant}>
      {labelledBy ? null : (
        <h2 id="headline-heading" className="visually-hidden">
          {t.headline}
        </h2>
      )}
      <ul className="headline__list">
        {figures.map((f) => (
          <li key={f.id} className="headline__item" data-figure={f.id}>
            <span className="headline__value">
              {f.qualifier ? <span className="headline__qualifier">{f.qualifier}</span> : null}
              {f.value}
            </span>
            <span className="headline__label">{f.label}</span>
            {/* Every card keeps the scope's room, so a filter that adds "whole trip" lines moves nothing below. */}
            {f.scope ? <span className="headline__scope">{f.scope}</span> : <span className="headline__scope" aria-hidden="true" />}
          </li>
        ))}
      </ul>
      {showSource ? (
        <SourceNote
          model={model}
          cites={[...model.dataset.trip.agreements.cite, ...model.dataset.trip.delegation.cite]}
          lang={lang}
          about={headlineItems(model.dataset.figures)}
        />
      ) : null}
    </section>
  );
}

/** "<home>’s trade mission to <country> and <country>", from the data's home and countries. */
export function missionSubtitle(model: TripModel, lang: Lang): string {
  const { trip } = model.dataset;
  const t = pickMessages(appMessages, lang);
  return fill(t.appSubtitle, {
    home: countryName(trip.home.code, lang),
    countries: formatList(trip.countries.map((c) => countryName(c.code, lang)), lang),
  });
}

/** The credit line: the reports the figures come from, one "publisher (date)" each, as a list in the language's words. */
export function sourcesLine(model: TripModel, lang: Lang): string {
  const t = pickMessages(appMessages, lang);
  return fill(t.footer, { sources: formatList(model.dataset.sources.map((s) => reportCredit(s, lang)), lang) });
}

export function TripDates({ model, lang }: { model: TripModel; lang: Lang }) {
  return <p className="masthead__dates">{formatDateRange(model.dataset.trip.start, model.dataset.trip.end, lang)}</p>;
}
