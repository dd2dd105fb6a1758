/**
 * The reports say the 15 government documents were 簽訂 (signed) and the other 81 達成 (reached):
 * no message may say that all of them, or a country's share, were signed.
 */
import { describe, expect, it } from 'vitest';
import { agreementsMessages } from '../features/agreements/messages';
import { briefingMessages } from '../features/briefing/messages';
import { mapMessages } from '../features/map/messages';
import { timelineMessages } from '../features/timeline/messages';
import { appMessages } from './messages';

describe('wording of the totals', () => {
  const bundles = [agreementsMessages, briefingMessages, mapMessages, timelineMessages, appMessages];

  it('no Chinese clause about the total or a country’s share says 簽 (signed)', () => {
    const clauses = bundles.flatMap((b) => Object.values(b.zhHant)).flatMap((t) => t.split(/[，。；：、]/));
    const aboutTotals = clauses.filter((c) => /\{total\}|\{count\}份與|與\{country\}|與各國/.test(c));
    expect(aboutTotals.length).toBeGreaterThan(3);
    expect(aboutTotals.filter((c) => c.includes('簽'))).toEqual([]);
  });

  it('nor an English one says the totals were signed', () => {
    const texts = bundles.flatMap((b) => Object.values(b.en));
    expect(texts.filter((t) => /\{total\}|\{nonGov\}/.test(t) && /\bsigned\b/.test(t))).toEqual([]);
  });
});
