/**
 * Formatting of the economic figures, on top of src/i18n/format.ts and src/i18n/figures.ts
 * (periods and rank scopes are the economy view's own).
 */
import type { EconomicFigure } from '../../data/schema';
import {
  withQualifier,
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

import { formatFigureNumber } from '../../i18n/figures';

export { formatFigureNumber, formatPeriod, formatTonnes } from '../../i18n/figures';

/** A figure as the reports qualify it: "nearly 60%", "超過5%". */
export function formatFigureValue(
  figure: Pick<EconomicFigure, 'value' | 'unit' | 'qualifier'>,
  lang: Lang,
): string {
  return withQualifier(formatFigureNumber(figure, lang), figure.qualifier, lang);
}

