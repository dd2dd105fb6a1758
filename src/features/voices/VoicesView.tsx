import { SourceNote } from '../../components/SourceNote';
import { countryStyle } from '../../components/countryStyle';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { formatDate, formatInteger } from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { useAppStore, useTripModel } from '../../store/appStore';
import { voicesMessages } from './messages';
import { isRomanisedName, selectVoices } from '../../data/selectVoices';
import './voices.css';
import { useViewVariant } from '../../components/viewVariant';

/** "What they said": named people's remarks on the mission, paraphrased and cited, following the country filter. */
export default function VoicesView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  return <VoicesList model={model} lang={lang} country={country} />;
}

interface VoicesListProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
}

export function VoicesList({ model, lang, country }: VoicesListProps) {
  const t = pickMessages(voicesMessages, lang);
  const variant = useViewVariant();
  const rows = selectVoices(model.dataset, country);
  const count = formatInteger(rows.length, lang);
  return (
    <div className="voices" data-variant={variant}>
      <p className="voices__intro">{t.intro}</p>
      <p className="voices__scope" role="status">
        {country ? fill(t.scopeCountry, { count, country: countryName(country, lang), region: pickText(model.dataset.trip.region, lang) }) : fill(t.scopeAll, { count })}
      </p>
      {rows.length === 0 ? <p>{t.empty}</p> : null}
      <ul className="voices__list">
        {rows.map(({ voice, person, reported }) => (
          <li key={voice.id} id={`voice-${voice.id}`} className="voice" data-voice={voice.id} data-country={voice.country ?? 'all'} style={countryStyle(voice.country)}>
            <p className="voice__who">
              <strong className="voice__name">{pickText(person.name, lang)}</strong>
              {/* A name with no official English form found is our romanisation: say so where it is shown (Chinese shows the name as printed). */}
              {isRomanisedName(person) && pickText(person.name, lang) === person.name.en ? <span className="voice__romanised">{t.romanised}</span> : null}
              <span className="voice__role">{pickText(person.role, lang)}</span>
            </p>
            <p className="voice__meta">
              <span className="voice__about">{voice.country ? countryName(voice.country, lang) : t.aboutBoth}</span>
              {voice.date ? <span>{fill(t.onDay, { date: formatDate(voice.date, lang) })}</span> : null}
              {!voice.date && reported ? <span>{fill(t.byReport, { date: formatDate(reported, lang) })}</span> : null}
            </p>
            <p className="voice__said">{pickText(voice.said, lang)}</p>
            <SourceNote model={model} cites={voice.cite} lang={lang} about={[voice.id, voice.person]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
