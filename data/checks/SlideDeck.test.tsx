/** This trip's slide titles and takeaways (src/features/briefing/slides.ts). */
import { describe, expect, it } from 'vitest';
import { loadMissionModel } from './mission';
import { SLIDE_IDS, buildSlideTexts } from '../../src/features/briefing/slides';

const model = loadMissionModel();

describe('slide order', () => {
  it('is headline figures, route map, agreements, timeline, economy, sources', () => {
    expect(SLIDE_IDS).toEqual(['headline', 'map', 'agreements', 'timeline', 'economy', 'notes']);
    const texts = buildSlideTexts(model, 'en', null);
    expect(texts.map((s) => s.title)).toEqual([
      'The trip in figures',
      'The route',
      'The agreements',
      'Day by day and the 8 outcomes',
      'The economies',
      'Sources and data notes',
    ]);
    expect(texts[0]?.takeaway).toBe('96 agreements and MoUs in 6 days, worth over US$1.65 billion where a value was stated.');
    expect(texts[2]?.takeaway).toBe('Kazakhstan 61 and Uzbekistan 35: most were reached outside government (81 of 96).');
  });

  it('follows the country filter and the language', () => {
    const uz = buildSlideTexts(model, 'en', 'UZ');
    expect(uz[0]?.takeaway).toBe('35 of the 96 agreements and MoUs were with Uzbekistan.');
    expect(uz[2]?.takeaway).toBe('Uzbekistan: 7 government and 28 non-government agreements and MoUs.');
    const kz = buildSlideTexts(model, 'zh-Hant', 'KZ');
    expect(kz[2]?.takeaway).toBe('哈薩克斯坦：政府層面8份，非政府層面53份。');
  });
});
