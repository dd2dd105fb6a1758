import { beforeAll, describe, expect, it } from 'vitest';
import { formatPlural } from '../../i18n/format';
import { pickMessages, type Lang } from '../../i18n/lang';
import { loadLanguage } from '../../i18n/languagePacks';
import { agreementsMessages } from './messages';

beforeAll(() => loadLanguage('zh-Hans'));

const named = (count: number, lang: Lang) => {
  const t = pickMessages(agreementsMessages, lang);
  return formatPlural(count, { one: t.aggregateSummaryOne, other: t.aggregateSummary }, lang);
};
const rows = (count: number, lang: Lang) => {
  const t = pickMessages(agreementsMessages, lang);
  return formatPlural(count, { one: t.linkedRowsOne, other: t.linkedRows }, lang);
};

describe('counts in the agreements view go through Intl.PluralRules', () => {
  it('says "1 of them is named", never "1 of them are named", in English', () => {
    expect(named(1, 'en')).toBe('The count the reports give; 1 of them is named in this table.');
    expect(named(3, 'en')).toBe('The count the reports give; 3 of them are named one by one in this table.');
    expect(named(0, 'en')).toBe('The count the reports give; 0 of them are named one by one in this table.');
    expect(rows(1, 'en')).toBe('1 highlighted row belongs to it.');
    expect(rows(2, 'en')).toBe('2 highlighted rows belong to it.');
  });

  it('has one form for any count in Traditional and Simplified Chinese', () => {
    expect(named(1, 'zh-Hant')).toBe('報道所述數目；本表逐一列出其中1份。');
    expect(named(3, 'zh-Hant')).toBe('報道所述數目；本表逐一列出其中3份。');
    expect(named(3, 'zh-Hans')).toBe('报道所述数目；本表逐一列出其中3份。');
    expect(rows(2, 'zh-Hans')).toBe('已标示属于此项的2行。');
  });
});
