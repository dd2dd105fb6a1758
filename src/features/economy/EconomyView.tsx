import { ChartFrame } from '../../components/ChartFrame';
import { countryStyle } from '../../components/countryStyle';
import { SourceNote } from '../../components/SourceNote';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { formatList, formatPlural } from '../../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { countryName } from '../../i18n/labels';
import { useAppStore, useTripModel } from '../../store/appStore';
import { buildFigureCard, buildGrowthContent, buildTradeContent, formatGrowthTick, growthLegendItems } from './economyContent';
import { economySubjects, selectFigureGroups, selectGrowthRows, selectTradeFigures, type FigureGroup } from './economyFigures';
import { FigureCard, type FigureCardText } from './FigureCard';
import { GrowthChart } from './GrowthChart';
import { economyMessages, type EconomyMessages } from './messages';
import { TradeChart } from './TradeChart';
import { BackgroundFacts } from './BackgroundFacts';
import { useElementWidth } from '../../components/useElementWidth';
import { componentMessages } from '../../components/messages';
import './economy.css';
import './economy-variants.css';
import { useViewVariant } from '../../components/viewVariant';
import { CsvDownload } from '../../components/CsvDownload';
import { scopedFileName } from '../../components/export/download';
import { chartCsvRows, economyCsvRows } from './economyCsv';

/** The economy and trade region: the store's language and country, passed down as plain props. */
export default function EconomyView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  return <EconomyFigures model={model} lang={lang} country={country} />;
}

interface EconomyFiguresProps {
  model: TripModel;
  lang: Lang;
  country: CountryCode | null;
}

export function EconomyFigures({ model, lang, country }: EconomyFiguresProps) {
  const t = pickMessages(economyMessages, lang);
  const variant = useViewVariant();
  const tc = pickMessages(componentMessages, lang);
  const figures = model.dataset.figures;
  const { trip, economySubjects: shared } = model.dataset;
  const subjects = economySubjects(trip.countries.map((c) => c.code), shared);
  const subjectName = (subject: string) => {
    const other = shared.find((s) => s.id === subject);
    return other ? pickText(other.name, lang) : countryName(subject, lang);
  };
  const isCountry = (subject: string) => trip.countries.some((c) => c.code === subject);
  const groups = selectFigureGroups(figures, country, subjects);
  const trade = selectTradeFigures(figures, country);
  const growthRows = selectGrowthRows(figures, country);
  const cardText: FigureCardText = { period: t.period, whatItMeasures: t.whatItMeasures, source: tc.source, dataNote: t.dataNoteLink, colon: t.colon, afterColon: t.afterColon };

  return (
    <div className="economy" data-variant={variant}>
      <p className="economy__scope" role="status">
        {describeScope(groups, country, subjectName, lang, t)}
      </p>
      {/* Background facts are reading for the page; the slide keeps the key figures. */}
      {variant === 'slide' ? null : <BackgroundFacts model={model} lang={lang} country={country} />}
      <p className="economy__hint">{t.cardHint}</p>
      {/* The slide's takeaway states each key figure; the slide gives the charts the room. */}
      {(variant === 'slide' ? [] : groups).map((group) => (
        <section key={group.subject} className="economy__group" data-subject={group.subject} style={countryStyle(isCountry(group.subject) ? group.subject : trip.home.code)} aria-labelledby={`economy-${group.subject}`}>
          <h3 id={`economy-${group.subject}`} className="economy__group-title">
            {subjectName(group.subject)}
          </h3>
          <ul className="economy__cards">
            {group.figures.map((figure) => (
              <FigureCard key={figure.id} card={buildFigureCard(model, figure, lang, t)} text={cardText} />
            ))}
          </ul>
        </section>
      ))}
      {/* The cards' figures as a spreadsheet, as shown (the country filter holds); a slide has no downloads. */}
      {variant === 'slide' || groups.length === 0 ? null : (
        <CsvDownload lang={lang} label={t.csvDownload} fileName={scopedFileName(t.csvFile, country)} rows={() => economyCsvRows(model, groups, subjectName, lang)} />
      )}
      <div className="economy__charts">
        {trade ? <TradeFrame model={model} lang={lang} t={t} trade={trade} /> : null}
        {growthRows.length > 0 ? <GrowthFrame model={model} lang={lang} t={t} rows={growthRows} country={country} /> : null}
      </div>
    </div>
  );
}

/** What the filter shows, in words: every group, or one country and the shared groups that keep figures about it. */
function describeScope(groups: readonly FigureGroup[], country: string | null, subjectName: (s: string) => string, lang: Lang, t: EconomyMessages): string {
  if (country === null) return formatPlural(groups.length, { one: t.scopeAllOne, other: t.scopeAllOther }, lang);
  const others = groups.filter((g) => g.subject !== country).map((g) => subjectName(g.subject));
  return others.length === 0
    ? fill(t.scopeOne, { country: subjectName(country) })
    : fill(t.scopeOneWith, { country: subjectName(country), subjects: formatList(others, lang) });
}

/** A figure of the dataset by id: the raw value behind a chart's row. */
const figureById = (model: TripModel, id: string) => model.dataset.figures.find((f) => f.id === id);

interface FrameProps {
  model: TripModel;
  lang: Lang;
  t: EconomyMessages;
}

function TradeFrame({ model, lang, t, trade }: FrameProps & { trade: NonNullable<ReturnType<typeof selectTradeFigures>> }) {
  const content = buildTradeContent(trade, countryName(trade.country, lang), lang, t);
  // The file is named after the country in English, whatever the reader's language.
  const fileName = `${countryName(trade.country, 'en').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-exports-imports`;
  const [ref, width] = useElementWidth<HTMLDivElement>(520);
  return (
    <ChartFrame
      id="economy-trade"
      lang={lang}
      title={content.title}
      takeaway={content.takeaway}
      source={<SourceNote model={model} cites={content.cites} lang={lang} />}
      table={content.table}
      csv
      csvRows={chartCsvRows(content.table, (key) => (key === 'trade-balance' ? { value: trade.balance.balance, unit: 'usd', qualifier: 'exact' } : figureById(model, key)), lang)}
      fileName={fileName}
    >
      {({ svgProps }) => (
        <div ref={ref} className="economy__plot">
          <TradeChart series={content.series} width={width} svgProps={svgProps} />
        </div>
      )}
    </ChartFrame>
  );
}

function GrowthFrame({ model, lang, t, rows, country }: FrameProps & { rows: ReturnType<typeof selectGrowthRows>; country: CountryCode | null }) {
  const content = buildGrowthContent(rows, lang, t, (code) => countryName(code, lang));
  const [ref, width] = useElementWidth<HTMLDivElement>(520);
  return (
    <ChartFrame
      id="economy-growth"
      lang={lang}
      title={content.title}
      takeaway={content.takeaway}
      source={<SourceNote model={model} cites={content.cites} lang={lang} />}
      table={content.table}
      csv
      csvRows={chartCsvRows(content.table, (key) => figureById(model, key), lang)}
      fileName={scopedFileName('economic-growth', country)}
      footer={<GrowthLegend items={growthLegendItems(content.series, t)} />}
    >
      {({ svgProps }) => (
        <div ref={ref} className="economy__plot">
          <GrowthChart rows={content.series} width={width} formatTick={(v) => formatGrowthTick(v, lang)} svgProps={svgProps} />
        </div>
      )}
    </ChartFrame>
  );
}

/** What the bar styles mean; only the styles the chart uses. */
function GrowthLegend({ items }: { items: ReturnType<typeof growthLegendItems> }) {
  return (
    <ul className="economy-legend">
      {items.map((item) => (
        <li key={item.key} className="economy-legend__item" data-export="legend">
          <svg className="economy-legend__swatch" width="34" height="14" aria-hidden="true" focusable="false">
            <rect
              className={`economy-bar__rect economy-bar__rect--${item.key === 'exact' ? 'exact' : 'approximate'}`}
              data-tone="neutral"
              x="1"
              y="1"
              width={item.key === 'over' ? 20 : 30}
              height="12"
              rx="2"
            />
            {item.key === 'over' ? (
              <g className="economy-bar__arrow" data-tone="neutral">
                <line x1="21" x2="32" y1="7" y2="7" />
                <path d="M27,3L32,7L27,11" />
              </g>
            ) : null}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
