import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleZhHansTable, loadExampleDataset } from '../../tests/fixtures/missions';
import { buildTripModel } from '../data/buildTripModel';
import type { Citation } from '../data/schema';
import { quoted } from '../i18n/lang';
import { installZhHansTable } from '../i18n/zhHans';
import { SourceNote } from './SourceNote';

// The fictional example mission, with a second, invented report on a numbered page; this trip's
// citations are checked in data/checks/SourceNote.test.tsx.
const example = loadExampleDataset();
const [gazette] = example.sources;
const model = buildTripModel({
  ...example,
  sources: [
    gazette!,
    {
      ...gazette!,
      id: 'example-daily-2031',
      publisher: { en: 'Example Daily', zhHant: '示例日報' },
      published: '2031-09-20',
      page: 'B2',
      sections: [{ id: 'talks', heading: '「一加一」的會談', headingEn: '"One plus one" talks' }],
    },
  ],
});
const cites: Citation[] = [
  { source: 'example-daily-2031', section: 'talks' },
  { source: 'example-gazette-2031', section: 'summary' },
  { source: 'example-daily-2031', section: 'talks' },
  { source: 'example-gazette-2031', section: 'figures' },
];

beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));

describe('SourceNote', () => {
  it('shows the brief line with the full citation on demand', () => {
    render(<SourceNote model={model} cites={cites} lang="en" />);
    const line = screen.getByText(/^Example Daily, 20 September 2031, page B2: "One plus one" talks/);
    expect(line.textContent!.match(/Example Gazette/g)).toHaveLength(1);
    const details = screen.getByText('Full citation').closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(/「示例摘要」 \(Example summary\)/)).toBeInTheDocument();
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
