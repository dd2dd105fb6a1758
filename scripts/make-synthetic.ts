/**
 * A synthetic dataset for the benchmark: the real one plus generated agreements and events (10,000
 * and 500 by default), seeded so every run measures the same data. It passes the same schema and
 * cross-checks as the real dataset (the counts and totals are raised to cover the generated items).
 *
 *   npx tsx scripts/make-synthetic.ts [--agreements 10000] [--events 500] [--seed 1] [--out .tmp/bench/synthetic-trip.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, LEVELS, STATUSES, type Agreement, type Citation, type Text, type TripDataset, type TripEvent } from '../src/data/schema';
import { deriveAggregates, formatProblem, validateDataset } from '../src/data/validate';
import { isNamedDocument } from '../src/data/countedInTotal';

export interface SyntheticOptions {
  agreements: number;
  events: number;
  seed: number;
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = { agreements: 10_000, events: 500, seed: 1 };

/** mulberry32: small, fast, and the same sequence on every machine. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_EN = ['trade', 'logistics', 'finance', 'green', 'energy', 'port', 'rail', 'digital', 'education', 'tourism', 'customs', 'aviation', 'research', 'agriculture', 'mining', 'textiles', 'health', 'water', 'solar', 'law'];
const WORDS_ZH = ['貿易', '物流', '金融', '綠色', '能源', '港口', '鐵路', '數碼', '教育', '旅遊', '海關', '航空', '研究', '農業', '礦業', '紡織', '醫療', '水務', '太陽能', '法律'];
const WORDS_RU = ['торговля', 'логистика', 'финансы', 'зелёный', 'энергия', 'порт', 'железная дорога', 'цифровой', 'образование', 'туризм', 'таможня', 'авиация', 'исследования', 'сельское хозяйство', 'горное дело', 'текстиль', 'здравоохранение', 'вода', 'солнце', 'право'];

export function makeSyntheticDataset(base: TripDataset, options: Partial<SyntheticOptions> = {}): TripDataset {
  const { agreements: agreementCount, events: eventCount, seed } = { ...SYNTHETIC_DEFAULTS, ...options };
  const random = randomFrom(seed);
  const withRussian = base.trip.languages.includes('ru');
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = (n: number) => {
    const picks = Array.from({ length: n }, () => Math.floor(random() * WORDS_EN.length));
    const text: Text = { en: picks.map((i) => WORDS_EN[i]).join(' '), zhHant: picks.map((i) => WORDS_ZH[i]).join('') };
    // Every language the mission lists needs its text (the checks demand it).
    if (withRussian) text.ru = picks.map((i) => WORDS_RU[i]).join(' ');
    return text;
  };
  const titled = (prefix: Text, title: Text, suffix?: Text): Text => ({
    en: `${prefix.en} ${title.en}${suffix ? ` ${suffix.en}` : ''}`,
    zhHant: `${prefix.zhHant}${title.zhHant}${suffix?.zhHant ?? ''}`,
    ...(withRussian ? { ru: `${prefix.ru} ${title.ru}${suffix ? ` ${suffix.ru}` : ''}` } : {}),
  });
  const SYNTHETIC: Text = { en: 'Synthetic', zhHant: '模擬', ru: 'Модельное' };
  const AGREEMENT: Text = { en: 'agreement', zhHant: '協議', ru: '(соглашение)' };
  const citations: Citation[] = base.sources.flatMap((s) => s.sections.map((section) => ({ source: s.id, section: section.id })));
  const cities = base.places.filter((p) => p.kind === 'city' && p.country !== 'HK');
  const days = base.derived.tripDays;

  const events: TripEvent[] = [...base.events];
  for (let i = events.length; i < eventCount; i++) {
    const place = pick(cities);
    const title = words(3);
    events.push({
      id: `syn-event-${String(i).padStart(4, '0')}`,
      date: pick(days),
      time: random() < 0.5 ? null : `${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`,
      kind: pick(['meeting', 'site-visit', 'announcement', 'press-conference'] as const),
      place: place.id,
      venue: null,
      title: titled(SYNTHETIC, title),
      summary: words(12),
      officials: [],
      cite: [pick(citations)],
    });
  }

  const agreements: Agreement[] = [...base.agreements];
  for (let i = agreements.length; i < agreementCount; i++) {
    const title = words(4);
    const status = pick(STATUSES);
    agreements.push({
      id: `syn-agreement-${String(i).padStart(5, '0')}`,
      country: pick(base.trip.countries).code,
      level: pick(LEVELS),
      field: pick(FIELDS),
      status,
      title: titled(SYNTHETIC, title, AGREEMENT),
      summary: words(14),
      parties: Array.from({ length: 1 + Math.floor(random() * 3) }, () => words(2)),
      date: random() < 0.7 ? pick(days) : null,
      event: random() < 0.4 ? pick(events).id : null,
      amountUsd: random() < 0.2 ? Math.round(1 + random() * 50) * 1_000_000 : null,
      countedInTotal: status === 'signed' || status === 'initialled' || status === 'agreed' ? ('yes' as const) : ('no' as const),
      cite: [pick(citations)],
    });
  }

  // Raise the stated counts and totals so the generated items fit inside them, as the checks demand.
  const agreementCounts = base.agreementCounts.map((c) => {
    const named = agreements.filter((a) => isNamedDocument(a) && a.country === c.country && a.level === c.level).length;
    return { ...c, count: Math.max(c.count, named) };
  });
  const sumLevel = (level: string) => agreementCounts.filter((c) => c.level === level).reduce((s, c) => s + c.count, 0);
  const government = sumLevel('government');
  const nonGovernment = sumLevel('non-government');
  const amountNamed = agreements.reduce((s, a) => s + (a.amountUsd ?? 0), 0);
  const trip = {
    ...base.trip,
    agreements: {
      ...base.trip.agreements,
      government,
      nonGovernment,
      total: government + nonGovernment,
      amountUsd: Math.max(base.trip.agreements.amountUsd, amountNamed),
    },
  };
  const { derived: _derived, ...rest } = base;
  const merged = { ...rest, trip, events, agreements, agreementCounts };
  const dataset: TripDataset = { ...merged, derived: deriveAggregates(merged) };

  const check = validateDataset(dataset, 'synthetic trip.json');
  if (!check.ok) throw new Error(`the synthetic dataset fails validation:\n${check.problems.slice(0, 10).map(formatProblem).join('\n')}`);
  return dataset;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readRealDataset(): TripDataset {
  return JSON.parse(readFileSync(resolve(ROOT, 'public/data/trip.json'), 'utf8')) as TripDataset;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options: SyntheticOptions = {
    agreements: Number(argValue('agreements') ?? SYNTHETIC_DEFAULTS.agreements),
    events: Number(argValue('events') ?? SYNTHETIC_DEFAULTS.events),
    seed: Number(argValue('seed') ?? SYNTHETIC_DEFAULTS.seed),
  };
  const out = resolve(ROOT, argValue('out') ?? '.tmp/bench/synthetic-trip.json');
  const dataset = makeSyntheticDataset(readRealDataset(), options);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(dataset);
  writeFileSync(out, text);
  console.log(
    `synthetic dataset: ${dataset.agreements.length} agreements, ${dataset.events.length} events (seed ${options.seed}), ${(text.length / 1024).toFixed(0)} KiB -> ${out}`,
  );
}
