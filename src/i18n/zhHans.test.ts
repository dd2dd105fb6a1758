import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatInCurrency, formatPercent, formatScaled, formatUsd, formatWeekday, qualifierWord, withQualifier } from './format';
import { countryName, fieldName, statusName } from './labels';
import { defineMessages, isLang, localeOf, pickMessages, pickText } from './lang';
import { buildExampleZhHansTable, loadExampleModel } from '../../tests/fixtures/missions';
import table from './zh-hans.generated.json';
import { installZhHansTable, isZhHansReady, toSimplified } from './zhHans';

// The fictional example mission and its Simplified table (this trip's: data/checks/zhHans.test.ts).
beforeAll(async () => {
  // Country names come from the loaded mission's data.
  loadExampleModel();
  installZhHansTable(await buildExampleZhHansTable());
});

describe('简体中文 from the generated OpenCC table', () => {
  it('converts whole strings and single characters', () => {
    expect(toSimplified('吉爾吉斯斯坦')).toBe('吉尔吉斯斯坦');
    expect(toSimplified('烏蘭巴托')).toBe('乌兰巴托');
    expect(toSimplified('協議')).toBe('协议');
    expect(toSimplified('億')).toBe('亿');
    expect(toSimplified('資料來源與數據註釋')).toBe('资料来源与数据注释');
    // Text already the same in both scripts, and Latin text, are left alone.
    expect(toSimplified('香港 IT Park 2026')).toBe('香港 IT Park 2026');
  });

  it('has only real changes in it, generated (not typed) from Traditional keys', () => {
    for (const [traditional, simplified] of Object.entries(table.phrases).slice(0, 200)) {
      expect(simplified).not.toBe(traditional);
      expect([...simplified].length).toBe([...traditional].length);
    }
    expect(table.chars['億']).toBe('亿');
    expect(table.chars['萬']).toBe('万');
  });

  it('pickText and pickMessages give Simplified for zh-Hans and leave the other languages as they are', () => {
    const text = { en: 'Kyrgyzstan', zhHant: '吉爾吉斯斯坦' };
    expect(pickText(text, 'zh-Hans')).toBe('吉尔吉斯斯坦');
    expect(pickText(text, 'zh-Hant')).toBe('吉爾吉斯斯坦');
    expect(pickText(text, 'en')).toBe('Kyrgyzstan');
    const bundle = defineMessages('zhHansTest', {
      en: { subtitle: 'Trade mission', agreements: 'agreements and MoUs' },
      zhHant: { subtitle: '香港商貿代表團訪問吉爾吉斯斯坦', agreements: '份協議及合作備忘錄' },
    });
    const t = pickMessages(bundle, 'zh-Hans');
    expect(t.subtitle).toBe('香港商贸代表团访问吉尔吉斯斯坦');
    expect(t.agreements).toBe('份协议及合作备忘录');
    expect(pickMessages(bundle, 'zh-Hant').agreements).toBe('份協議及合作備忘錄');
    expect(pickMessages(bundle, 'en').agreements).toBe('agreements and MoUs');
    expect(countryName('KG', 'zh-Hans')).toBe('吉尔吉斯斯坦');
    expect(fieldName('innovation-technology', 'zh-Hans')).toBe('创新科技');
    expect(statusName('signed', 'zh-Hans')).toBe('已签署');
  });

  it('formats numbers with 亿 and 万, dates in the zh-Hans-CN locale', () => {
    expect(localeOf('zh-Hans')).toBe('zh-Hans-CN');
    expect(isLang('zh-Hans')).toBe(true);
    expect(formatUsd(1.65e9, 'zh-Hans')).toBe('16.5亿美元');
    expect(formatUsd(1.65e9, 'zh-Hant')).toBe('16.5億美元');
    expect(formatInCurrency(1.3e10, { symbol: 'HK$', name: { en: 'Hong Kong dollars', zhHant: '港元' } }, 'zh-Hans')).toBe('130亿港元');
    expect(formatScaled(150_000, 'zh-Hans')).toBe('15万');
    expect(withQualifier(formatUsd(1.65e9, 'zh-Hans'), 'over', 'zh-Hans')).toBe('超过16.5亿美元');
    expect(qualifierWord('about', 'zh-Hans')).toBe('约');
    expect(formatPercent(7.7, 'zh-Hans')).toBe('7.7%');
    expect(formatDate('2026-06-06', 'zh-Hans')).toBe('2026年6月6日');
    expect(formatDateRange('2026-05-31', '2026-06-05', 'zh-Hans')).toBe('2026年5月31日至6月5日');
    expect(formatWeekday('2026-06-01', 'zh-Hans')).toBe('周一');
  });

  describe('before the table has loaded', () => {
    afterAll(async () => installZhHansTable(await buildExampleZhHansTable()));
    it('returns the text unchanged rather than guessing', () => {
      installZhHansTable(null);
      expect(isZhHansReady()).toBe(false);
      expect(toSimplified('協議')).toBe('協議');
    });
  });
});
