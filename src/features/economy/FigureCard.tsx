import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface FigureCardData {
  id: string;
  /** economy.json marks the figures the economy slide shows (`show: ["slide"]`). */
  onSlide: boolean;
  label: string;
  /** The number with its unit and qualifier, as the reader sees it: "nearly 60%". */
  value: string;
  period: string;
  /** What the number measures, in plain words. */
  measure: string;
  /** The citation(s) in words. */
  source: string;
  /** A data note about this figure, linked in the "Sources and data notes" panel. */
  note: { id: string; title: string } | null;
}

export interface FigureCardText {
  period: string;
  whatItMeasures: string;
  source: string;
  dataNote: string;
  /** ":" and a space in English; the full-width "：" alone in Chinese. */
  colon: string;
  afterColon: string;
}

interface FigureCardProps {
  card: FigureCardData;
  text: FigureCardText;
}

/** Room the details box wants; near the right edge it opens leftwards instead. */
const TIP_WIDTH = 288;

/**
 * One KPI: label, number, period. What it measures and its source open on hover and on keyboard focus
 * (the card is focusable), stay open while the pointer is over them, and close with Escape
 * (WCAG 2.2, 1.4.13). The details are the card's accessible description, so screen readers hear them too.
 */
export function FigureCard({ card, text }: FigureCardProps) {
  const uid = useId();
  const tipId = `figure-tip-${uid.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const labelId = `${tipId}-label`;
  const valueId = `${tipId}-value`;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [alignRight, setAlignRight] = useState(false);
  const open = (hovered || focused) && !dismissed;

  const show = () => {
    setDismissed(false);
    const body = bodyRef.current;
    if (body) {
      // Open leftwards when the box would run past the card list (into the next panel or off screen).
      const box = body.getBoundingClientRect();
      const list = body.closest('ul');
      const edge = list ? list.getBoundingClientRect().right : document.documentElement.clientWidth;
      setAlignRight(box.left + TIP_WIDTH > edge + 1);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setDismissed(true);
    }
  };

  return (
    <li className="figure-card" data-figure={card.id} data-on-slide={card.onSlide || undefined}>
      <div
        ref={bodyRef}
        className="figure-card__body"
        tabIndex={0}
        role="group"
        aria-labelledby={`${labelId} ${valueId}`}
        aria-describedby={tipId}
        onMouseEnter={() => {
          show();
          setHovered(true);
        }}
        onMouseLeave={() => setHovered(false)}
        onFocus={() => {
          show();
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
      >
        <span id={labelId} className="figure-card__label">
          {card.label}
        </span>
        <span id={valueId} className="figure-card__value">
          {card.value}
        </span>
        <span className="figure-card__period">{card.period}</span>
        <div
          id={tipId}
          role="tooltip"
          className={`figure-card__tip${alignRight ? ' figure-card__tip--right' : ''}`}
          hidden={!open}
        >
          <p>
            <span className="figure-card__tip-label">
              {text.whatItMeasures}
              {text.colon}
            </span>
            {text.afterColon}
            {card.measure}
          </p>
          <p>
            <span className="figure-card__tip-label">
              {text.period}
              {text.colon}
            </span>
            {text.afterColon}
            {card.period}
          </p>
          <p>
            <span className="figure-card__tip-label">
              {text.source}
              {text.colon}
            </span>
            {text.afterColon}
            {card.source}
          </p>
        </div>
      </div>
      {card.note ? (
        <a className="figure-card__note" href={`#note-${card.note.id}`}>
          {text.dataNote}
          <span className="visually-hidden">
            {text.colon}
            {text.afterColon}
            {card.note.title}
          </span>
        </a>
      ) : null}
    </li>
  );
}
