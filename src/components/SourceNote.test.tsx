import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import dataset from '../../public/data/trip.json';
import { buildTripModel } from '../data/buildTripModel';
import type { Citation, TripDataset } from '../data/schema';
import { quoted } from '../i18n/lang';
import { loadZhHans } from '../i18n/zhHans';
import { SourceNote } from './SourceNote';

const model = buildTripModel(dataset as TripDataset);
// The headline figures' sources: three sections of the 6 June front page, one of the 1 June report.
const cites: Citation[] = [...model.dataset.trip.agreements.cite, ...model.dataset.trip.delegation.cite];

beforeAll(() => loadZhHans());

describe('SourceNote', () => {
  it('shows the brief line with the full citation on demand', () => {
    render(<SourceNote model={model} cites={cites} lang="en" />);
    const line = screen.getByText(/^Ta Kung Pao, 6 June 2026, page A1: News roundup/);
    expect(line.textContent!.match(/Ta Kung Pao/g)).toHaveLength(2);
    const details = screen.getByText('Full citation').closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(/「新聞綜述」 \(News roundup\)/)).toBeInTheDocument();
  });
});

describe('quotation marks', () => {
  it('nests quotes the way each language does: 「『…』」 in Chinese, “‘…’” in English', () => {
    expect(quoted('「一加一大於二」的協同', 'zh-Hant')).toBe('「『一加一大於二』的協同」');
    expect(quoted('最大規模的「出海」', 'zh-Hant')).not.toContain('「「');
    expect(quoted('the “going out” mission', 'en')).toBe('“the ‘going out’ mission”');
    expect(quoted('最大规模的“出海”', 'zh-Hans')).toBe('“最大规模的‘出海’”');
  });
});
