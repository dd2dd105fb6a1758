/**
 * Which economic figures the view shows, and the figures it derives from them. Pure functions over
 * plain arrays, so tests can pass object literals.
 */
import type { CountryCode, EconomicFigure } from '../../data/schema';

export type EconomySubject = 'KZ' | 'UZ' | 'HK-CA';

/** Subjects in the order the view shows them. Trip figures belong to the headline, not here. */
export const ECONOMY_SUBJECTS: readonly EconomySubject[] = ['KZ', 'UZ', 'HK-CA'];

/**
 * Hong Kong–Central Asia figures that are about one trip country. The dataset's subject says
 * "HK-CA" for all of them; the investor ranks are ranks *in Kazakhstan* (tkp-2026-06-01,
 * new-trade-channels), so the Kazakhstan filter keeps them. A test checks these ids exist.
 */
export const HK_CA_FIGURE_COUNTRY: Readonly<Record<string, CountryCode>> = {
  'hk-investor-rank-asia': 'KZ',
  'hk-investor-rank-world': 'KZ',
};

export interface FigureGroup {
  subject: EconomySubject;
  figures: EconomicFigure[];
}

function isEconomySubject(subject: EconomicFigure['subject']): subject is EconomySubject {
  return (ECONOMY_SUBJECTS as readonly string[]).includes(subject);
}

/** Whether a figure belongs in the view under the country filter (null = all countries). */
export function isFigureInScope(figure: EconomicFigure, country: CountryCode | null): boolean {
  if (!isEconomySubject(figure.subject)) return false;
  if (country === null) return true;
  if (figure.subject === 'HK-CA') return HK_CA_FIGURE_COUNTRY[figure.id] === country;
  return figure.subject === country;
}

/** The figures to show, grouped by subject in a fixed order; empty groups are left out. */
export function selectFigureGroups(figures: readonly EconomicFigure[], country: CountryCode | null): FigureGroup[] {
  return ECONOMY_SUBJECTS.map((subject) => ({
    subject,
    figures: figures.filter((f) => f.subject === subject && isFigureInScope(f, country)),
  })).filter((group) => group.figures.length > 0);
}

export function figureById(figures: readonly EconomicFigure[], id: string): EconomicFigure | undefined {
  return figures.find((f) => f.id === id);
}

// --- Trade balance ----------------------------------------------------------------------------

export interface TradeBalance {
  exports: number;
  imports: number;
  /** Exports minus imports, rounded to the reports' precision (0.1 billion) to drop float noise. */
  balance: number;
  kind: 'surplus' | 'deficit' | 'balanced';
}

/** Round to the nearest 100 million, the precision of the reported trade figures. */
function roundToReported(value: number): number {
  return Math.round(value / 1e8) * 1e8;
}

/** Exports minus imports: 79.1 − 64.8 = US$14.3 billion surplus. */
export function computeTradeBalance(exports: number, imports: number): TradeBalance {
  const balance = roundToReported(exports - imports);
  return { exports, imports, balance, kind: balance > 0 ? 'surplus' : balance < 0 ? 'deficit' : 'balanced' };
}

export interface TradeFigures {
  exports: EconomicFigure;
  imports: EconomicFigure;
  total: EconomicFigure | undefined;
  balance: TradeBalance;
}

/** Kazakhstan's exports, imports, their total and balance; undefined when the data lacks them. */
export function selectTradeFigures(figures: readonly EconomicFigure[]): TradeFigures | undefined {
  const exports = figureById(figures, 'kz-exports');
  const imports = figureById(figures, 'kz-imports');
  if (!exports || !imports) return undefined;
  const total = figures.find((f) => f.sumOf?.includes(exports.id) && f.sumOf.includes(imports.id));
  return { exports, imports, total, balance: computeTradeBalance(exports.value, imports.value) };
}

export interface SumMismatch {
  id: string;
  stated: number;
  summed: number;
  missing: string[];
}

/**
 * Figures whose `sumOf` parts do not add up to the stated value (within rounding to the reports'
 * precision), or name parts that are not in the data.
 */
export function findSumMismatches(figures: readonly EconomicFigure[]): SumMismatch[] {
  const byId = new Map(figures.map((f) => [f.id, f] as const));
  const mismatches: SumMismatch[] = [];
  for (const figure of figures) {
    if (!figure.sumOf) continue;
    const parts = figure.sumOf.map((id) => byId.get(id));
    const missing = figure.sumOf.filter((_, i) => !parts[i]);
    const summed = parts.reduce((sum, part) => sum + (part?.value ?? 0), 0);
    if (missing.length > 0 || roundToReported(summed) !== roundToReported(figure.value)) {
      mismatches.push({ id: figure.id, stated: figure.value, summed, missing });
    }
  }
  return mismatches;
}

// --- Growth side by side ---------------------------------------------------------------------

export interface GrowthRow {
  figure: EconomicFigure;
  country: CountryCode;
  /** 'year' for a single year's growth, 'average' for a yearly average over several years. */
  kind: 'year' | 'average';
}

/** Growth in 2025 and the recent yearly average for each country in scope. */
const GROWTH_FIGURES: readonly { id: string; country: CountryCode; kind: GrowthRow['kind'] }[] = [
  { id: 'kz-gdp-growth', country: 'KZ', kind: 'year' },
  { id: 'kz-growth-2022-2025', country: 'KZ', kind: 'average' },
  { id: 'uz-gdp-growth', country: 'UZ', kind: 'year' },
  { id: 'uz-average-growth', country: 'UZ', kind: 'average' },
];

export function selectGrowthRows(figures: readonly EconomicFigure[], country: CountryCode | null): GrowthRow[] {
  const rows: GrowthRow[] = [];
  for (const { id, country: rowCountry, kind } of GROWTH_FIGURES) {
    if (country !== null && rowCountry !== country) continue;
    const figure = figureById(figures, id);
    if (figure) rows.push({ figure, country: rowCountry, kind });
  }
  return rows;
}

// --- Rank scopes ------------------------------------------------------------------------------

export type RankScope = 'rank-in-central-asia' | 'rank-in-asia' | 'rank-in-world';

/**
 * What each rank is counted among, from the figure's measure: "5th" alone does not say whether it is
 * 5th in the world or in Central Asia.
 */
export const RANK_SCOPE: Readonly<Record<string, RankScope>> = {
  'kz-hk-trade-partner-rank': 'rank-in-central-asia',
  'uz-population-rank': 'rank-in-central-asia',
  'uz-uranium-rank': 'rank-in-world',
  'uz-gold-rank': 'rank-in-world',
  'hk-investor-rank-asia': 'rank-in-asia',
  'hk-investor-rank-world': 'rank-in-world',
};

/** Every figure id this module names, so a test can check the dataset still has them. */
export const NAMED_FIGURE_IDS: readonly string[] = [
  ...Object.keys(HK_CA_FIGURE_COUNTRY),
  ...Object.keys(RANK_SCOPE),
  'kz-exports',
  'kz-imports',
  'kz-foreign-trade',
  ...GROWTH_FIGURES.map((g) => g.id),
];
