import { SourceNote } from '../../components/SourceNote';
import { countryStyle } from '../../components/countryStyle';
import type { TripModel } from '../../data/buildTripModel';
import type { BackgroundFact, CountryCode } from '../../data/schema';
import { countryName } from '../../i18n/labels';
import { pickMessages, pickText, type Lang } from '../../i18n/lang';
import { economyMessages } from './messages';

/** The background facts for the countries the filter shows, in the data's order. */
export function selectBackground(background: readonly BackgroundFact[], country: CountryCode | null): BackgroundFact[] {
  return background.filter((fact) => !country || fact.country === country);
}

interface BackgroundFactsProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
}

/** What a briefing opens with: each country's place in home's trade, its geography and resources, cited. */
export function BackgroundFacts({ model, lang, country }: BackgroundFactsProps) {
  const t = pickMessages(economyMessages, lang);
  const facts = selectBackground(model.dataset.background, country);
  if (facts.length === 0) return null;
  return (
    <section className="economy__background" aria-labelledby="economy-background">
      <h3 id="economy-background" className="economy__group-title">
        {t.backgroundHeading}
      </h3>
      <ul className="economy__background-list">
        {facts.map((fact) => (
          <li key={fact.id} className="background-fact" data-background={fact.id} data-country={fact.country} style={countryStyle(fact.country)}>
            <p className="background-fact__title">
              <span className="background-fact__country">{countryName(fact.country, lang)}</span>
              <strong>{pickText(fact.title, lang)}</strong>
            </p>
            <p className="background-fact__summary">{pickText(fact.summary, lang)}</p>
            <SourceNote model={model} cites={fact.cite} lang={lang} about={fact.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
