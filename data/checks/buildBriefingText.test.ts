/** This trip's briefing text: its counts, figures, voices and sources in three languages (src/features/briefing/buildBriefingText.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMissionModel } from './mission';
import { loadLanguage } from '../../src/i18n/languagePacks';
import { buildBriefingText } from '../../src/features/briefing/buildBriefingText';

const model = loadMissionModel();
beforeAll(() => loadLanguage('zh-Hans'));

describe('buildBriefingText', () => {
  it('all countries, English: totals, split by level and country, value, delegation, sources', () => {
    const text = buildBriefingText(model, { lang: 'en', country: null });
    expect(text).toContain('This briefing covers every country (Kazakhstan and Uzbekistan).');
    expect(text).toContain('96 agreements and MoUs: 15 government, 81 non-government');
    expect(text).toContain('Kazakhstan 61 = 8 + 53; Uzbekistan 35 = 7 + 28');
    expect(text).toContain('over US$1.65 billion');
    expect(text).toContain('Delegation: 75 members (45 from Hong Kong, 30 from the Mainland)');
    expect(text).toContain('6 days, 2 countries, over 20 events');
    expect(text).toContain('8 outcomes: Top-level government contacts;');
    // Short citations: publisher, date and page, no issue numbers.
    expect(text).toMatch(/Sources:\n• Ta Kung Pao, 1 June 2026, page not stated\n• Ta Kung Pao, 6 June 2026, page A1(\n|$)/);
    expect(text).not.toContain('issue no.');
    // One paragraph: the selection and the totals are sentences of one line, not bullets.
    const paragraph = text.split('\n')[2]!;
    expect(paragraph).toMatch(/^This briefing covers every country .+ 96 agreements and MoUs: .+ Delegation: 75 members/);
  });

  it('quotes the background, the voices and the new data notes with their citations, in three languages', () => {
    const en = buildBriefingText(model, { lang: 'en', country: null });
    expect(en).toMatch(/• Kazakhstan, Hong Kong's main market in Central Asia: .*main export market in Central Asia.* \(Ta Kung Pao, 1 June 2026/);
    expect(en).toMatch(/• Uzbekistan, The "four golds": .*\(Ta Kung Pao, 1 June 2026/);
    expect(en).toMatch(/• Han Chunlin, China's Ambassador to Kazakhstan: .*\(Ta Kung Pao, 1 June 2026, page not stated: .*Interview with China's ambassador to Kazakhstan/);
    expect(en).toMatch(/• Tsang Sze-wan \(曾詩韻\), our romanisation, Chief economist, Hong Kong Trade Development Council: .*light industry/);
    expect(en).toContain('• Nicholas Ho Lik-chi, Commissioner for Belt and Road: ');
    expect(en).toMatch(/• Frederick Ma Si-hang, Chairman, Hong Kong Trade Development Council: .*unprecedented/);
    expect(en).toContain('• Wingco Lo, President, Chinese Manufacturers');
    expect(en).toMatch(/• Five-day trip, six calendar days\. .*\(Ta Kung Pao, 6 June 2026/);
    expect(en).toMatch(/• The ambassador interview is cut off\. .*\(Ta Kung Pao, 1 June 2026/);
    const hant = buildBriefingText(model, { lang: 'zh-Hant', country: null });
    expect(hant).toMatch(/• 哈薩克斯坦・香港在中亞的主要市場：.*主要出口市場.*（大公報，2026年6月1日/);
    expect(hant).toMatch(/• 韓春霖（中國駐哈薩克斯坦大使）：.*（大公報，2026年6月1日，未註明版次：「專訪中國駐哈薩克斯坦大使」）/);
    expect(hant).not.toContain('本站拼音');
    expect(hant).toMatch(/• 五天行程與六個日曆日。.*（大公報/);
    expect(hant).toMatch(/• 大使專訪文本不完整。/);
    const hans = buildBriefingText(model, { lang: 'zh-Hans', country: null });
    expect(hans).toMatch(/• 乌兹别克斯坦・“四金”：/);
    expect(hans).toMatch(/• 韩春霖（中国驻哈萨克斯坦大使）：.*（大公报，2026年6月1日，未注明版次：“专访中国驻哈萨克斯坦大使”）/);
    expect(hans).toMatch(/• 五天行程与六个日历日。/);
  });

  it('Kazakhstan, English: its share of the agreements, its days and figures', () => {
    const text = buildBriefingText(model, { lang: 'en', country: 'KZ', url: 'http://x/?lang=en&country=KZ' });
    expect(text).toContain('This briefing covers Kazakhstan.');
    expect(text).toContain('61 of the 96 agreements and MoUs were with Kazakhstan: 8 government, 53 non-government.');
    expect(text).toMatch(/In Kazakhstan: 31 May\s–\s2 June 2026, in Astana\./);
    expect(text).toContain('Kazakhstan: GDP US$305.9 billion (2025).');
    expect(text).toContain('over US$1.65 billion');
    expect(text).toContain('75 members');
    // Below the title (which names the whole trip), nothing about the other country; Kazakhstan's
    // neighbours, a background fact about Kazakhstan, name it as a neighbour only.
    const body = text.split('\n').slice(1).filter((line) => !line.includes('Neighbours on land'));
    expect(body.join('\n')).not.toContain('Uzbekistan');
    expect(text).toContain('Neighbours on land');
    expect(text).toContain('Dashboard: http://x/?lang=en&country=KZ');
  });

  it('Uzbekistan, English', () => {
    const text = buildBriefingText(model, { lang: 'en', country: 'UZ' });
    expect(text).toContain('35 of the 96 agreements and MoUs were with Uzbekistan: 7 government, 28 non-government.');
    expect(text).toMatch(/In Uzbekistan: 3\s?–\s?5 June 2026, in Tashkent\./);
    expect(text).toContain('Uzbekistan: Real GDP growth 7.7% (2025).');
    expect(text).toContain('Ta Kung Pao, 6 June 2026, page A1');
  });

  it('one country: names what was agreed with it and the outcomes that concern it, ahead of background and remarks', () => {
    const text = buildBriefingText(model, { lang: 'en', country: 'UZ' });
    const lines = text.split('\n');
    const named = lines.indexOf('Agreements with Uzbekistan that the reports name:');
    expect(named).toBeGreaterThan(0);
    // Every agreement the dataset itemises for the country, with its level and status; none of the other's.
    for (const agreement of model.dataset.agreements) {
      const line = lines.findIndex((l) => l.startsWith(`• ${agreement.title.en} (`));
      if (agreement.country === 'UZ') expect(line, agreement.id).toBeGreaterThan(named);
      else expect(line, agreement.id).toBe(-1);
    }
    expect(text).toContain('• Mutual 30-day visa-free stays (government, agreed)');
    expect(text).toContain('• Double taxation agreement talks with Uzbekistan (government, talks to start)');
    expect(named).toBeLessThan(lines.indexOf('Key figures:'));
    expect(named).toBeLessThan(lines.indexOf('Background:'));
    // The outcomes line stays, narrowed to the outcomes the timeline keeps for the country.
    expect(lines[2]).toContain('5 of the 8 outcomes concern Uzbekistan: Top-level government contacts; ');
    expect(lines[2]).toContain('Easier travel');
    expect(lines[2]).not.toContain('Education, talent and culture');
    // Remarks: only those about the country; the whole-trip ones are counted, not quoted.
    const voices = lines.slice(lines.indexOf('What they said (paraphrased):') + 1, lines.indexOf('Data notes:') - 1);
    expect(voices.filter((l) => l.startsWith('• Tsang Sze-wan'))).toHaveLength(1);
    expect(voices.some((l) => l.startsWith('• John Lee'))).toBe(false);
    expect(voices.at(-1)).toMatch(/^• \d+ more remarks, about the whole trip, are left out here\.$/);
  });

  it('the named agreements follow the explorer’s level, field and status', () => {
    const text = buildBriefingText(model, { lang: 'zh-Hant', country: 'UZ', status: 'talks-to-start' });
    expect(text).toContain('報道列明的烏茲別克斯坦協議：\n• 與烏國商討避免雙重課稅協定（政府層面，將展開磋商）\n• 與烏國洽談促進和保護投資協定（政府層面，將展開磋商）\n\n');
    const kz = buildBriefingText(model, { lang: 'en', country: 'KZ', field: 'aviation' });
    expect(kz).toContain('Agreements with Kazakhstan that the reports name:\n• Hong Kong – Almaty direct flights (non-government, agreed)\n\n');
  });

  it('a key figure whose label already says its period does not repeat it', () => {
    const uz = buildBriefingText(model, { lang: 'zh-Hant', country: 'UZ' });
    expect(uz).toContain('• 烏茲別克斯坦：近年平均增長超過5%。');
    expect(uz).not.toContain('（近年）');
    // A label without its period keeps it.
    expect(uz).toContain('• 烏茲別克斯坦：實質經濟增長7.7%（2025年）。');
    expect(buildBriefingText(model, { lang: 'en', country: 'UZ' })).toContain('• Uzbekistan: Average annual growth over 5% (recent years).');
  });

  it('Traditional Chinese: all, KZ and UZ', () => {
    const all = buildBriefingText(model, { lang: 'zh-Hant', country: null });
    expect(all).toContain('協議及合作備忘錄共96份：政府層面15份，非政府層面81份（哈薩克斯坦61份 = 8 + 53；烏茲別克斯坦35份 = 7 + 28）');
    expect(all).toContain('超過16.5億美元');
    expect(all).toContain('75名成員');
    expect(all).toContain('大公報，2026年6月6日，第A1版');
    const kz = buildBriefingText(model, { lang: 'zh-Hant', country: 'KZ' });
    expect(kz).toContain('96份協議及備忘錄中，61份與哈薩克斯坦達成：政府層面8份，非政府層面53份。');
    expect(kz).toContain('3,059億美元');
    const uz = buildBriefingText(model, { lang: 'zh-Hant', country: 'UZ' });
    expect(uz).toContain('35份與烏茲別克斯坦達成：政府層面7份，非政府層面28份');
  });

  it('Simplified Chinese: the same figures in Simplified characters', () => {
    const all = buildBriefingText(model, { lang: 'zh-Hans', country: null });
    expect(all).toContain('协议及合作备忘录共96份：政府层面15份，非政府层面81份（哈萨克斯坦61份 = 8 + 53；乌兹别克斯坦35份 = 7 + 28）');
    expect(all).toContain('超过16.5亿美元');
    expect(all).toContain('代表团：75名成员');
    expect(all).toContain('大公报，2026年6月6日，第A1版');
    const kz = buildBriefingText(model, { lang: 'zh-Hans', country: 'KZ' });
    expect(kz).toContain('61份与哈萨克斯坦达成：政府层面8份，非政府层面53份');
    expect(kz).toContain('3,059亿美元');
    const uz = buildBriefingText(model, { lang: 'zh-Hans', country: 'UZ' });
    expect(uz).toContain('35份与乌兹别克斯坦达成：政府层面7份，非政府层面28份');
    for (const text of [all, kz, uz]) expect(text).not.toMatch(/[協議億萬與對烏薩報]/);
  });

  describe('every selection key is in the paragraph', () => {
    it('English: outcome, field and search with a country', () => {
      const text = buildBriefingText(model, { lang: 'en', country: 'KZ', outcome: 3, field: 'finance', q: 'HKEX' });
      const paragraph = text.split('\n')[2]!;
      expect(paragraph).toMatch(/^This briefing covers Kazakhstan, looking at outcome 3, “Talks on tax, investment and customs” \(announced 4 June 2026\), the field of Finance and agreements matching “HKEX”\./);
      // The paragraph does not say "both countries" when one is chosen.
      expect(paragraph).not.toContain('every country');
    });

    it('English: day, level and status, every country', () => {
      const text = buildBriefingText(model, { lang: 'en', country: null, day: '2026-06-04', level: 'government', status: 'signed' });
      expect(text.split('\n')[2]).toMatch(/^This briefing covers every country \(Kazakhstan and Uzbekistan\), looking at the day of 4 June 2026, Government agreements and agreements that are Signed\./);
    });

    it('Traditional Chinese: outcome, field, search', () => {
      const text = buildBriefingText(model, { lang: 'zh-Hant', country: 'KZ', outcome: 3, field: 'finance', q: 'HKEX' });
      expect(text).toContain('本簡報涵蓋哈薩克斯坦，重點是第3項成果「展開稅務、投資及海關磋商」（2026年6月4日公布）、金融領域及符合「HKEX」的協議。');
      expect(text).toContain('哈薩克斯坦：國內生產總值3,059億美元（2025年）。');
      expect(text).toMatch(/資料來源：\n• 大公報，2026年6月1日，未註明版次\n/);
    });

    it('Simplified Chinese: day, level, status', () => {
      const text = buildBriefingText(model, { lang: 'zh-Hans', country: null, day: '2026-06-04', level: 'government', status: 'signed' });
      expect(text).toContain('本简报涵盖所有国家（哈萨克斯坦和乌兹别克斯坦），重点是2026年6月4日当天、政府层面的协议和已签署的协议。');
      expect(text).toContain('乌兹别克斯坦：实质经济增长7.7%（2025年）。');
      expect(text).not.toMatch(/[協議億萬與對烏薩報]/);
    });
  });
});
