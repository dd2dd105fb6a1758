/** This trip's texts in the generated Simplified table: its countries, the data's phrases (src/i18n/zhHans.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/labels';
import { pickText } from '../../src/i18n/lang';
import table from '../../src/i18n/zh-hans.generated.json';
import { loadLanguage } from '../../src/i18n/languagePacks';
import { toSimplified } from '../../src/i18n/zhHans';
import { loadMissionModel } from './mission';

beforeAll(() => {
  loadMissionModel();
  return loadLanguage('zh-Hans');
});

describe("this trip's texts in Simplified Chinese", () => {
  it('converts the country names and a phrase of the data, whole', () => {
    expect(toSimplified('哈薩克斯坦')).toBe('哈萨克斯坦');
    expect(toSimplified('烏茲別克斯坦')).toBe('乌兹别克斯坦');
    expect(pickText({ en: 'Kazakhstan', zhHant: '哈薩克斯坦' }, 'zh-Hans')).toBe('哈萨克斯坦');
    expect(countryName('UZ', 'zh-Hans')).toBe('乌兹别克斯坦');
    const phrase = (traditional: string) => (table.phrases as Record<string, string>)[traditional];
    expect(phrase('便利人員往來：推進直航及航空運輸合作，並推動放寬互免簽證安排下的逗留期限（兩地各自的情況見數據註釋）。')).toBe(
      '便利人员往来：推进直航及航空运输合作，并推动放宽互免签证安排下的逗留期限（两地各自的情况见数据注释）。',
    );
    expect(phrase('「四金」')).toBe('“四金”');
  });
});
