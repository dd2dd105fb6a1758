import type { Milestone } from '../../data/schema';
import { pickText, type Lang } from '../../i18n/lang';

const ZH_QUARTERS = ['一', '二', '三', '四'];

/**
 * A milestone's due date, short enough for a map label: "Q1 2027" / "2027年第一季". Anything but a
 * quarter falls back to the data's own words.
 */
export function formatDue(milestone: Pick<Milestone, 'due' | 'dueText'>, lang: Lang): string {
  const quarter = milestone.due ? /^(\d{4})-Q([1-4])$/.exec(milestone.due) : null;
  if (!quarter) return pickText(milestone.dueText, lang);
  const [, year, q] = quarter;
  return lang === 'en' ? `Q${q} ${year}` : `${year}年第${ZH_QUARTERS[Number(q) - 1]}季`;
}
