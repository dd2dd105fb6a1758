import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { countryStyle } from '../../components/countryStyle';
import { SourceNote } from '../../components/SourceNote';
import { toolMessages } from '../../components/toolMessages';
import type { TripModel } from '../../data/buildTripModel';
import type { Outcome } from '../../data/schema';
import { formatDate, formatList } from '../../i18n/format';
import { countryName, statusName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { outcomeCountries, type OutcomeLinks } from './links';
import { timelineMessages } from './messages';
import { punctuation } from '../../i18n/punctuation';

interface OutcomeCardProps {
  model: TripModel;
  outcome: Outcome;
  links: OutcomeLinks;
  lang: Lang;
  selected: boolean;
  dimmed: boolean;
  /** Name of the filtered country, when a filter greys this card out. */
  filterCountryName: string | null;
  /** The id of the element showing this outcome's details, wherever the layout puts it. */
  detailsId: string;
  detailsInside: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  tabIndex: number;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

function LinkedList({ id, heading, items, empty }: { id: string; heading: string; items: { key: string; title: string; meta: string }[]; empty: string }) {
  return (
    <div className="tl-linked">
      <h4 id={id} className="tl-linked__heading">
        {heading}
      </h4>
      {items.length === 0 ? (
        <p className="tl-linked__empty">{empty}</p>
      ) : (
        <ul className="tl-linked__list" aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.key}>
              <span className="tl-linked__title">{item.title}</span> <span className="tl-linked__meta">{item.meta}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface OutcomeDetailsProps {
  model: TripModel;
  outcome: Outcome;
  links: OutcomeLinks;
  lang: Lang;
}

/** What lies behind an outcome: its summary, the agreements, events and later steps, and its source on demand. */
export function OutcomeDetails({ model, outcome, links, lang }: OutcomeDetailsProps) {
  const t = pickMessages(timelineMessages, lang);
  const tc = pickMessages(toolMessages, lang);
  const id = useId();
  const [sourceShown, setSourceShown] = useState(false);
  const sep = punctuation(lang).comma;
  return (
    <>
      <p className="tl-outcome__summary">{pickText(outcome.summary, lang)}</p>
      <div className="tl-linked-group">
        <LinkedList
          id={`${id}-agreements`}
          heading={t.linkedAgreements}
          empty={t.noneLinked}
          items={links.agreements.map((a) => ({
            key: a.id,
            title: pickText(a.title, lang),
            meta: [countryName(a.country, lang), statusName(a.status, lang)].join(sep),
          }))}
        />
        <LinkedList
          id={`${id}-events`}
          heading={t.linkedEvents}
          empty={t.noneLinked}
          items={links.events.map((e) => ({ key: e.id, title: pickText(e.title, lang), meta: formatDate(e.date, lang, 'short') }))}
        />
        <LinkedList
          id={`${id}-milestones`}
          heading={t.linkedMilestones}
          empty={t.noneLinked}
          items={links.milestones.map((m) => ({ key: m.id, title: pickText(m.title, lang), meta: pickText(m.dueText, lang) }))}
        />
      </div>
      <button
        type="button"
        className="tl-source-toggle"
        aria-expanded={sourceShown}
        aria-controls={`${id}-source`}
        onClick={() => setSourceShown((shown) => !shown)}
      >
        {sourceShown ? tc.hideSource : tc.showSource}
      </button>
      <div id={`${id}-source`}>{sourceShown ? <SourceNote model={model} cites={outcome.cite} lang={lang} /> : null}</div>
    </>
  );
}

/** "Outcome 2: 96 agreements worth over US$1.65 billion", for naming its details. */
export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  const t = pickMessages(timelineMessages, lang);
  return `${fill(t.outcomeNumber, { n: outcome.number })}: ${pickText(outcome.title, lang)}`;
}

/**
 * One of the outcomes: a toggle button, pressed when selected. Its details open inside the card
 * on the vertical layout; on the wide one the timeline shows them in a full-width row (detailsId).
 */
export function OutcomeCard({
  model,
  outcome,
  links,
  lang,
  selected,
  dimmed,
  filterCountryName,
  detailsId,
  detailsInside,
  buttonRef,
  tabIndex,
  onToggle,
  onKeyDown,
}: OutcomeCardProps) {
  const t = pickMessages(timelineMessages, lang);
  // An outcome that covers one country wears its colour; one spanning several stays neutral.
  const countries = outcomeCountries(outcome, model);
  const country = countries.length === 1 ? countries[0] : undefined;
  const days = model.outcomeDays.get(outcome.number) ?? [];
  return (
    <li className="tl-outcome" data-selected={selected || undefined} data-dimmed={dimmed || undefined} data-country={country} style={countryStyle(country)}>
      <button
        ref={buttonRef}
        type="button"
        className="tl-outcome__button"
        aria-pressed={selected}
        aria-controls={selected ? detailsId : undefined}
        tabIndex={tabIndex}
        onClick={onToggle}
        onKeyDown={onKeyDown}
      >
        <span className="tl-outcome__number" aria-hidden="true">
          {outcome.number}
        </span>
        <span className="tl-outcome__text">
          <span className="visually-hidden">{fill(t.outcomeNumber, { n: outcome.number })}: </span>
          <span className="tl-outcome__title">{pickText(outcome.title, lang)}</span>
          {days.length > 0 ? (
            <span className="tl-outcome__meta">
              {fill(t.outcomeEventDays, { days: formatList(days.map((d) => formatDate(d, lang, 'short')), lang) })}
            </span>
          ) : null}
          {dimmed && filterCountryName ? <span className="visually-hidden"> {fill(t.otherCountry, { country: filterCountryName })}</span> : null}
        </span>
      </button>
      {selected && detailsInside ? (
        <div id={detailsId} className="tl-outcome__details" role="region" aria-label={outcomeLabel(outcome, lang)}>
          <OutcomeDetails model={model} outcome={outcome} links={links} lang={lang} />
        </div>
      ) : null}
    </li>
  );
}
