/** This trip's citations: its two reports, their pages and section headings in three languages (src/components/SourceNote.tsx). */
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMissionDataset } from './mission';
const dataset = loadMissionDataset();
import { buildTripModel } from '../../src/data/buildTripModel';
import type { Citation, TripDataset } from '../../src/data/schema';
import { loadLanguage } from '../../src/i18n/languagePacks';
import { SourceNote } from '../../src/components/SourceNote';
import { formatCitations, groupCitations } from '../../src/components/citations';

const model = buildTripModel(dataset as TripDataset);
// The headline figures' sources: three sections of the 6 June front page, one of the 1 June report.
const cites: Citation[] = [...model.dataset.trip.agreements.cite, ...model.dataset.trip.delegation.cite];

beforeAll(() => loadLanguage('zh-Hans'));

describe('citations grouped by report', () => {
  it('gives each report once, with its sections in the order first cited', () => {
    const groups = groupCitations(model, cites, 'en');
    expect(groups.map((g) => g.publication)).toEqual(['Ta Kung Pao, 6 June 2026, page A1', 'Ta Kung Pao, 1 June 2026, page not stated']);
    expect(groups.map((g) => g.cites.map((c) => c.section))).toEqual([['news-roundup', 'eight-outcomes', 'one-plus-one'], ['new-trade-channels']]);
  });

  it('writes a brief line and a full citation, the publication once per report, in each language', () => {
    expect(formatCitations(model, cites, 'en', 'brief')).toBe(
      'Ta Kung Pao, 6 June 2026, page A1: News roundup · Eight outcomes of the Central Asia trip · "One plus one is more than two": working together; ' +
        'Ta Kung Pao, 1 June 2026, page not stated: Closer exchanges, new trade channels',
    );
    const full = formatCitations(model, cites, 'en');
    expect(full.match(/Ta Kung Pao, 6 June 2026, page A1/g)).toHaveLength(1);
    expect(full).toContain('「『一加一大於二』的協同」 ("One plus one is more than two": working together)');
    expect(formatCitations(model, cites, 'zh-Hant', 'brief')).toBe(
      '大公報，2026年6月6日，第A1版：新聞綜述、中亞行八大成果、「一加一大於二」的協同；大公報，2026年6月1日，未註明版次：加強交流合作 建新商貿通道',
    );
    expect(formatCitations(model, cites, 'zh-Hant')).toContain('第A1版：「新聞綜述」，「中亞行八大成果」，「『一加一大於二』的協同」');
    expect(formatCitations(model, cites, 'zh-Hans', 'brief')).toMatch(/^大公报，2026年6月6日，第A1版：新闻综述、/);
  });

  it('shows the brief line with the full citation on demand', () => {
    render(<SourceNote model={model} cites={cites} lang="en" />);
    const line = screen.getByText(/^Ta Kung Pao, 6 June 2026, page A1: News roundup/);
    expect(line.textContent!.match(/Ta Kung Pao/g)).toHaveLength(2);
    const details = screen.getByText('Full citation').closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(/「新聞綜述」 \(News roundup\)/)).toBeInTheDocument();
  });
});
