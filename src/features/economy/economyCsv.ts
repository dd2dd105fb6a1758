/** The economy figures (the cards' numbers) as CSV rows: one per figure shown, with unit, period and source. */
import type { CsvCell } from '../../components/export/csv';
import type { TableData } from '../../components/DataTable';
import type { TripModel } from '../../data/buildTripModel';
import { missionHome } from '../../data/mission';
import type { EconomicFigure } from '../../data/schema';
import { localeOf, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { describeCitations, describeFigureValue } from './economyContent';
import type { FigureGroup } from './economyFigures';
import { formatPeriod } from './formatFigure';
import { economyMessages } from './messages';
import { displayNames } from '../../i18n/intlCache';

const UNIT_KEYS = {
  percent: 'unitPercent',
  rank: 'unitRank',
  count: 'unitCount',
  tonnes: 'unitTonnes',
} as const satisfies Record<Exclude<EconomicFigure['unit'], 'usd' | 'homeCurrency'>, string>;

/** A currency's name in the reader's language, from Intl ("US Dollar", "美元"). */
function currencyName(code: string, lang: Lang): string {
  return displayNames(localeOf(lang), { type: 'currency' }).of(code) ?? code;
}

const QUALIFIER_KEYS = {
  exact: 'qualifierExact',
  about: 'qualifierAbout',
  over: 'qualifierOver',
  nearly: 'qualifierNearly',
} as const satisfies Record<EconomicFigure['qualifier'], string>;

type FigureValue = Pick<EconomicFigure, 'value' | 'unit' | 'qualifier'>;

/** A figure's raw number, its unit and its qualifier in words: the columns a spreadsheet can compute with. */
function valueCells(figure: FigureValue, lang: Lang): CsvCell[] {
  const t = pickMessages(economyMessages, lang);
  return [
    figure.value,
    figure.unit === 'usd' ? currencyName('USD', lang) : figure.unit === 'homeCurrency' ? currencyName(missionHome()?.currency.code ?? '', lang) : t[UNIT_KEYS[figure.unit]],
    t[QUALIFIER_KEYS[figure.qualifier]],
  ];
}

/**
 * A chart's table as CSV, each row followed by its figure's raw value, unit and qualifier (the table
 * writes values as text, "US$79.1 billion", which a spreadsheet cannot add up).
 */
export function chartCsvRows(table: TableData, figureOf: (rowKey: string) => FigureValue | undefined, lang: Lang): CsvCell[][] {
  const t = pickMessages(economyMessages, lang);
  return [
    // The table's value column is text as the reports give it ("As reported"); "Value" is the number.
    [...table.columns.map((c) => (c.numeric ? t.csvReported : c.label)), t.csvValue, t.csvUnit, t.csvQualifier],
    ...table.rows.map((row) => {
      const figure = figureOf(row.key);
      return [...row.cells, ...(figure ? valueCells(figure, lang) : ['', '', ''])];
    }),
  ];
}

/**
 * Header plus one record per figure of the groups shown, in the reader's language. The value stays a
 * raw number for spreadsheets; "As reported" and "Qualifier" keep the reports' "about" and "over".
 */
export function economyCsvRows(model: TripModel, groups: readonly FigureGroup[], subjectName: (subject: string) => string, lang: Lang): CsvCell[][] {
  const t = pickMessages(economyMessages, lang);
  return [
    [t.csvGroup, t.csvFigure, t.csvReported, t.csvValue, t.csvUnit, t.csvQualifier, t.colPeriod, t.whatItMeasures, t.csvSource],
    ...groups.flatMap((group) =>
      group.figures.map((figure) => [
        subjectName(group.subject),
        pickText(figure.label, lang),
        describeFigureValue(figure, lang),
        ...valueCells(figure, lang),
        formatPeriod(figure.period, lang),
        pickText(figure.measure, lang),
        describeCitations(model, figure.cite, lang),
      ]),
    ),
  ];
}
