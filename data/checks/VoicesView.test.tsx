/** This trip's remarks by named people: who said what, their romanisation, notes and quotation marks (src/features/voices/). */
import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMissionModel } from './mission';
import type { Lang } from '../../src/i18n/lang';
import { loadLanguage } from '../../src/i18n/languagePacks';
import { resetAppStore, setCountry, useAppStore } from '../../src/store/appStore';
import { selectVoices } from '../../src/data/selectVoices';
import VoicesView from '../../src/features/voices/VoicesView';

const model = loadMissionModel();
const { dataset } = model;

function renderView(lang: Lang = 'en') {
  useAppStore.setState({ dataset: { status: 'ready', model }, lang });
  return render(<VoicesView />);
}
const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('voice'));

beforeAll(() => loadLanguage('zh-Hans'));
beforeEach(() => resetAppStore());

describe('selectVoices', () => {
  it('keeps the chosen country and the remarks about the whole trip, 1 June report first', () => {
    const all = selectVoices(dataset, null);
    expect(all).toHaveLength(dataset.voices.length);
    const days = all.map((r) => r.voice.date ?? r.reported);
    expect(days).toEqual([...days].sort());
    expect(all[0]!.voice.person).toBe('john-lee');
    const uz = selectVoices(dataset, 'UZ');
    expect(uz.every((r) => r.voice.country === 'UZ' || r.voice.country === null)).toBe(true);
    expect(uz.some((r) => r.voice.id === 'tsang-uzbek-light-industry')).toBe(true);
    expect(uz.some((r) => r.voice.id === 'han-cooperation-fields')).toBe(false);
  });
});

describe('VoicesView', () => {
  it('lists each remark with the speaker, the role, our paraphrase and its source', () => {
    renderView('en');
    expect(items()).toHaveLength(dataset.voices.length);
    const ma = items().find((li) => li.dataset.voice === 'ma-unprecedented')!;
    expect(within(ma).getByText('Frederick Ma Si-hang')).toBeInTheDocument();
    expect(within(ma).getByText('Chairman, Hong Kong Trade Development Council')).toBeInTheDocument();
    expect(ma.textContent).toMatch(/unprecedented/);
    expect(ma.textContent).toMatch(/Ta Kung Pao, 6 June 2026, page A1/);
    const lau = items().find((li) => li.dataset.voice === 'lau-three-regions')!;
    expect(lau.textContent).toMatch(/South-east Asia, the Middle East and now Central Asia/);
    // A romanised name keeps its Chinese and is marked as ours; an official English name is not.
    const lam = items().find((li) => li.dataset.voice === 'lam-wai-chuen-artery')!;
    expect(within(lam).getByText('Lam Wai-chuen (林偉全)')).toBeInTheDocument();
    expect(within(lam).getByText('our romanisation')).toBeInTheDocument();
    expect(within(ma).queryByText('our romanisation')).toBeNull();
    const lo = items().find((li) => li.textContent!.includes('Wingco Lo'))!;
    expect(within(lo).queryByText('our romanisation')).toBeNull();
  });

  it('links the ambassador’s remarks to the note that his interview is cut off', () => {
    renderView('en');
    const han = items().find((li) => li.dataset.voice === 'han-cooperation-fields')!;
    const number = dataset.notes.findIndex((n) => n.id === 'ambassador-interview-cut') + 1;
    expect(within(han).getByRole('link', { name: new RegExp(`Data note ${number}: The ambassador interview is cut off`) })).toHaveAttribute(
      'href',
      '#note-ambassador-interview-cut',
    );
  });

  it('follows the country filter', () => {
    renderView('en');
    act(() => setCountry('UZ'));
    expect(items().every((li) => li.dataset.country === 'UZ' || li.dataset.country === 'all')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/about Uzbekistan/);
  });

  it('speaks Traditional and Simplified Chinese', () => {
    renderView('zh-Hant');
    expect(screen.getAllByText('全國港澳研究會顧問').length).toBeGreaterThan(0);
    // Chinese shows the name as printed, with no romanisation mark.
    expect(within(items().find((li) => li.dataset.voice === 'lam-wai-chuen-artery')!).getByText('林偉全')).toBeInTheDocument();
    expect(screen.queryByText('本站拼音')).toBeNull();
    act(() => useAppStore.setState({ lang: 'zh-Hans' }));
    expect(screen.getAllByText('全国港澳研究会顾问').length).toBeGreaterThan(0);
    const ma = items().find((li) => li.dataset.voice === 'ma-unprecedented')!;
    // Mainland quotation marks in Simplified.
    expect(ma.textContent).toContain('“大门”');
  });
});

describe('quotation marks in the sources line', () => {
  it('nests a heading that has its own quotation marks', () => {
    useAppStore.setState({ dataset: { status: 'ready', model }, lang: 'zh-Hant' });
    render(<VoicesView />);
    const lau = items().find((li) => li.dataset.voice === 'lau-three-regions')!;
    expect(lau.textContent).toContain('「『一加一大於二』的協同」');
    act(() => useAppStore.setState({ lang: 'zh-Hans' }));
    expect(items().find((li) => li.dataset.voice === 'lau-three-regions')!.textContent).toContain('“‘一加一大于二’的协同”');
  });
});
