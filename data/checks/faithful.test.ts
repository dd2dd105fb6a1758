/**
 * Faithful to the reports, claim by claim: the dataset says no more, and nothing other, than the
 * sections it cites. Each section lists short terms it prints (`holds`) and the parties it says signed
 * something (`signedWith`), taken from the report; these tests check every claim against them.
 */
import { describe, expect, it } from 'vitest';
import { loadMissionDataset } from './mission';
import type { Citation } from '../../src/data/schema';

const dataset = loadMissionDataset();
const sectionOf = (c: Citation) => dataset.sources.find((s) => s.id === c.source)?.sections.find((x) => x.id === c.section);
const holds = (c: Citation, term: string) => sectionOf(c)?.holds?.includes(term) ?? false;
const someHolds = (cites: readonly Citation[], term: string) => cites.some((c) => holds(c, term));

/** Every Traditional Chinese string of the dataset, with where it sits. */
function chineseStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return /[\u3400-\u9fff]/.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => chineseStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => chineseStrings(v, path ? `${path}.${k}` : k));
  return [];
}

/** "2026-06-04" -> the ways a Chinese report writes that day. */
const dayTerms = (date: string) => {
  const [, m, d] = date.split('-').map(Number);
  return [`${m}月${d}日`, `${d}日`];
};

const byId = <T extends { id: string }>(items: readonly T[], id: string) => {
  const item = items.find((x) => x.id === id);
  if (!item) throw new Error(`no ${id}`);
  return item;
};

describe('faithful to the reports', () => {
  it('1. names no single university for the two unnamed ones (香港大學 is HKU)', () => {
    const { sources: _sources, ...facts } = dataset;
    const hits = chineseStrings(facts).filter(({ text }) => text.includes('香港大學'));
    expect(hits).toEqual([]);
    expect(byId(dataset.agreements, 'nazarbayev-university-cooperation').title.zhHant).toContain('兩所香港高校');
  });

  it('2. the Almaty flights say what the report says (a resumption, the only direct route) with a note on that wording', () => {
    const flights = byId(dataset.agreements, 'hk-almaty-direct-flights');
    expect(flights.summary.en).not.toMatch(/operating plan|signed document/);
    expect(flights.summary.zhHant).not.toMatch(/營運安排|簽署文件/);
    expect(flights.summary.en).toMatch(/resumption/);
    expect(flights.summary.zhHant).toContain('恢復');
    expect(someHolds(flights.cite, '恢復') && someHolds(flights.cite, '目前唯一')).toBe(true);
    const note = byId(dataset.notes, 'direct-route-wording');
    expect(note.about).toContain('hk-almaty-direct-flights');
    expect(note.values.every((v) => holds(v.cite, '2027年第一季'))).toBe(true);
  });

  it('3. no named item is said to be in, or outside, the 96: the reports never list them', () => {
    expect(dataset.agreements.length).toBeGreaterThan(0);
    for (const a of dataset.agreements) expect(a.countedInTotal, a.id).toBe('not-stated');
    expect(byId(dataset.notes, 'which-documents-in-total').about).toContain('trip-agreements-total');
  });

  it('4. the two HKEX memoranda share the content the report gives for both together', () => {
    for (const id of ['hkex-aifc-mou', 'hkex-aix-mou']) {
      const { summary } = byId(dataset.agreements, id);
      for (const topic of [/sustainable aviation/, /green finance/, /carbon markets/, /commodit/, /mining/]) expect(summary.en, id).toMatch(topic);
      expect(summary.en, id).toMatch(/together/);
      for (const topic of ['可持續航空融資', '綠色金融', '碳市場', '大宗商品', '礦業融資']) expect(summary.zhHant, id).toContain(topic);
    }
  });

  it('5. "signed" only where a cited section says that party signed', () => {
    const signed = dataset.agreements.filter((a) => a.status === 'signed');
    expect(signed.map((a) => a.id).sort()).toEqual(['hkex-aifc-mou', 'hkex-aix-mou']);
    for (const a of signed) {
      const counterparties = a.cite.flatMap((c) => sectionOf(c)?.signedWith ?? []);
      expect(a.parties.some((p) => counterparties.includes(p.zhHant)), a.id).toBe(true);
    }
    expect(byId(dataset.agreements, 'hk-tech-parks-astana-hub').status).toBe('agreed');
  });

  it('6. an item dated or tied to an event cites a section that prints that day; undated Tashkent items carry no day', () => {
    for (const a of dataset.agreements) {
      const event = a.event ? byId(dataset.events, a.event) : undefined;
      if (event && a.date) expect(a.date, a.id).toBe(event.date);
      const date = a.date ?? event?.date;
      if (!date) continue;
      const cites = [...a.cite, ...(event?.cite ?? [])];
      expect(dayTerms(date).some((term) => someHolds(cites, term)), `${a.id} on ${date}`).toBe(true);
    }
    // Within the two-day visit, no day given (6 June report, "Opening links on every front").
    for (const id of ['visa-free-30-days', 'air-services-agreement-uzbekistan', 'aeo-mutual-recognition', 'cdta-uzbekistan', 'ippa-uzbekistan']) {
      const a = byId(dataset.agreements, id);
      expect([a.date, a.event], id).toEqual([null, null]);
    }
    const fourthJune = dataset.days.find((d) => d.date === '2026-06-04')!;
    expect(fourthJune.summary.en).toMatch(/no day/);
  });

  it('7. the arrival time keeps its "about"', () => {
    const arrival = byId(dataset.events, 'arrival-astana');
    expect(arrival.time).toBe('19:00');
    expect(arrival.timeApproximate).toBe(true);
    expect(someHolds(arrival.cite, '晚上約7時')).toBe(true);
    for (const e of dataset.events) if (e.time) expect(e.timeApproximate, e.id).toBe(someHolds(e.cite, '晚上約7時'));
  });

  it('8. counts cite the sections that give them; note values are held by their section', () => {
    for (const c of dataset.agreementCounts) {
      for (const cite of c.cite) expect(holds(cite, `${c.count}份`), `${c.country} ${c.level} in ${cite.section}`).toBe(true);
    }
    for (const note of dataset.notes) {
      for (const v of note.values) {
        for (const [, n] of v.value.zhHant.matchAll(/(\d+)份/g)) {
          expect(holds(v.cite, `${n}份`) || holds(v.cite, `${n}項`), `${note.id}: ${n} in ${v.cite.section}`).toBe(true);
        }
      }
    }
  });

  it('8. every place is cited, by a section that names it (or a note explains the name)', () => {
    const noted = new Set(dataset.notes.flatMap((n) => n.about));
    for (const place of dataset.places) {
      expect(place.cite.length, place.id).toBeGreaterThan(0);
      const name = place.name.zhHant;
      const named = place.cite.some((c) =>
        (sectionOf(c)?.holds ?? []).some((term) => term === name || ([...term].length >= 4 && name.includes(term))),
      );
      expect(named || noted.has(place.id), place.id).toBe(true);
    }
    // The dual listing on AIX comes from the ambassador interview.
    const aix = byId(dataset.places, 'astana-international-exchange');
    expect(aix.cite).toContainEqual({ source: 'tkp-2026-06-01', section: 'ambassador-interview' });
  });

  it('8. every economic figure is held, as the report prints it, by a section it cites', () => {
    // How the reports print a figure that is no plain number with its unit.
    const printed: Record<string, string> = {
      'kz-share-of-central-asia-gdp': '近六成',
      'kz-hk-trade-partner-rank': '最大貿易夥伴',
      'uz-population-rank': '人口第一大國',
      'uz-uranium-rank': '第五位',
      'uz-gold-rank': '第十位',
      'hk-investor-rank-asia': '第四大亞洲淨投資者',
      'hk-investor-rank-world': '十大',
      'kz-mineral-types': '90多種',
      // The printed line breaks inside "648億美元".
      'kz-imports': '648',
    };
    const yi = (value: number) => String(Number((value / 1e8).toFixed(1)));
    const asPrinted = (f: (typeof dataset.figures)[number]): string | undefined => {
      if (printed[f.id]) return printed[f.id];
      switch (f.unit) {
        case 'usd':
          return f.value >= 1e8 ? `${yi(f.value)}億美元` : `${f.value / 1e4}萬美元`;
        case 'hkd':
          return `${yi(f.value)}億港元`;
        case 'tonnes':
          return `${yi(f.value)}億噸`;
        case 'percent':
          return `${f.value}%`;
        case 'count':
          return `${f.value}份`;
        default:
          return undefined;
      }
    };
    expect(dataset.figures.length).toBeGreaterThan(20);
    for (const f of dataset.figures) {
      const term = asPrinted(f);
      expect(term, f.id).toBeDefined();
      expect(someHolds(f.cite, term!), `${f.id}: ${term} in ${f.cite.map((c) => c.section).join(', ')}`).toBe(true);
    }
  });

  it('9. the 1 June headline is given whole (in two parts, as printed)', () => {
    const source = byId(dataset.sources, 'tkp-2026-06-01');
    expect(source.title.zhHant.startsWith('率團抵達哈薩克斯坦')).toBe(true);
    expect(source.titleMore?.zhHant).toMatch(/^李家超：.*備忘錄$/);
  });

  it('10. only the 15 government documents were 簽訂; no clause of the data says all 96 were signed', () => {
    // The interface's messages are checked the same way in src/app/wording.test.ts.
    const clauses = chineseStrings(dataset).flatMap((s) => s.text.split(/[，。；：、]/));
    expect(clauses.filter((c) => /簽/.test(c) && /96/.test(c))).toEqual([]);
  });

  it('notes: trip length, airport name, and the delegation note linked to the delegation figure', () => {
    const length = byId(dataset.notes, 'trip-length');
    expect(length.about).toContain('trip');
    expect(length.values.some((v) => holds(v.cite, '五天行程'))).toBe(true);
    expect(length.values.some((v) => holds(v.cite, '5月31日至6月5日'))).toBe(true);
    const airport = byId(dataset.notes, 'airport-name');
    expect(airport.about).toEqual(['nursultan-nazarbayev-airport']);
    expect(airport.values.every((v) => holds(v.cite, '阿斯塔納扎爾巴耶夫國際機場'))).toBe(true);
    expect(byId(dataset.notes, 'delegation-make-up').about).toContain('delegation');
  });
});

describe('what a briefing quotes', () => {
  const people = new Map(dataset.people.map((p) => [p.id, p]));

  it('every remark names its speaker in each section it cites', () => {
    expect(dataset.voices.length).toBeGreaterThanOrEqual(10);
    for (const v of dataset.voices) {
      const person = people.get(v.person);
      expect(person, v.id).toBeDefined();
      for (const c of v.cite) expect(holds(c, person!.name.zhHant), `${v.id}: ${person!.name.zhHant} in ${c.section}`).toBe(true);
    }
  });

  it('quotes the people the issue lists, romanised names with their Chinese', () => {
    const names = dataset.people.map((p) => p.name.zhHant);
    for (const name of ['馬時亨', '劉兆佳', '林偉全', '吳傑莊', '盧金榮', '林健鋒', '何力治', '曾詩韻', '韓春霖']) expect(names).toContain(name);
    for (const p of dataset.people) {
      // An English name is either well established (no Chinese) or romanised with the Chinese beside it.
      if (/[\u3400-\u9fff]/.test(p.name.en)) expect(p.name.en, p.id).toContain(`(${p.name.zhHant})`);
    }
  });

  it('background facts and the ambassador interview are held by the sections they cite', () => {
    const terms: Record<string, string[]> = {
      'kz-main-export-market': ['主要出口市場'],
      'kz-belt-and-road-origin': ['首倡之地'],
      'kz-bakuta-dual-listing': ['巴庫塔鎢礦', '香港聯交所主板', '人民幣計價'],
      'kz-cityu-campus': ['香港城市大學'],
      'kz-hkust-gz-visit': ['香港科技大學（廣州）', '納扎爾巴耶夫大學'],
      'kz-digital-kazakhstan': ['數字哈薩克斯坦', '三年內'],
      'uz-double-landlocked': ['雙內陸國'],
      'uz-four-golds': ['四金', '黃金', '棉花', '石油', '天然氣'],
      'uz-copper-tungsten': ['銅', '鎢'],
    };
    expect(dataset.background.map((b) => b.id).sort()).toEqual(Object.keys(terms).sort());
    for (const fact of dataset.background) {
      for (const term of terms[fact.id]!) expect(someHolds(fact.cite, term), `${fact.id}: ${term}`).toBe(true);
    }
  });

  it('the interview note says the text is cut off and covers every fact taken from it', () => {
    const note = byId(dataset.notes, 'ambassador-interview-cut');
    const fromInterview = [...dataset.background, ...dataset.voices]
      .filter((x) => x.cite.some((c) => c.section === 'ambassador-interview'))
      .map((x) => x.id);
    expect(fromInterview.length).toBeGreaterThan(4);
    expect([...note.about].sort()).toEqual(fromInterview.sort());
  });
});
