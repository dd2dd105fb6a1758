/**
 * Which economic figures the view shows, and the figures it derives from them. Pure functions over
 * plain arrays, so tests can pass object literals.
 */
import type { CountryCode, EconomicFigure, EconomySubject } from '../../data/schema';

/**
 * The subjects the view groups figures by, in order: the trip's countries (trip.json), then the
 * shared subjects of economy.json (e.g. home's trade with the region). Trip figures belong to the
 * headline, not here.
 */
export function economySubjects(countries: readonly CountryCode[], shared: readonly EconomySubject[]): string[] {
  return [...countries, ...shared.map((s) => s.id)];
}

export interface FigureGroup {
  subject: string;
  figures: EconomicFigure[];
}

/**
 * Whether a figure belongs in the view under the country filter (null = all countries). A figure of
 * a shared subject stays under a country when economy.json says it is about that country (`country`).
 */
export function isFigureInScope(figure: EconomicFigure, country: CountryCode | null, subjects: readonly string[]): boolean {
  if (!subjects.includes(figure.subject)) return false;
  if (country === null) return true;
  return figure.subject === country || figure.country === country;
}

/** The figures to show, grouped by subject in order; empty groups are left out. */
export function selectFigureGroups(figures: readonly EconomicFigure[], country: CountryCode | null, subjects: readonly string[]): FigureGroup[] {
  return subjects
    .map((subject) => ({
      subject,
      figures: figures.filter((f) => f.subject === subject && isFigureInScope(f, country, subjects)),
    }))
    .filter((group) => group.figures.length > 0);
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

/**
 * A trip country's exports, imports (economy.json marks them `trade`), their total and balance: for
 * the first country that has both, or only the chosen one; undefined when the data lacks them.
 */
export function selectTradeFigures(figures: readonly EconomicFigure[], country: CountryCode | null = null): (TradeFigures & { country: CountryCode }) | undefined {
  const subjects = [...new Set(figures.filter((f) => f.trade).map((f) => f.subject))];
  for (const subject of subjects) {
    if (country !== null && subject !== country) continue;
    const exports = figures.find((f) => f.subject === subject && f.trade === 'exports');
    const imports = figures.find((f) => f.subject === subject && f.trade === 'imports');
    if (!exports || !imports) continue;
    const total = figures.find((f) => f.sumOf?.includes(exports.id) && f.sumOf.includes(imports.id));
    return { country: subject, exports, imports, total, balance: computeTradeBalance(exports.value, imports.value) };
  }
  return undefined;
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

/** One year's growth and the recent yearly average for each country in scope (economy.json `growth`). */
export function selectGrowthRows(figures: readonly EconomicFigure[], country: CountryCode | null): GrowthRow[] {
  return figures.flatMap((figure) =>
    figure.growth && (country === null || figure.subject === country) ? [{ figure, country: figure.subject, kind: figure.growth }] : [],
  );
}
