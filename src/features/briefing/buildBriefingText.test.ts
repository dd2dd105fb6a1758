import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleZhHansTable } from '../../../tests/fixtures/missions';
import { loadTestModel } from '../../../tests/setup/dataset';
import { installZhHansTable } from '../../i18n/zhHans';
import { buildBriefingText } from './buildBriefingText';

// The fictional example mission; this trip's briefing is checked in data/checks/buildBriefingText.test.ts.
const model = loadTestModel();
beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));

describe('buildBriefingText', () => {
  it('all countries, English: totals, split by level and country, value, delegation, outcomes, sources', () => {
    const text = buildBriefingText(model, { lang: 'en', country: null });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Briefing: Fictional example mission: Hong Kong to Mongolia, Kyrgyzstan and Tajikistan, 2031 (14 – 22 September 2031)');
    // One paragraph: the selection and the totals are sentences of one line, not bullets.
    expect(lines[2]).toMatch(/^This briefing covers every country \(Mongolia, Kyrgyzstan and Tajikistan\)\. 14 agreements and MoUs: 4 government, 10 non-government/);
    expect(text).toContain('(Mongolia 7 = 2 + 5; Kyrgyzstan 4 = 1 + 3; Tajikistan 3 = 1 + 2)');
    expect(text).toContain('Delegation: 40 members (30 from Hong Kong, 10 from the Mainland)');
    expect(text).toContain('9 days, 3 countries, 9 events. 5 outcomes: Links between governments;');
    // Only the figures economy.json marks for the briefing.
    expect(text).toContain('Key figures:\n• Mongolia: GDP growth 5.1% (2030).\n• Mongolia: Foreign trade US$27 billion (2030).\n');
    // Short citations: publisher, date and page.
    expect(text).toMatch(/Sources:\n• Example Gazette, 23 September 2031, page not stated$/);
  });

  it('one country: its share of the agreements, its days and city, nothing of the others', () => {
    const text = buildBriefingText(model, { lang: 'en', country: 'KG', url: 'http://x/?country=KG' });
    expect(text).toContain('This briefing covers Kyrgyzstan. 4 of the 14 agreements and MoUs were with Kyrgyzstan: 1 government, 3 non-government.');
    expect(text).toMatch(/In Kyrgyzstan: 17\s–\s19 September 2031, in Bishkek\./);
    // Below the title (which names the whole trip), nothing about the other countries.
    expect(text.split('\n').slice(1).join('\n')).not.toMatch(/Mongolia|Tajikistan/);
    expect(text).toContain('Dashboard: http://x/?country=KG');
  });

  it('puts every selection key in the paragraph', () => {
    const text = buildBriefingText(model, { lang: 'en', country: null, day: '2031-09-18', level: 'government', status: 'signed' });
    expect(text.split('\n')[2]).toMatch(
      /^This briefing covers every country \(Mongolia, Kyrgyzstan and Tajikistan\), looking at the day of 18 September 2031, Government agreements and agreements that are Signed\./,
    );
  });

  it('Simplified Chinese: the same figures in Simplified characters', () => {
    const text = buildBriefingText(model, { lang: 'zh-Hans', country: null });
    expect(text).toContain('协议及合作备忘录共14份：政府层面4份，非政府层面10份（蒙古7份 = 2 + 5；吉尔吉斯斯坦4份 = 1 + 3；塔吉克斯坦3份 = 1 + 2）');
    expect(text).toContain('代表团：40名成员（香港30名，内地10名）');
    expect(text).toContain('• 示例公报，2031年9月23日，未注明版次');
    expect(text).not.toMatch(/[協議億萬與對報團]/);
  });
});
