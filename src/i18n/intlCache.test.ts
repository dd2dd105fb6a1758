import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, listFormat, numberFormat, pluralRules } from './intlCache';

describe('shared Intl objects', () => {
  it('are made once per kind, locale and option set', () => {
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).toBe(numberFormat('en-GB', { maximumFractionDigits: 1 }));
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-GB', { maximumFractionDigits: 0 }));
    expect(numberFormat('en-GB')).not.toBe(numberFormat('zh-Hant-HK'));
    expect(listFormat('en-GB', { type: 'conjunction' })).toBe(listFormat('en-GB', { type: 'conjunction' }));
    expect(listFormat('en-GB', { type: 'conjunction' })).not.toBe(listFormat('en-GB', { type: 'disjunction' }));
  });

  it('format as a new one would', () => {
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6');
    expect(listFormat('zh-Hant-HK', { style: 'long', type: 'conjunction' }).format(['甲', '乙', '丙'])).toBe(
      new Intl.ListFormat('zh-Hant-HK', { style: 'long', type: 'conjunction' }).format(['甲', '乙', '丙']),
    );
    expect(dateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date('2026-06-01T00:00:00Z'))).toBe('June');
    expect(pluralRules('en-GB', { type: 'ordinal' }).select(2)).toBe('two');
    expect(['b', 'a10', 'a9'].sort(collator('en-GB', { numeric: true }).compare)).toEqual(['a9', 'a10', 'b']);
  });
});
