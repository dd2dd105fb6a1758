/** A small dataset for the agreements tests: 3 + 2 counted documents, one named per country, one outside. */
import type { Agreement, AgreementCount, Trip } from '../../../data/schema';

const cite = [{ source: 'test-source', section: 'test-section' }];

export const fixtureCounts: AgreementCount[] = [
  { country: 'KZ', level: 'government', count: 1, cite },
  { country: 'KZ', level: 'non-government', count: 2, cite },
  { country: 'UZ', level: 'government', count: 2, cite },
  { country: 'UZ', level: 'non-government', count: 0, cite },
];

function agreement(partial: Partial<Agreement> & Pick<Agreement, 'id' | 'country' | 'level' | 'field'>): Agreement {
  return {
    status: 'signed',
    title: { en: `Title ${partial.id}`, zhHant: `標題${partial.id}` },
    summary: { en: 'A summary', zhHant: '摘要' },
    parties: [{ en: 'Party', zhHant: '一方' }],
    date: null,
    event: null,
    amountUsd: null,
    countedInTotal: 'yes',
    cite,
    ...partial,
  };
}

export const fixtureAgreements: Agreement[] = [
  agreement({ id: 'kz-bourse', country: 'KZ', level: 'non-government', field: 'finance', title: { en: 'Stock exchange MoU', zhHant: '交易所備忘錄' } }),
  agreement({ id: 'kz-factory', country: 'KZ', level: 'non-government', field: 'industry', amountUsd: 50_000_000 }),
  agreement({ id: 'uz-flights', country: 'UZ', level: 'government', field: 'aviation', status: 'initialled' }),
  agreement({ id: 'uz-office', country: 'UZ', level: 'government', field: 'diplomatic', status: 'planned', countedInTotal: 'no' }),
];

export const fixtureTrip = {
  agreements: { total: 5, government: 3, nonGovernment: 2, amountUsd: 1_000_000_000, amountQualifier: 'over', cite },
} as unknown as Trip;
