import { useCallback, useMemo, useState } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { SourceNote } from '../../components/SourceNote';
import { describeCitation, uniqueCites } from '../../components/citations';
import { isNamedDocument } from '../../data/countedInTotal';
import { formatDate, formatInteger, formatPlural, formatUsd } from '../../i18n/format';
import { countryName, fieldName, levelName } from '../../i18n/labels';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { useLanguageReady } from '../../i18n/languagePacks';
import {
  clearTimelineSelection,
  setCountry,
  setChartMode,
  setExplorerFilters,
  useAppStore,
  useTripModel,
} from '../../store/appStore';
import type { ChartMode } from '../../store/urlState';
import { BreakdownChart } from './BreakdownChart';
import { amountChart, fieldChart, levelChart, parseSegmentId, type ChartModel } from './chartSeries';
import {
  agreementsOnDay,
  buildExplorerRows,
  computeAmountBreakdown,
  computeCountryBreakdown,
  computeFieldBreakdown,
  computeOutcomeLinks,
  type ExplorerRow,
} from './computeAgreements';
import { computeBreakdownLayout, type PlacedSegment } from './computeBreakdownLayout';
import { Explorer } from './Explorer';
import { agreementsMessages } from './messages';
import { useElementWidth } from '../../components/useElementWidth';
import './agreements.css';
import './agreements-variants.css';
import { useViewVariant } from '../../components/viewVariant';
import { localIsoDate, scopedFileName } from '../../components/export/download';

const MODES: { mode: ChartMode; label: 'modeLevel' | 'modeField' | 'modeAmount' }[] = [
  { mode: 'level', label: 'modeLevel' },
  { mode: 'field', label: 'modeField' },
  { mode: 'amounts', label: 'modeAmount' },
];

/** On a phone each bar segment is a 44 px target (WCAG 2.5.5). */
const PHONE_BAR_HEIGHT = 44;
const SLIDE_FIELD_BAR_HEIGHT = 22;

function clearExplorerFilters() {
  setCountry(null);
  setExplorerFilters({ level: null, field: null, status: null, q: '' });
}

/**
 * The agreements region: the breakdown chart (three modes) and the explorer. It reads the shared
 * selection from the store and hands small props to pure components.
 */
export default function AgreementsView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const variant = useViewVariant();
  const country = useAppStore((s) => s.country);
  const level = useAppStore((s) => s.level);
  const field = useAppStore((s) => s.field);
  const status = useAppStore((s) => s.status);
  const q = useAppStore((s) => s.q);
  const outcome = useAppStore((s) => s.outcome);
  const day = useAppStore((s) => s.day);
  const mode = useAppStore((s) => s.chart);
  const [plotRef, width] = useElementWidth<HTMLDivElement>(720);
  const t = pickMessages(agreementsMessages, lang);
  const { dataset } = model;
  const countryCodes = useMemo(() => dataset.trip.countries.map((c) => c.code), [dataset]);
  const [exportDate] = useState(() => localIsoDate());

  // The amounts are for the whole trip: in that mode a country change leaves the chart (and its tween) alone.
  const chartCountry = mode === 'amounts' ? null : country;
  const chart: ChartModel = useMemo(() => {
    if (mode === 'field') return fieldChart(computeFieldBreakdown(dataset.agreements, dataset.agreementCounts, chartCountry, countryCodes), chartCountry, lang);
    if (mode === 'amounts') return amountChart(computeAmountBreakdown(dataset.agreements, dataset.trip), lang);
    return levelChart(computeCountryBreakdown(dataset.agreementCounts, chartCountry, countryCodes), lang);
  }, [mode, dataset, chartCountry, lang, countryCodes]);
  // On a slide the seven bars by field stand beside their labels, with no text under 14px: at the
  // slide's zoom (agreements-variants.css) that is 24px in the 1920 × 1080 frame, and the rows fit.
  const slideByField = variant === 'slide' && mode === 'field';
  const layout = useMemo(
    () =>
      computeBreakdownLayout(
        chart.series,
        slideByField ? { width, barHeight: SLIDE_FIELD_BAR_HEIGHT, labels: 'beside' } : { width, barHeight: width < 480 ? PHONE_BAR_HEIGHT : undefined },
        mode === 'amounts' ? (width < 560 ? 2 : 4) : width < 480 ? 4 : 6,
      ),
    [chart.series, width, mode, slideByField],
  );

  const cites = useMemo(() => {
    if (mode === 'amounts') {
      return uniqueCites([...dataset.trip.agreements.cite, ...dataset.agreements.filter((a) => a.amountUsd !== null).flatMap((a) => a.cite)]);
    }
    const counts = dataset.agreementCounts.filter((c) => !chartCountry || c.country === chartCountry).flatMap((c) => c.cite);
    if (mode === 'level') return uniqueCites(counts);
    return uniqueCites([
      ...counts,
      ...dataset.agreements.filter((a) => isNamedDocument(a) && (!chartCountry || a.country === chartCountry)).flatMap((a) => a.cite),
    ]);
  }, [mode, dataset, chartCountry]);

  const selectedIds = useMemo(() => {
    const ids = new Set<string>();
    if (mode === 'level' && country && level) ids.add(`${country}/${level}`);
    if (mode === 'field' && field) {
      for (const { code } of dataset.trip.countries) if (!country || country === code) ids.add(`${field}/${code}`);
    }
    return ids;
  }, [mode, country, level, field, dataset]);

  // The outcome or day chosen on the timeline, shown here too: outlined bars, a note in words, and
  // the explorer's rows marked. A day's agreements are those the data dates to it or to its events.
  const chosen = useMemo(() => {
    const found = outcome ? model.outcomeByNumber.get(outcome) : undefined;
    if (found) return { kind: 'outcome' as const, number: found.number, title: pickText(found.title, lang), ids: found.agreements };
    if (day && dataset.derived.tripDays.includes(day)) {
      return { kind: 'day' as const, day, ids: agreementsOnDay(dataset.agreements, (id) => model.eventById.get(id)?.date, day) };
    }
    return null;
  }, [model, dataset, outcome, day, lang]);
  const outcomeLinks = useMemo(
    () => (chosen ? computeOutcomeLinks(chosen.ids, model.agreementById, chartCountry, countryCodes) : null),
    [chosen, model, chartCountry, countryCodes],
  );
  const highlightIds = outcomeLinks ? (mode === 'field' ? outcomeLinks.fieldSegmentIds : mode === 'level' ? outcomeLinks.levelSegmentIds : undefined) : undefined;
  const chosenDate = chosen?.kind === 'day' ? formatDate(chosen.day, lang) : '';
  const highlightLabel = chosen
    ? chosen.kind === 'outcome'
      ? fill(t.outcomeSegment, { number: formatInteger(chosen.number, lang) })
      : fill(t.daySegment, { date: chosenDate })
    : undefined;
  const outcomeNote = useMemo(() => {
    if (!chosen || !outcomeLinks || mode === 'amounts') return null;
    const n = (v: number) => formatInteger(v, lang);
    const words = {
      number: chosen.kind === 'outcome' ? n(chosen.number) : '',
      date: chosenDate,
      parts: outcomeLinks.byCountry.map((c) => fill(t.outcomeNotePart, { count: n(c.count), country: countryName(c.country, lang) })).join(t.listSeparator),
    };
    const linkedText =
      outcomeLinks.total === 0
        ? fill(chosen.kind === 'outcome' ? t.outcomeNoteNone : t.dayNoteNone, words)
        : fill(
            formatPlural(
              outcomeLinks.total,
              chosen.kind === 'outcome' ? { one: t.outcomeNoteOne, other: t.outcomeNote } : { one: t.dayNoteOne, other: t.dayNote },
              lang,
            ),
            words,
          );
    if (outcomeLinks.total === 0) return linkedText;
    if (outcomeLinks.inBars === 0) return `${linkedText}${t.sentenceJoin}${t.outcomeNoteFieldsNone}`;
    const barsText =
      mode === 'field'
        ? fill(t.outcomeNoteFields, { count: n(outcomeLinks.inBars), fields: outcomeLinks.fields.map((f) => fieldName(f, lang)).join(t.listSeparator) })
        : fill(t.outcomeNoteLevels, { count: n(outcomeLinks.inBars) });
    return `${linkedText}${t.sentenceJoin}${barsText}`;
  }, [chosen, chosenDate, outcomeLinks, mode, lang, t]);

  const onSelect = (segment: PlacedSegment) => {
    const target = parseSegmentId(segment.id);
    if (!target) return;
    const state = useAppStore.getState();
    if (target.level) {
      const again = state.country === target.country && state.level === target.level;
      setCountry(again ? null : target.country);
      setExplorerFilters({ level: again ? null : target.level });
    } else if (target.field) {
      const again = state.country === target.country && state.field === target.field;
      setCountry(again ? null : target.country);
      setExplorerFilters({ field: again ? null : (target.field as typeof state.field) });
    } else {
      // The not-itemised documents have no field: choosing them filters by country only.
      const again = state.country === target.country && state.field === null;
      setCountry(again ? null : target.country);
      setExplorerFilters({ field: null });
    }
  };

  // The rows' Russian words exist once the Russian pack is there (a text without them shows English).
  const russianReady = useLanguageReady('ru');
  const rows = useMemo(() => {
    const ru = russianReady ? pickMessages(agreementsMessages, 'ru') : null;
    return buildExplorerRows(dataset.agreements, dataset.agreementCounts, (c, named) => ({
      title: {
        en: fill(agreementsMessages.en.aggregateTitle, { country: countryName(c.country, 'en'), level: levelName(c.level, 'en').toLowerCase() }),
        zhHant: fill(agreementsMessages.zhHant.aggregateTitle, { country: countryName(c.country, 'zh-Hant'), level: levelName(c.level, 'zh-Hant') }),
        ...(ru && { ru: fill(ru.aggregateTitle, { country: countryName(c.country, 'ru'), level: levelName(c.level, 'ru').toLowerCase() }) }),
      },
      summary: {
        en: formatPlural(named, { one: agreementsMessages.en.aggregateSummaryOne, other: agreementsMessages.en.aggregateSummary }, 'en'),
        zhHant: formatPlural(named, { one: agreementsMessages.zhHant.aggregateSummaryOne, other: agreementsMessages.zhHant.aggregateSummary }, 'zh-Hant'),
        ...(ru && { ru: formatPlural(named, { one: ru.aggregateSummaryOne, other: ru.aggregateSummary }, 'ru') }),
      },
    }));
  }, [dataset, russianReady]);
  // Stable props for the explorer, so its memoised rows are not rebuilt on unrelated renders.
  const sourcesOf = useCallback((row: ExplorerRow) => row.cite.map((c) => describeCitation(model, c, lang)), [model, lang]);
  const linked = useMemo(() => {
    if (!chosen) return null;
    const label =
      chosen.kind === 'outcome' ? fill(t.linkedOutcome, { number: formatInteger(chosen.number, lang), title: chosen.title }) : fill(t.linkedDay, { date: chosenDate });
    const badge =
      chosen.kind === 'outcome'
        ? fill(t.rowLinked, { number: formatInteger(chosen.number, lang) })
        : fill(t.rowLinkedDay, { date: formatDate(chosen.day, lang, 'short') });
    return { label, badge, ids: new Set(chosen.ids) };
  }, [chosen, chosenDate, lang, t]);
  const filters = useMemo(() => ({ country, level, field, status, q }), [country, level, field, status, q]);

  const formatTick = (value: number) => (mode === 'amounts' ? formatUsd(value, lang) : formatInteger(value, lang));

  return (
    <div className="agreements" data-variant={variant}>
      <ChartFrame
        id="agreements-breakdown"
        lang={lang}
        title={chart.title}
        takeaway={chart.takeaway}
        source={<SourceNote model={model} cites={cites} lang={lang} />}
        table={chart.table}
        csv
        // The amounts are the whole trip's whatever the filter; the other modes follow the country.
        fileName={mode === 'amounts' ? t.fileAmount : scopedFileName(mode === 'field' ? t.fileField : t.fileBreakdown, country)}
        exportDate={exportDate}
        interactive={mode !== 'amounts'}
        controls={<ModeSwitch lang={lang} mode={mode} onMode={setChartMode} />}
      >
        {({ svgProps }) => (
          <div ref={plotRef} className="agreements__plot" data-mode={mode}>
            <BreakdownChart
              svgProps={svgProps}
              layout={layout}
              legend={chart.legend}
              formatTick={formatTick}
              selectedIds={selectedIds}
              highlightIds={highlightIds}
              highlightLabel={highlightLabel}
              onSelect={mode === 'amounts' ? undefined : onSelect}
              notes={chart.notes}
              minFontSize={slideByField ? 14 : 0}
            />
            {outcomeNote ? <p className="agreements__outcome-note">{outcomeNote}</p> : null}
          </div>
        )}
      </ChartFrame>

      {/* The explorer (filters and a long table) is for the page; a slide shows the breakdown. */}
      {variant === 'slide' ? null : (
      <Explorer
        lang={lang}
        rows={rows}
        filters={filters}
        headlineTotal={dataset.derived.agreementTotals.total}
        sourcesOf={sourcesOf}
        linked={linked}
        onFilters={setExplorerFilters}
        onCountry={setCountry}
        onClearAll={clearExplorerFilters}
        onClearOutcome={clearTimelineSelection}
        exportDate={exportDate}
      />
      )}
    </div>
  );
}

function ModeSwitch({ lang, mode, onMode }: { lang: Lang; mode: ChartMode; onMode: (mode: ChartMode) => void }) {
  const t = pickMessages(agreementsMessages, lang);
  return (
    <div className="mode-switch" role="group" aria-label={t.modeLabel}>
      <span className="mode-switch__label" aria-hidden="true">
        {t.modeLabel}
      </span>
      {MODES.map((option) => (
        <button
          key={option.mode}
          type="button"
          className="button mode-switch__option"
          aria-pressed={mode === option.mode}
          onClick={() => onMode(option.mode)}
        >
          {t[option.label]}
        </button>
      ))}
    </div>
  );
}
