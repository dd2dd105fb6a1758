import { beforeAll } from 'vitest';
import type { SectionRef } from '../data/buildTripModel';
import type { Citation, Source } from '../data/schema';
import { loadLanguage } from '../i18n/languagePacks';
import { formatCitations, groupCitations, publicationLine, reportCredit, sourceLine, uniqueCites, type CitationLookup } from './citations';

// Two invented reports: one with a page and three sections (one heading with quotation marks in it),
// one without a page.
const gazette: Source = {
  id: 'gazette',
  publisher: { en: 'Harbour Gazette', zhHant: '港灣報' },
  title: { en: 'A report', zhHant: '一篇報道' },
  published: '2031-09-23',
  page: 'B2',
  file: 'gazette.txt',
  sections: [
    { id: 'roundup', heading: '新聞綜述', headingEn: 'News roundup' },
    { id: 'results', heading: '訪問成果', headingEn: 'Results, in short' },
    { id: 'quote', heading: '「合作共贏」的協同', headingEn: '"Win-win" co-operation' },
  ],
};
const herald: Source = {
  id: 'herald',
  publisher: { en: 'Island Herald', zhHant: '島嶼先驅報' },
  title: { en: 'Another report', zhHant: '另一篇報道' },
  published: '2031-09-20',
  page: null,
  file: 'herald.txt',
  sections: [{ id: 'trade', heading: '貿易新路', headingEn: 'New trade routes' }],
};
const lookup: CitationLookup = {
  sourceById: new Map([gazette, herald].map((s) => [s.id, s])),
  sectionByKey: new Map<string, SectionRef>(
    [gazette, herald].flatMap((source) => source.sections.map((s) => [`${source.id}/${s.id}`, { source, heading: s.heading, headingEn: s.headingEn }] as const)),
  ),
};
const cites: Citation[] = [
  { source: 'gazette', section: 'roundup' },
  { source: 'gazette', section: 'results' },
  { source: 'herald', section: 'trade' },
  { source: 'gazette', section: 'quote' },
  { source: 'gazette', section: 'roundup' },
];

beforeAll(() => loadLanguage('zh-Hans'));

describe('citations', () => {
  it('keeps each cited section once, and groups them by report in the order first cited', () => {
    expect(uniqueCites(cites)).toHaveLength(4);
    const groups = groupCitations(lookup, cites, 'en');
    expect(groups.map((g) => g.publication)).toEqual(['Harbour Gazette, 23 September 2031, page B2', 'Island Herald, 20 September 2031, page not stated']);
    expect(groups.map((g) => g.cites.map((c) => c.section))).toEqual([['roundup', 'results', 'quote'], ['trade']]);
  });

  it('writes the brief line in English punctuation', () => {
    expect(formatCitations(lookup, cites, 'en', 'brief')).toBe(
      'Harbour Gazette, 23 September 2031, page B2: News roundup · Results, in short · "Win-win" co-operation; Island Herald, 20 September 2031, page not stated: New trade routes',
    );
    expect(sourceLine(lookup, cites, 'en')).toMatch(/^Sources: Harbour Gazette, /);
    expect(sourceLine(lookup, [cites[0]!, cites[0]!], 'en')).toMatch(/^Source: /);
    expect(sourceLine(lookup, [], 'en')).toBe('');
  });

  it('writes Chinese citations with full-width marks and no spaces', () => {
    expect(formatCitations(lookup, cites, 'zh-Hant', 'brief')).toBe(
      '港灣報，2031年9月23日，第B2版：新聞綜述、訪問成果、「合作共贏」的協同；島嶼先驅報，2031年9月20日，未註明版次：貿易新路',
    );
    expect(formatCitations(lookup, cites.slice(0, 1).concat(cites[3]!), 'zh-Hant')).toBe('港灣報，2031年9月23日，第B2版：「新聞綜述」，「『合作共贏』的協同」');
    expect(sourceLine(lookup, cites, 'zh-Hant')).toMatch(/^資料來源：港灣報，/);
    // 简体中文 converts the words from the generated table (an invented name may stay as written).
    expect(publicationLine(herald, 'zh-Hans')).toMatch(/，2031年9月20日，未注明版次$/);
    expect(reportCredit(gazette, 'zh-Hant')).toBe('《港灣報》（2031年9月23日）');
    expect(reportCredit(gazette, 'en')).toBe('Harbour Gazette (23 September 2031)');
  });

  it('gives the printed heading, quoted the Chinese way, with our translation in English', () => {
    expect(formatCitations(lookup, [cites[3]!], 'en')).toBe('Harbour Gazette, 23 September 2031, page B2: 「『合作共贏』的協同」 ("Win-win" co-operation)');
  });

  it('keeps the id of a report it does not know, so a broken citation shows', () => {
    expect(formatCitations(lookup, [{ source: 'missing', section: 'x' }], 'en')).toBe('missing');
  });
});
