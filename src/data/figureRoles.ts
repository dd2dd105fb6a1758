import type { EconomicFigure } from './schema';

export type FigureRole = NonNullable<EconomicFigure['show']>[number];

/** The figures the data marks for a place (`show` in economy.json): the headline, the economy slide, the briefing text. */
export function figuresShown(figures: readonly EconomicFigure[], role: FigureRole): EconomicFigure[] {
  return figures.filter((figure) => figure.show?.includes(role));
}

/**
 * The dataset items behind the headline figures, for the links to their data notes: the figures
 * marked "headline", the delegation's size and make-up, and the trip's length in days.
 */
export function headlineItems(figures: readonly EconomicFigure[]): string[] {
  return [...figuresShown(figures, 'headline').map((figure) => figure.id), 'delegation', 'trip'];
}
