/** This trip's timeline as the view draws it: its eight outcomes, six days, cities and later steps (src/features/timeline/). */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMissionDataset } from './mission';
const trip = loadMissionDataset();
import { buildTripModel } from '../../src/data/buildTripModel';
import { tripDatasetSchema } from '../../src/data/schema';
import type { Lang } from '../../src/i18n/lang';
import { resetAppStore, setCountry, useAppStore } from '../../src/store/appStore';
import { startUrlSync } from '../../src/store/urlSync';
import { Timeline } from '../../src/features/timeline/Timeline';
import TimelineView from '../../src/features/timeline/TimelineView';

const dataset = tripDatasetSchema.parse(trip);
const model = buildTripModel(dataset);
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
const outcomesGroup = () => screen.getByRole('group', { name: 'The 8 outcomes' });
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
  it.each<Lang>(['en', 'zh-Hant'])('shows all eight outcomes and all six days (%s)', (lang) => {
    renderView(lang);
    const group = screen.getByRole('group', { name: lang === 'en' ? 'The 8 outcomes' : '8大成果' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(8);
    for (let n = 1; n <= 8; n++) {
      expect(within(group).getByText(outcomeTitle(n, lang))).toBeInTheDocument();
    }
    const days = screen.getByRole('list', { name: lang === 'en' ? 'Trip days' : '行程日子' });
    expect(within(days).getAllByRole('button')).toHaveLength(6);
    expect(within(days).getAllByRole('button')[4]).toHaveTextContent(lang === 'en' ? 'Tashkent' : '塔什干');
    expect(within(days).getAllByRole('button')[0]).toHaveTextContent(lang === 'en' ? 'Astana' : '阿斯塔納');
  });

  it('lists the outcomes by number under the day they were announced, each with the days of its events and no place', () => {
    renderView();
    const cell = within(outcomesGroup()).getByRole('list', { name: 'Announced 4 Jun' });
    expect(within(cell).getAllByRole('button').map((b) => b.textContent?.slice(0, 1))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(cardOf(outcomeButton(1))).toHaveTextContent('Events on 1 Jun and 4 Jun');
    // No city of its own: the card names no place, and an outcome with no dated event names no day.
    expect(cardOf(outcomeButton(1))).not.toHaveTextContent(/Astana|Tashkent/);
    expect(cardOf(outcomeButton(3))).not.toHaveTextContent(/Events on/);
  });

  it('picking an outcome highlights the days of the events it covers, not the day it was announced', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(outcomeButton(5));
    // Outcome 5 rests on the arrival in Astana (31 May).
    expect(dayButton(/31 May/).closest('li')).toHaveAttribute('data-related', 'true');
    expect(dayButton(/4 Jun/).closest('li')).not.toHaveAttribute('data-related');
    await user.click(outcomeButton(1));
    expect(dayButton(/1 Jun/).closest('li')).toHaveAttribute('data-related', 'true');
    expect(dayButton(/4 Jun/).closest('li')).toHaveAttribute('data-related', 'true');
    expect(dayButton(/31 May/).closest('li')).not.toHaveAttribute('data-related');
  });

  it('lists the later steps, the undated ones in their own lane', () => {
    renderView();
    const dated = screen.getByRole('list', { name: 'Dated' });
    expect(within(dated).getAllByRole('listitem')).toHaveLength(1);
    expect(dated).toHaveTextContent('Hong Kong – Almaty flights begin');
    expect(dated).toHaveTextContent('First quarter of 2027');
    const undated = screen.getByRole('list', { name: 'Later — date not announced' });
    const undatedCount = dataset.milestones.filter((m) => m.due === null).length;
    expect(within(undated).getAllByRole('listitem')).toHaveLength(undatedCount);
    expect(undated).toHaveTextContent('30-day mutual visa-free stays take effect');
  });

  it('selecting an outcome updates the store and the URL, presses its card and lists what is behind it', async () => {
    const user = userEvent.setup();
    renderView();
    act(() => {
      stopUrlSync = startUrlSync(window);
    });
    await user.click(outcomeButton(2));
    expect(useAppStore.getState()).toMatchObject({ outcome: 2, day: null });
    expect(window.location.search).toContain('outcome=2');
    expect(outcomeButton(2)).toHaveAttribute('aria-pressed', 'true');
    expect(outcomeButton(1)).toHaveAttribute('aria-pressed', 'false');

    const card = detailsOf(outcomeButton(2));
    expect(card).toHaveAccessibleName(`Outcome 2: ${outcomeTitle(2)}`);
    const agreements = within(card).getByRole('list', { name: 'Agreements behind it' });
    const expected = model.outcomeByNumber.get(2)!.agreements.map((id) => model.agreementById.get(id)!.title.en);
    expect(within(agreements).getAllByRole('listitem').map((li) => li.querySelector('.tl-linked__title')?.textContent)).toEqual(expected);
    expect(within(card).getByRole('list', { name: 'Events behind it' })).toHaveTextContent('Lee sums up the visit');
    expect(within(card).getByText('None named in the reports')).toBeInTheDocument();

    // Its event is marked in the day list.
    const summingUp = within(daysGroup()).getByText('Lee sums up the visit').closest('li');
    expect(summingUp).toHaveAttribute('data-highlighted', 'true');

    // Pressing it again clears the choice.
    await user.click(outcomeButton(2));
    expect(useAppStore.getState().outcome).toBeNull();
    expect(window.location.search).not.toContain('outcome=');
  });

  it('an outcome with later steps marks them in the later lanes', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(outcomeButton(6));
    const dated = screen.getByRole('list', { name: 'Dated' });
    expect(within(dated).getByText('Hong Kong – Almaty flights begin').closest('li')).toHaveAttribute('data-highlighted', 'true');
    const card = detailsOf(outcomeButton(6));
    expect(within(card).getByRole('list', { name: 'Still to come' })).toHaveTextContent('30-day mutual visa-free stays take effect');
  });

  it('shows an outcome’s source on demand', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(outcomeButton(4));
    const card = detailsOf(outcomeButton(4));
    expect(card.querySelector('.source-note')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Show source' }));
    expect(within(card).getByRole('button', { name: 'Hide source' })).toHaveAttribute('aria-expanded', 'true');
    expect(card.querySelector('.source-note')).toHaveTextContent('Ta Kung Pao');
  });

  it('selecting a day updates the store and the URL and marks its events', async () => {
    const user = userEvent.setup();
    renderView();
    act(() => {
      stopUrlSync = startUrlSync(window);
    });
    await user.click(dayButton(/4 Jun/));
    expect(useAppStore.getState()).toMatchObject({ day: '2026-06-04', outcome: null });
    expect(window.location.search).toContain('day=2026-06-04');
    expect(dayButton(/4 Jun/)).toHaveAttribute('aria-pressed', 'true');
    expect(dayButton(/3 Jun/)).toHaveAttribute('aria-pressed', 'false');
    const dayItem = dayButton(/4 Jun/).closest('li')!;
    const marked = dayItem.querySelectorAll('.tl-event[data-highlighted]');
    expect(marked).toHaveLength(model.eventsByDate.get('2026-06-04')!.length);
    expect(dayItem).toHaveTextContent(dataset.days[4]!.summary.en);
  });

  it('reads a day and an outcome set from outside (a link, the map)', () => {
    renderView();
    act(() => useAppStore.setState({ outcome: 7 }));
    expect(outcomeButton(7)).toHaveAttribute('aria-pressed', 'true');
    act(() => useAppStore.setState({ outcome: null, day: '2026-06-01' }));
    expect(dayButton(/1 Jun/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('arrow keys, Home and End move focus and selection through the days; Escape clears', async () => {
    const user = userEvent.setup();
    renderView();
    const first = dayButton(/31 May/);
    expect(first).toHaveAttribute('tabindex', '0');
    expect(dayButton(/1 Jun/)).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().day).toBe('2026-06-01');
    expect(dayButton(/1 Jun/)).toHaveFocus();
    expect(dayButton(/1 Jun/)).toHaveAttribute('tabindex', '0');
    await user.keyboard('{End}');
    expect(useAppStore.getState().day).toBe('2026-06-05');
    expect(dayButton(/5 Jun/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(useAppStore.getState().day).toBe('2026-06-04');
    await user.keyboard('{Home}');
    expect(useAppStore.getState().day).toBe('2026-05-31');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().day).toBeNull();
    expect(dayButton(/31 May/)).toHaveAttribute('aria-pressed', 'false');
    expect(dayButton(/31 May/)).toHaveFocus();
  });

  it('arrow keys move through the outcomes in number order; Escape closes the open card', async () => {
    const user = userEvent.setup();
    renderView();
    expect(outcomeButton(1)).toHaveAttribute('tabindex', '0');
    outcomeButton(1).focus();
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().outcome).toBe(2);
    expect(outcomeButton(2)).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(useAppStore.getState().outcome).toBe(4);
    expect(outcomeButton(4)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{End}');
    expect(useAppStore.getState().outcome).toBe(8);
    // Focus inside the open details, then Escape: they close and focus returns to the outcome's button.
    await user.click(within(detailsOf(outcomeButton(8))).getByRole('button', { name: 'Show source' }));
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().outcome).toBeNull();
    expect(outcomeButton(8)).toHaveFocus();
    expect(outcomeButton(8)).toHaveAttribute('aria-pressed', 'false');
  });

  it('greys out, but keeps, what does not involve the filtered country', () => {
    renderView();
    act(() => setCountry('UZ'));
    expect(screen.getByText(/Uzbekistan only/)).toBeInTheDocument();
    expect(dayButton(/31 May/).closest('li')).toHaveAttribute('data-dimmed', 'true');
    expect(dayButton(/31 May/)).toHaveAccessibleName(/not Uzbekistan/);
    expect(dayButton(/4 Jun/).closest('li')).not.toHaveAttribute('data-dimmed');
    expect(cardOf(outcomeButton(5))).toHaveAttribute('data-dimmed', 'true');
    expect(cardOf(outcomeButton(1))).not.toHaveAttribute('data-dimmed');
    expect(within(outcomesGroup()).getAllByRole('button')).toHaveLength(8);
  });
});

describe('Timeline on a phone-width box', () => {
  function renderNarrow(day: string | null = null) {
    const calls: (string | null)[] = [];
    const view = render(
      <Timeline
        model={model}
        lang="en"
        country={null}
        day={day}
        outcome={null}
        width={360}
        onSelectDay={(d) => calls.push(d)}
        onSelectOutcome={() => undefined}
        onClear={() => calls.push('cleared')}
      />,
    );
    return { calls, view };
  }

  it('stacks the days vertically, without the wide axis, and moves with Up and Down', async () => {
    const user = userEvent.setup();
    const { calls, view } = renderNarrow('2026-06-02');
    expect(view.container.querySelector('.tl')).toHaveAttribute('data-orientation', 'vertical');
    expect(screen.queryByRole('img', { name: /Time line from/ })).toBeNull();
    const third = within(daysGroup()).getAllByRole('button')[2]!;
    expect(third).toHaveAttribute('tabindex', '0');
    third.focus();
    // The props stay fixed here, so each key moves from where focus is: down to 3 June, back up to 2 June.
    await user.keyboard('{ArrowDown}');
    expect(within(daysGroup()).getAllByRole('button')[3]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Escape}');
    expect(calls).toEqual(['2026-06-03', '2026-06-02', 'cleared']);
  });

  it('opens the selected outcome inside its card', () => {
    render(
      <Timeline
        model={model}
        lang="en"
        country={null}
        day={null}
        outcome={3}
        width={360}
        onSelectDay={() => undefined}
        onSelectOutcome={() => undefined}
        onClear={() => undefined}
      />,
    );
    const button = outcomeButton(3);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const details = detailsOf(button);
    expect(cardOf(button)).toContainElement(details);
    expect(within(details).getByRole('list', { name: 'Still to come' }).querySelectorAll('li')).toHaveLength(5);
  });

  it('draws the axis on a wide box, with a text alternative', () => {
    render(
      <Timeline
        model={model}
        lang="zh-Hant"
        country={null}
        day={null}
        outcome={null}
        width={1200}
        onSelectDay={() => undefined}
        onSelectOutcome={() => undefined}
        onClear={() => undefined}
      />,
    );
    const axis = screen.getByRole('img', { name: /時間軸/ });
    expect(axis).toHaveAccessibleName(/在阿斯塔納3天/);
    expect(axis.querySelectorAll('circle')).toHaveLength(dataset.events.length);
  });

  it('keeps the report\'s "about" on the arrival time, and points to what people said', () => {
    renderView('en');
    expect(screen.getByText('about 19:00 local time')).toBeInTheDocument();
    expect(screen.queryByText('19:00 local time')).toBeNull();
    const link = screen.getByRole('link', { name: /^What they said: \d+ remarks by named people/ });
    expect(link).toHaveAttribute('href', '#view-voices');
    act(() => useAppStore.setState({ lang: 'zh-Hant' }));
    expect(screen.getByText('當地時間約19:00')).toBeInTheDocument();
  });
});
