import type { Milestone } from '../../data/schema';
import { formatQuarter } from '../../i18n/format';
import { pickText, type Lang } from '../../i18n/lang';

/**
 * A milestone's due date, short enough for a map label: "Q1 2027" / "2027年第一季". Anything but a
 * quarter falls back to the data's own words.
 */
export function formatDue(milestone: Pick<Milestone, 'due' | 'dueText'>, lang: Lang): string {
  const quarter = milestone.due ? /^(\d{4})-Q([1-4])$/.exec(milestone.due) : null;
  if (!quarter) return pickText(milestone.dueText, lang);
  const [, year, q] = quarter;
  return formatQuarter(Number(year), Number(q), lang);
}
