import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildExampleZhHansTable, loadExampleDataset } from '../../../tests/fixtures/missions';
import { buildTripModel } from '../../data/buildTripModel';
import type { Person, Voice } from '../../data/schema';
import { selectVoices } from '../../data/selectVoices';
import type { Lang } from '../../i18n/lang';
import { installZhHansTable } from '../../i18n/zhHans';
import { resetAppStore, setCountry, useAppStore } from '../../store/appStore';
import VoicesView from './VoicesView';

// The fictional example mission with three invented remarks (its files have none); this trip's
// remarks are checked in data/checks/VoicesView.test.tsx.
const example = loadExampleDataset();
const cite = example.outcomes[0]!.cite;
const people: Person[] = [
  { id: 'leader', name: { en: 'Example Leader', zhHant: '示例團長' }, role: { en: 'Head of the invented delegation', zhHant: '虛構代表團團長' } },
  { id: 'minister', name: { en: 'Invented Minister', zhHant: '虛構部長' }, role: { en: 'Minister of examples', zhHant: '示例部長' } },
];
const voices: Voice[] = [
  { id: 'leader-later', person: 'leader', country: null, date: '2031-09-21', said: { en: 'The leader looked back on the trip.', zhHant: '團長回顧這次行程。' }, cite },
  { id: 'minister-kg', person: 'minister', country: 'KG', date: '2031-09-18', said: { en: 'The minister spoke of customs links.', zhHant: '部長談及海關聯繫。' }, cite },
  { id: 'leader-first', person: 'leader', country: 'MN', date: '2031-09-14', said: { en: 'The leader said the trip had begun.', zhHant: '團長表示行程已經展開。' }, cite },
];
const dataset = { ...example, people, voices };
const model = buildTripModel(dataset);

function renderView(lang: Lang = 'en') {
  useAppStore.setState({ dataset: { status: 'ready', model }, lang });
  return render(<VoicesView />);
}
const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('voice'));

beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));
beforeEach(() => resetAppStore());

describe('selectVoices', () => {
  it('orders the remarks by day and keeps the chosen country and those about the whole trip', () => {
    expect(selectVoices(dataset, null).map((r) => r.voice.id)).toEqual(['leader-first', 'minister-kg', 'leader-later']);
    expect(selectVoices(dataset, 'KG').map((r) => r.voice.id)).toEqual(['minister-kg', 'leader-later']);
    expect(selectVoices(dataset, 'TJ').map((r) => r.voice.id)).toEqual(['leader-later']);
  });
});

describe('VoicesView', () => {
  it('lists each remark with the speaker, the role, our paraphrase and its source', () => {
    renderView('en');
    expect(items()).toHaveLength(3);
    const minister = items().find((li) => li.dataset.voice === 'minister-kg')!;
    expect(within(minister).getByText('Invented Minister')).toBeInTheDocument();
    expect(within(minister).getByText('Minister of examples')).toBeInTheDocument();
    expect(minister.textContent).toContain('The minister spoke of customs links.');
    expect(minister.textContent).toMatch(/Example Gazette, 23 September 2031/);
  });

  it('follows the country filter', () => {
    renderView('en');
    act(() => setCountry('KG'));
    expect(items().map((li) => li.dataset.voice)).toEqual(['minister-kg', 'leader-later']);
    expect(items().every((li) => li.dataset.country === 'KG' || li.dataset.country === 'all')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/about Kyrgyzstan/);
  });

  it('speaks Traditional and Simplified Chinese', () => {
    renderView('zh-Hant');
    expect(screen.getAllByText('虛構部長').length).toBeGreaterThan(0);
    expect(items().find((li) => li.dataset.voice === 'minister-kg')!.textContent).toContain('部長談及海關聯繫。');
    act(() => useAppStore.setState({ lang: 'zh-Hans' }));
    expect(screen.getAllByText('虚构部长').length).toBeGreaterThan(0);
    expect(items().find((li) => li.dataset.voice === 'minister-kg')!.textContent).toContain('部长谈及海关联系。');
  });
});
