import { fill, pickMessages } from '../../i18n/lang';
import { timelineMessages } from './messages';
import { clearTimelineSelection, selectDay, selectOutcome, useAppStore, useCountry, useLang, useTripModel } from '../../store/appStore';
import { Timeline } from './Timeline';
import { useElementWidth } from '../../components/useElementWidth';
import './timeline.css';
import './timeline-variants.css';
import { useViewVariant } from '../../components/viewVariant';
import { CsvDownload } from '../../components/CsvDownload';
import { timelineCsvRows } from './timelineCsv';
import { useViewLink } from '../../components/viewLinks';

/**
 * The trip day by day and its outcomes. Reads the store and hands narrow props to <Timeline>;
 * choosing a day or an outcome goes back to the store, which the map, chart and URL follow.
 */
export default function TimelineView() {
  const model = useTripModel();
  const lang = useLang();
  const country = useCountry();
  const day = useAppStore((s) => s.day);
  const outcome = useAppStore((s) => s.outcome);
  // 0 until measured: the timeline then lays out for its own box, as a container query would.
  const [ref, width] = useElementWidth<HTMLDivElement>(0);
  const t = pickMessages(timelineMessages, lang);
  const variant = useViewVariant();
  const voicesHref = useViewLink('voices');
  const voices = model.dataset.voices.filter((v) => !country || v.country === null || v.country === country).length;
  return (
    <div ref={ref} className="tl-root" data-variant={variant}>
      {/* The link to what people said is for readers of the page; a slide has no other views. */}
      {voices > 0 && variant !== 'slide' ? (
        <p className="tl-voices-link">
          {/* What people said sits in its own view; the timeline points to it (the two features stay apart). */}
          <a href={voicesHref}>{fill(t.voicesLink, { count: voices })}</a>
        </p>
      ) : null}
      <Timeline
        model={model}
        lang={lang}
        country={country}
        day={day}
        outcome={outcome}
        width={width}
        onSelectDay={selectDay}
        onSelectOutcome={selectOutcome}
        onClear={clearTimelineSelection}
      />
      {/* The days, events and outcomes as a spreadsheet, with citations; a slide has no downloads. */}
      {variant === 'slide' ? null : <CsvDownload lang={lang} label={t.csvDownload} fileName={t.csvFile} rows={() => timelineCsvRows(model, lang)} />}
    </div>
  );
}
