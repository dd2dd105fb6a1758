import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleModel } from '../../../tests/fixtures/missions';
import type { Lang } from '../../i18n/lang';
import { resetAppStore, setCountry, useAppStore } from '../../store/appStore';
import { startUrlSync } from '../../store/urlSync';
import { Timeline } from './Timeline';
import TimelineView from './TimelineView';

// The fictional example mission; this trip's timeline is checked in data/checks/TimelineView.test.tsx.
const model = loadExampleModel();
const { dataset } = model;
const outcomeTitle = (n: number, lang: Lang = 'en') => {
  const title = model.outcomeByNumber.get(n)!.title;
  return lang === 'en' ? title.en : title.zhHant;
};

function renderView(lang: Lang = 'en') {
  useAppStore.setState({ dataset: { status: 'ready', model }, lang });
  return render(<TimelineView />);
}

const daysGroup = () => screen.getByRole('list', { name: 'Trip days' });
const dayButton = (name: RegExp) => within(daysGroup()).getByRole('button', { name });
const outcomesGroup = () => screen.getByRole('group', { name: 'The 5 outcomes' });
const outcomeButton = (n: number) => within(outcomesGroup()).getByRole('button', { name: new RegExp(`^Outcome ${n}:`) });
const cardOf = (button: HTMLElement) => button.closest('li') as HTMLElement;
/** The details a pressed outcome button controls (a full-width row on the wide layout). */
const detailsOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;

let stopUrlSync: (() => void) | null = null;

beforeEach(() => {
  resetAppStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  stopUrlSync?.();
  stopUrlSync = null;
});

describe('TimelineView', () => {
  it.each<Lang>(['en', 'zh-Hant'])('shows every outcome and every day of the mission (%s)', (lang) => {
    renderView(lang);
    const group = screen.getByRole('group', { name: lang === 'en' ? 'The 5 outcomes' : '5大成果' });
    expect(within(group).getAllByRole('button')).toHaveLength(5);
    for (let n = 1; n <= 5; n++) expect(within(group).getByText(outcomeTitle(n, lang))).toBeInTheDocument();
    const days = within(screen.getByRole('list', { name: lang === 'en' ? 'Trip days' : '行程日子' })).getAllByRole('button');
    expect(days).toHaveLength(9);
    expect(days[0]).toHaveTextContent(lang === 'en' ? 'Ulaanbaatar' : '烏蘭巴托');
    expect(days[4]).toHaveTextContent(lang === 'en' ? 'Bishkek' : '比什凱克');
  });

  it('lists the outcomes by number under the day they were announced, each with the days of its events and no place', () => {
    renderView();
    const cell = within(outcomesGroup()).getByRole('list', { name: 'Announced 15 Sept' });
    expect(within(cell).getAllByRole('button').map((b) => b.textContent?.slice(0, 1))).toEqual(['1', '2']);
    expect(cardOf(outcomeButton(3))).toHaveTextContent('Events on 18 Sept');
    // No city of its own: the card names no place.
    expect(cardOf(outcomeButton(3))).not.toHaveTextContent(/Bishkek/);
  });

  it('lists the later steps, the undated ones in their own lane', () => {
    renderView();
    const dated = screen.getByRole('list', { name: 'Dated' });
    expect(within(dated).getAllByRole('listitem')).toHaveLength(1);
    expect(dated).toHaveTextContent('Example flights begin');
    expect(dated).toHaveTextContent('Second quarter of 2032');
    const undated = screen.getByRole('list', { name: 'Later — date not announced' });
    expect(within(undated).getAllByRole('listitem')).toHaveLength(1);
    expect(undated).toHaveTextContent('Example talks start');
  });

  it('selecting an outcome updates the store and the URL, presses its card and lists what is behind it', async () => {
    const user = userEvent.setup();
    renderView();
    act(() => {
      stopUrlSync = startUrlSync(window);
    });
    await user.click(outcomeButton(1));
    expect(useAppStore.getState()).toMatchObject({ outcome: 1, day: null });
    expect(window.location.search).toContain('outcome=1');
    expect(outcomeButton(1)).toHaveAttribute('aria-pressed', 'true');
    expect(outcomeButton(2)).toHaveAttribute('aria-pressed', 'false');

    const card = detailsOf(outcomeButton(1));
    expect(card).toHaveAccessibleName(`Outcome 1: ${outcomeTitle(1)}`);
    const agreements = within(card).getByRole('list', { name: 'Agreements behind it' });
    expect(within(agreements).getAllByRole('listitem').map((li) => li.querySelector('.tl-linked__title')?.textContent)).toEqual([
      'Example air services arrangement',
    ]);
    expect(within(card).getByRole('list', { name: 'Events behind it' })).toHaveTextContent('Example event 2');
    expect(within(card).getByRole('list', { name: 'Still to come' })).toHaveTextContent('Example flights begin');
    // Its event is marked in the day list, its later step in the dated lane.
    expect(within(daysGroup()).getByText('Example event 2').closest('li')).toHaveAttribute('data-highlighted', 'true');
    expect(within(screen.getByRole('list', { name: 'Dated' })).getByText('Example flights begin').closest('li')).toHaveAttribute(
      'data-highlighted',
      'true',
    );

    // Pressing it again clears the choice.
    await user.click(outcomeButton(1));
    expect(useAppStore.getState().outcome).toBeNull();
    expect(window.location.search).not.toContain('outcome=');
  });

  it('shows an outcome’s source on demand', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(outcomeButton(4));
    const card = detailsOf(outcomeButton(4));
    expect(card.querySelector('.source-note')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Show source' }));
    expect(within(card).getByRole('button', { name: 'Hide source' })).toHaveAttribute('aria-expanded', 'true');
    expect(card.querySelector('.source-note')).toHaveTextContent('Example Gazette');
  });

  it('selecting a day updates the store and the URL and marks its events', async () => {
    const user = userEvent.setup();
    renderView();
    act(() => {
      stopUrlSync = startUrlSync(window);
    });
    await user.click(dayButton(/18 Sept/));
    expect(useAppStore.getState()).toMatchObject({ day: '2031-09-18', outcome: null });
    expect(window.location.search).toContain('day=2031-09-18');
    expect(dayButton(/18 Sept/)).toHaveAttribute('aria-pressed', 'true');
    const dayItem = dayButton(/18 Sept/).closest('li')!;
    expect(dayItem.querySelectorAll('.tl-event[data-highlighted]')).toHaveLength(model.eventsByDate.get('2031-09-18')!.length);
    expect(dayItem).toHaveTextContent(dataset.days[4]!.summary.en);
  });

  it('reads a day and an outcome set from outside (a link, the map)', () => {
    renderView();
    act(() => useAppStore.setState({ outcome: 4 }));
    expect(outcomeButton(4)).toHaveAttribute('aria-pressed', 'true');
    act(() => useAppStore.setState({ outcome: null, day: '2031-09-15' }));
    expect(dayButton(/15 Sept/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('arrow keys, Home and End move focus and selection through the days; Escape clears', async () => {
    const user = userEvent.setup();
    renderView();
    const first = dayButton(/14 Sept/);
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().day).toBe('2031-09-15');
    expect(dayButton(/15 Sept/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(useAppStore.getState().day).toBe('2031-09-22');
    await user.keyboard('{Home}');
    expect(useAppStore.getState().day).toBe('2031-09-14');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().day).toBeNull();
    expect(dayButton(/14 Sept/)).toHaveFocus();
  });

  it('arrow keys move through the outcomes in day order; Escape closes the open card', async () => {
    const user = userEvent.setup();
    renderView();
    outcomeButton(1).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(useAppStore.getState().outcome).toBe(3);
    expect(outcomeButton(3)).toHaveFocus();
    await user.keyboard('{End}');
    expect(useAppStore.getState().outcome).toBe(5);
    await user.click(within(detailsOf(outcomeButton(5))).getByRole('button', { name: 'Show source' }));
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().outcome).toBeNull();
    expect(outcomeButton(5)).toHaveFocus();
  });

  it('greys out, but keeps, what does not involve the filtered country', () => {
    renderView();
    act(() => setCountry('KG'));
    expect(screen.getByText(/Kyrgyzstan only/)).toBeInTheDocument();
    expect(dayButton(/14 Sept/).closest('li')).toHaveAttribute('data-dimmed', 'true');
    expect(dayButton(/14 Sept/)).toHaveAccessibleName(/not Kyrgyzstan/);
    expect(dayButton(/18 Sept/).closest('li')).not.toHaveAttribute('data-dimmed');
    expect(cardOf(outcomeButton(1))).toHaveAttribute('data-dimmed', 'true');
    expect(cardOf(outcomeButton(3))).not.toHaveAttribute('data-dimmed');
    expect(within(outcomesGroup()).getAllByRole('button')).toHaveLength(5);
  });
});

describe('Timeline on a phone-width box', () => {
  const props = { model, country: null, outcome: null, onSelectOutcome: () => undefined } as const;

  it('stacks the days vertically, without the wide axis, and moves with Up and Down', async () => {
    const user = userEvent.setup();
    const calls: (string | null)[] = [];
    const view = render(
      <Timeline {...props} lang="en" day="2031-09-16" width={360} onSelectDay={(d) => calls.push(d)} onClear={() => calls.push('cleared')} />,
    );
    expect(view.container.querySelector('.tl')).toHaveAttribute('data-orientation', 'vertical');
    expect(screen.queryByRole('img', { name: /Time line from/ })).toBeNull();
    const third = within(daysGroup()).getAllByRole('button')[2]!;
    expect(third).toHaveAttribute('tabindex', '0');
    third.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(daysGroup()).getAllByRole('button')[3]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Escape}');
    expect(calls).toEqual(['2031-09-17', '2031-09-16', 'cleared']);
  });

  it('draws the axis on a wide box, with a text alternative', () => {
    render(<Timeline {...props} lang="zh-Hant" day={null} width={1200} onSelectDay={() => undefined} onClear={() => undefined} />);
    const axis = screen.getByRole('img', { name: /時間軸/ });
    expect(axis).toHaveAccessibleName(/在烏蘭巴托3天/);
    expect(axis.querySelectorAll('circle')).toHaveLength(dataset.events.length);
  });
});
