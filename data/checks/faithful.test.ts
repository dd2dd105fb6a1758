/**
 * Faithful to the reports, claim by claim: the dataset says no more, and nothing other, than the
 * sections it cites. Each section lists short terms it prints (`holds`) and the parties it says signed
 * something (`signedWith`), taken from the report; these tests check every claim against them.
 */
import { describe, expect, it } from 'vitest';
import { loadMissionDataset } from './mission';
import type { Citation } from '../../src/data/schema';
import { foldChineseScript } from '../../src/i18n/searchFold';
import zhHansTable from '../../src/i18n/zh-hans.generated.json';

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
        case 'homeCurrency':
          return `${yi(f.value)}億${dataset.trip.home.currency.name.zhHant}`;
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
      'kz-languages': ['哈薩克語是國語', '俄語'],
      'kz-neighbours': ['俄羅斯', '土庫曼斯坦', '吉爾吉斯斯坦'],
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

describe('faithful, second pass: outcomes as announced, no overreaching word, the rest of what the reports say', () => {
  const eventOf = (id: string) => byId(dataset.events, id);
  const cites = (source: string, section: string) => ({ source, section });
  const sixJune = (section: string) => cites('tkp-2026-06-06', section);

  it('1. no outcome has a day or place of its own: each was announced at an event a cited section dates', () => {
    for (const o of dataset.outcomes) {
      expect(Object.keys(o), `outcome ${o.number}`).not.toContain('date');
      expect(Object.keys(o), `outcome ${o.number}`).not.toContain('place');
      const announced = eventOf(o.announcedAt);
      expect(dayTerms(announced.date).some((term) => someHolds(o.cite, term)), `outcome ${o.number} announced ${announced.date}`).toBe(true);
    }
    // The eight were summed up together, on the 4th.
    expect(new Set(dataset.outcomes.map((o) => o.announcedAt))).toEqual(new Set(['summing-up']));
    expect(eventOf('summing-up').date).toBe('2026-06-04');
    expect(holds(sixJune('one-plus-one'), '八大標誌性成果') && holds(sixJune('one-plus-one'), '4日')).toBe(true);
    // Several outcomes span both countries: no single place could be theirs.
    const countriesOf = (n: number) => {
      const o = dataset.outcomes.find((x) => x.number === n)!;
      return new Set([
        ...o.agreements.map((id) => byId(dataset.agreements, id).country),
        ...o.milestones.map((id) => byId(dataset.milestones, id).country),
      ]);
    };
    for (const n of [1, 3, 6]) expect(countriesOf(n), `outcome ${n}`).toEqual(new Set(['KZ', 'UZ']));
  });

  it('2. the Kazakhstan results are the reporter’s paragraphs, not tied to the press conference', () => {
    expect(dataset.agreements.filter((a) => a.event === 'press-conference-astana')).toEqual([]);
    for (const o of dataset.outcomes) expect(o.events, `outcome ${o.number}`).not.toContain('press-conference-astana');
    const press = eventOf('press-conference-astana');
    expect(holds(sixJune('largest-outing'), '五大標誌性成果') && holds(sixJune('largest-outing'), '記者會')).toBe(true);
    expect(press.summary.en).toMatch(/names no list of the five/);
    expect(press.summary.zhHant).toContain('沒有列明是哪五項');
  });

  it('3. the Uzbek consulate-general carries no day, and a note says why', () => {
    const consulate = byId(dataset.agreements, 'uzbek-consulate-general');
    expect([consulate.date, consulate.event]).toEqual([null, null]);
    expect(eventOf('meetings-tashkent').summary.en).not.toMatch(/[Cc]onsulate/);
    const note = byId(dataset.notes, 'uzbek-consulate-day');
    expect(note.about).toEqual(expect.arrayContaining(['uzbek-consulate-general', 'uzbek-consulate-opens']));
    expect(note.values.every((v) => holds(v.cite, '同時') && holds(v.cite, '總領事館'))).toBe(true);
  });

  it('4. the office in Kazakhstan is being planned, disclosed, to no one the report names', () => {
    const office = [byId(dataset.agreements, 'hketo-kazakhstan').summary, byId(dataset.milestones, 'hketo-kazakhstan-opens').summary, eventOf('meeting-tokayev').summary];
    for (const text of office) {
      expect(text.en).not.toMatch(/told|to plan and set up|will plan/);
      expect(text.zhHant).not.toMatch(/向托卡耶夫|籌劃並/);
      expect(text.zhHant).toContain('籌劃');
    }
    expect(office[0]!.en).toMatch(/disclosed/);
    expect(holds(sixJune('largest-outing'), '透露') && holds(sixJune('largest-outing'), '籌劃')).toBe(true);
  });

  it('5. outcome 2 does not make the 96 worth US$1.65 billion: only deals with a stated amount are', () => {
    const { title, summary } = dataset.outcomes.find((o) => o.number === 2)!;
    expect(title.en).not.toMatch(/worth/);
    expect(title.en).toMatch(/stated values/);
    expect(title.zhHant).toContain('列明金額');
    expect(summary.en).toMatch(/Only the deals with a stated amount/);
  });

  it('6. the visa-free outcome is worded as the list words it, with a note on what it means for each side', () => {
    const travel = dataset.outcomes.find((o) => o.number === 6)!;
    expect(travel.summary.en).not.toMatch(/longer/);
    expect(travel.summary.en).toMatch(/relax/);
    expect(travel.summary.zhHant).toContain('放寬');
    expect(holds(sixJune('eight-outcomes'), '放寬互免簽證入境期限')).toBe(true);
    const note = byId(dataset.notes, 'visa-free-wording');
    expect(note.about).toEqual(expect.arrayContaining(['outcome-6', 'visa-free-30-days']));
    expect(note.values.some((v) => holds(v.cite, '10天') && holds(v.cite, '辦理簽證'))).toBe(true);
  });

  it('7. the talks with Kazakhstan cite the section naming Kazakhstan; the investment treaty has one name and a note', () => {
    for (const id of ['ippa-talks-kazakhstan-start', 'cdta-talks-kazakhstan-start']) {
      expect(someHolds(byId(dataset.milestones, id).cite, '繼哈薩克斯坦之後'), id).toBe(true);
    }
    for (const id of ['ippa-kazakhstan', 'cdta-kazakhstan']) expect(someHolds(byId(dataset.agreements, id).cite, '繼哈薩克斯坦之後'), id).toBe(true);
    const investment = ['ippa-kazakhstan', 'ippa-uzbekistan'].map((id) => byId(dataset.agreements, id));
    for (const a of investment) {
      expect(a.title.zhHant + a.summary.zhHant, a.id).toContain('促進和保護投資');
      expect(a.summary.en, a.id).toMatch(/investment promotion and protection/);
    }
    const note = byId(dataset.notes, 'investment-treaty-name');
    expect(note.values.some((v) => holds(v.cite, '雙邊促進和保護投資協定'))).toBe(true);
    expect(note.values.some((v) => holds(v.cite, '雙邊投資保護協定'))).toBe(true);
  });

  it('8. the ambassador speaks of mainland sectors (內地各界), not mainland firms', () => {
    const remark = byId(dataset.voices, 'han-new-chapter');
    expect(remark.said.zhHant).toContain('內地各界');
    expect(remark.said.zhHant).not.toContain('內地企業');
    expect(someHolds(remark.cite, '內地各界')).toBe(true);
  });

  it('9. Astana is the first stop; the dates belong to the Kazakhstan leg', () => {
    const astana = byId(dataset.places, 'astana');
    expect(astana.description.en).not.toMatch(/first stop of the mission \(31 May/);
    expect(astana.description.en).toMatch(/Kazakhstan leg as a whole \(31 May – 3 June\)/);
    expect(someHolds(astana.cite, '首站')).toBe(true);
    expect(someHolds(astana.cite, '5月31日至6月3日')).toBe(true);
  });

  it('10. a venue’s city or kind that no cited section gives comes with its geographic source', () => {
    expect(byId(dataset.places, 'astana-hub').description.en).not.toMatch(/start-ups/);
    expect(byId(dataset.places, 'astana-international-exchange').description.en).not.toMatch(/of the AIFC/);
    for (const venue of dataset.places.filter((p) => p.kind === 'venue')) {
      const city = byId(dataset.places, venue.city!);
      if (!venue.description.en.includes(`in ${city.name.en}`)) continue;
      const cityPrinted = venue.cite.some((c) => (sectionOf(c)?.holds ?? []).some((term) => term.includes(city.name.zhHant)));
      expect(cityPrinted || /geographic data|OpenStreetMap/.test(venue.description.en), venue.id).toBe(true);
    }
    expect(byId(dataset.places, 'it-park-uzbekistan').description.en).toMatch(/OpenStreetMap, not the report/);
  });

  it('11. 科技園 as printed, never 科學園', () => {
    const { sources: _sources, ...facts } = dataset;
    expect(chineseStrings(facts).filter(({ text }) => text.includes('科學園'))).toEqual([]);
    expect(holds(sixJune('largest-outing'), '科技園')).toBe(true);
  });

  it('12. cooperation the report gives no document for is counted as one only by our stated reading', () => {
    const read = dataset.agreements.filter((a) => a.document === true && a.status !== 'signed' && a.status !== 'initialled');
    expect(read.map((a) => a.id).sort()).toEqual(['blood-purification-jv', 'hk-tech-parks-astana-hub', 'nazarbayev-university-cooperation']);
    for (const a of read) {
      expect(a.summary.en, a.id).toMatch(/our reading/);
      expect(a.summary.zhHant, a.id).toContain('本站的理解');
    }
  });

  it('13. the HK$ figure keeps its "nearly"; the purpose is cited', () => {
    expect(Object.keys(dataset.trip.agreements)).not.toContain('amountHkd');
    const hkd = byId(dataset.figures, 'trip-deals-hkd');
    expect(hkd.qualifier).toBe('nearly');
    expect(someHolds(hkd.cite, '近130億港元')).toBe(true);
    expect(someHolds(dataset.trip.purposeCite, '三大核心目標')).toBe(true);
    expect(someHolds(dataset.trip.purposeCite, '2023年') && someHolds(dataset.trip.purposeCite, '2025年')).toBe(true);
  });

  it('14. names we romanised ourselves say so, in the data and in a note', () => {
    const note = byId(dataset.notes, 'romanised-names');
    const flaggedPeople = dataset.people.filter((p) => p.romanised).map((p) => p.id);
    expect(flaggedPeople.sort()).toEqual(['lam-wai-chuen', 'tsang-sze-wan']);
    for (const id of flaggedPeople) expect(note.about, id).toContain(id);
    const flaggedOfficials = dataset.events.flatMap((e) => e.officials.filter((o) => o.romanised).map((o) => ({ event: e.id, name: o.name.en })));
    expect(flaggedOfficials.map((o) => o.name).sort()).toEqual(['Cheng Kefan', 'Khodjayev', 'Umurzakov']);
    for (const o of flaggedOfficials) expect(note.about, o.name).toContain(o.event);
    for (const v of note.values) expect(sectionOf(v.cite), v.value.en).toBeDefined();
    expect(byId(dataset.background, 'kz-bakuta-dual-listing').summary.en).toMatch(/our romanisation/);
  });

  it('adds the ambassador’s remaining points, each held by the interview', () => {
    const terms: Record<string, string[]> = {
      'han-soft-power': ['流行文化', '成龍', '龍虎兄弟4', '阿拉木圖', '商科'],
      'han-bridge-digital-silk-road': ['東方之珠', '草原之國', '數字絲綢之路'],
    };
    for (const [id, words] of Object.entries(terms)) {
      const remark = byId(dataset.voices, id);
      expect(remark.person).toBe('han-chunlin');
      for (const word of words) expect(someHolds(remark.cite, word), `${id}: ${word}`).toBe(true);
    }
    expect(byId(dataset.voices, 'han-soft-power').said.en).toMatch(/Jackie Chan/);
    expect(byId(dataset.voices, 'han-bridge-digital-silk-road').said.en).toMatch(/Pearl of the Orient.*land of the steppe.*Digital Silk Road/s);
  });

  it('adds Kazakhstan’s languages and land neighbours, and the sea note covers the neighbours', () => {
    const languages = byId(dataset.background, 'kz-languages');
    expect(someHolds(languages.cite, '哈薩克語是國語') && someHolds(languages.cite, '國家機關')).toBe(true);
    expect(languages.summary.en).toMatch(/Kazakh is the state language.*Russian/s);
    const neighbours = byId(dataset.background, 'kz-neighbours');
    for (const name of ['俄羅斯', '烏茲別克斯坦', '土庫曼斯坦', '吉爾吉斯斯坦', '中國']) {
      expect(someHolds(neighbours.cite, name), name).toBe(true);
      expect(neighbours.summary.zhHant, name).toContain(name);
    }
    expect(byId(dataset.notes, 'caspian-not-black-sea').about).toContain('kz-neighbours');
  });

  it('adds the first large-scale, all-field engagement and Lee’s new system of cooperation (news roundup)', () => {
    expect(dataset.trip.purpose.en).toMatch(/first large-scale engagement with Central Asia's economies across every field/);
    expect(someHolds(dataset.trip.purposeCite, '首次大規模、全領域')).toBe(true);
    const system = byId(dataset.voices, 'lee-new-system');
    expect(system.person).toBe('john-lee');
    expect(system.said.en).toMatch(/new system of cooperation/);
    expect(someHolds(system.cite, '全新合作體系')).toBe(true);
  });

  it('puts the fields of the 43 Kazakhstan documents on the counts note, as the section gives them', () => {
    const value = byId(dataset.notes, 'agreement-counts-by-country').values.find((v) => v.cite.section === 'largest-outing')!;
    for (const field of ['綠色金融', '數碼科技', '航空運輸', '高等教育']) {
      expect(value.value.zhHant, field).toContain(field);
      expect(holds(value.cite, field), field).toBe(true);
    }
    expect(value.value.en).toMatch(/trade and investment, green finance, digital technology, air transport, innovation and R&D, and higher education/);
  });
});

describe('简体中文 for mainland readers', () => {
  const table = zhHansTable.phrases as Record<string, string>;
  const hongKongWords = /抵埗|按年升幅|按年变幅|伸延|环球|并藉|数码基建|数码转型|数码科技|上市集资|配对|答允|本港|今次|港陆代表|扩阔|程式码|资讯板|课税/;

  it('the generated text of every dataset string has none of the Hong Kong words', () => {
    const simplified = chineseStrings(dataset).map(({ text }) => table[text] ?? text);
    expect(simplified.length).toBeGreaterThan(100);
    expect(simplified.filter((text) => hongKongWords.test(text))).toEqual([]);
    // Cyberport's name stays as it is.
    expect(simplified.some((text) => text.includes('数码港'))).toBe(true);
  });

  it('a mainland search for the tax talks (避免双重征税) finds them', () => {
    const cdta = byId(dataset.agreements, 'cdta-kazakhstan');
    expect(foldChineseScript(`${cdta.title.zhHant}\n${cdta.summary.zhHant}`)).toContain(foldChineseScript('避免双重征税'));
  });
});
