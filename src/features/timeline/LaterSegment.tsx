import { useMemo } from 'react';
import { countryStyle } from '../../components/countryStyle';
import type { CountryCode, Milestone } from '../../data/schema';
import { countryName, statusName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { computeLaterLayout, type LaterLayout } from './layout';
import { isMilestoneInCountry } from './links';
import { timelineMessages } from './messages';
import { useElementWidth } from '../../components/useElementWidth';
import { estimateTextWidth } from '../../components/textMetrics';
import { formatQuarter, quarterNumeral } from '../../i18n/format';
import { punctuation } from '../../i18n/punctuation';

interface LaterSegmentProps {
  milestones: readonly Milestone[];
  tripEnd: string;
  lang: Lang;
  country: CountryCode | null;
  /** Milestones behind the selected outcome. */
  highlighted: ReadonlySet<string>;
}

const LATER_HEIGHT = 50;
const LABEL_FONT_SIZE = 12;
/** Room kept between two quarters' labels. */
const LABEL_PADDING = 8;
/** Used until the lane is measured, and in test DOMs without layout. */
const FALLBACK_LENGTH = 320;

/** "Q3 2026" / "2026年第三季": the one quarter format of src/i18n. */
export function quarterLabel(year: number, quarter: number, lang: Lang): string {
  return formatQuarter(year, quarter, lang);
}

/** The quarter alone ("Q3", "第三季") and with a short year ("Q3 ’26", "26年第三季"), for narrow quarters. */
export function compactQuarterLabel(year: number, quarter: number, lang: Lang): { quarter: string; withYear: string } {
  const t = pickMessages(timelineMessages, lang);
  const q = quarterNumeral(quarter, lang);
  return { quarter: fill(t.quarterShort, { q }), withYear: fill(t.quarterShortYear, { q, yy: String(year % 100).padStart(2, '0') }) };
}

/**
 * One line per quarter, never wrapped: the full label where it fits, else a short one; the year is
 * given on the first quarter and on each first quarter of a year.
 */
export function axisQuarterLabel(year: number, quarter: number, showYear: boolean, width: number, lang: Lang): string {
  const full = quarterLabel(year, quarter, lang);
  const fits = (text: string) => estimateTextWidth(text, LABEL_FONT_SIZE) + LABEL_PADDING <= width;
  if (fits(full)) return full;
  const short = compactQuarterLabel(year, quarter, lang);
  return showYear && fits(short.withYear) ? short.withYear : short.quarter;
}

function LaterAxis({ layout, lang, label, highlighted }: { layout: LaterLayout; lang: Lang; label: string; highlighted: ReadonlySet<string> }) {
  return (
    <svg className="tl-later__axis" width={layout.length} height={LATER_HEIGHT} role="img" aria-label={label}>
      {layout.quarters.map((q, i) => {
        const label = axisQuarterLabel(q.year, q.quarter, i === 0 || q.quarter === 1, q.end - q.start, lang);
        return (
          <g key={`${q.year}-${q.quarter}`}>
            <rect className="tl-later__quarter" data-odd={i % 2 === 1 || undefined} x={q.start} y={0} width={q.end - q.start} height={26} />
            <text className="tl-later__quarter-label" x={(q.start + q.end) / 2} y={42} textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
      {layout.dated.map((m) => (
        <rect
          key={m.id}
          className="tl-later__bar"
          data-highlighted={highlighted.has(m.id) || undefined}
          x={m.start + 2}
          y={5}
          width={Math.max(4, m.end - m.start - 4)}
          height={16}
          rx={3}
        />
      ))}
    </svg>
  );
}

function MilestoneItem({ milestone, lang, country, highlighted }: { milestone: Milestone; lang: Lang; country: CountryCode | null; highlighted: boolean }) {
  const t = pickMessages(timelineMessages, lang);
  const dimmed = !isMilestoneInCountry(milestone, country);
  return (
    <li className="tl-milestone" data-country={milestone.country} style={countryStyle(milestone.country)} data-highlighted={highlighted || undefined} data-dimmed={dimmed || undefined}>
      <span className="tl-milestone__title">{pickText(milestone.title, lang)}</span>
      <span className="tl-milestone__due">{pickText(milestone.dueText, lang)}</span>
      <span className="tl-milestone__meta">
        {countryName(milestone.country, lang)} · {statusName(milestone.status, lang)}
        {dimmed && country ? <span className="visually-hidden"> {fill(t.otherCountry, { country: countryName(country, lang) })}</span> : null}
      </span>
    </li>
  );
}

/**
 * What comes after the trip, compressed: the milestones with a date on a quarter scale, and the
 * many the reports give no date for in their own lane, shown as undated rather than guessed.
 */
export function LaterSegment({ milestones, tripEnd, lang, country, highlighted }: LaterSegmentProps) {
  const t = pickMessages(timelineMessages, lang);
  const [laneRef, measured] = useElementWidth<HTMLDivElement>(0);
  const length = measured > 0 ? measured : FALLBACK_LENGTH;
  const layout = useMemo(() => computeLaterLayout(milestones, tripEnd, length), [milestones, tripEnd, length]);
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const dated = layout.dated.flatMap((p) => byId.get(p.id) ?? []);
  const undated = layout.undated.flatMap((id) => byId.get(id) ?? []);
  const first = layout.quarters[0];
  const last = layout.quarters[layout.quarters.length - 1];
  const axisLabel =
    first && last
      ? `${quarterLabel(first.year, first.quarter, lang)} – ${quarterLabel(last.year, last.quarter, lang)}: ${dated
          .map((m) => `${pickText(m.title, lang)} (${pickText(m.dueText, lang)})`)
          .join(punctuation(lang).semicolon)}`
      : '';
  return (
    <section className="tl-later" aria-labelledby="tl-later-heading">
      <h3 id="tl-later-heading" className="tl__heading">
        {t.laterHeading}
      </h3>
      <p className="tl__intro">{t.laterIntro}</p>
      <div className="tl-later__lanes">
        <div className="tl-later__lane tl-later__lane--dated" ref={laneRef}>
          <h4 className="tl-later__lane-title" id="tl-later-dated">
            {t.datedLane}
          </h4>
          <LaterAxis layout={layout} lang={lang} label={axisLabel} highlighted={highlighted} />
          <ul className="tl-later__list" aria-labelledby="tl-later-dated">
            {dated.map((m) => (
              <MilestoneItem key={m.id} milestone={m} lang={lang} country={country} highlighted={highlighted.has(m.id)} />
            ))}
          </ul>
        </div>
        <div className="tl-later__lane tl-later__lane--undated">
          <h4 className="tl-later__lane-title" id="tl-later-undated">
            {t.undatedLane}
          </h4>
          <ul className="tl-later__list tl-later__list--undated" aria-labelledby="tl-later-undated">
            {undated.map((m) => (
              <MilestoneItem key={m.id} milestone={m} lang={lang} country={country} highlighted={highlighted.has(m.id)} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
