import { readFileSync } from 'node:fs';
import { expect, openDashboard, test } from './fixtures';

interface Named {
  id: string;
  title: { en: string; zhHant: string };
  date?: string;
}
interface TripJson {
  outcomes: { number: number; title: { en: string }; agreements: string[]; events: string[]; milestones: string[] }[];
  agreements: Named[];
  events: Named[];
  milestones: Named[];
}

// The published dataset the app loads: the expected links come from the data, not from the page.
const trip = JSON.parse(readFileSync(new URL('../../public/data/trip.json', import.meta.url), 'utf8')) as TripJson;
const titles = (items: Named[], ids: string[]) => ids.map((id) => items.find((item) => item.id === id)?.title.en);

test.describe('timeline', () => {
  for (const outcome of trip.outcomes) {
    test(`?outcome=${outcome.number} opens that outcome and lists what is behind it`, async ({ page, watch }) => {
      await openDashboard(page, `lang=en&outcome=${outcome.number}`);
      const timeline = page.getByRole('region', { name: 'Day by day and the 8 outcomes' });
      const outcomes = timeline.getByRole('group', { name: 'The 8 outcomes' });
      const button = outcomes.getByRole('button', { name: new RegExp(`^Outcome ${outcome.number}:`) });
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(outcomes.locator('button[aria-pressed="true"]')).toHaveCount(1);
      await expect(button).toContainText(outcome.title.en);

      // The button names the details it opens (a full-width row on a wide screen).
      const detailsId = await button.getAttribute('aria-controls');
      const card = page.locator(`#${detailsId}`);
      await expect(card).toHaveAccessibleName(`Outcome ${outcome.number}: ${outcome.title.en}`);
      const lists: [string, (string | undefined)[]][] = [
        ['Agreements behind it', titles(trip.agreements, outcome.agreements)],
        ['Events behind it', titles(trip.events, outcome.events)],
        ['Still to come', titles(trip.milestones, outcome.milestones)],
      ];
      for (const [name, expected] of lists) {
        if (expected.length === 0) continue;
        const items = card.getByRole('list', { name }).locator('.tl-linked__title');
        await expect(items).toHaveText(expected as string[]);
      }
      // Its events are marked in the day columns, its later steps in the later lanes.
      const days = timeline.getByRole('list', { name: 'Trip days' });
      await expect(days.locator('.tl-event[data-highlighted]')).toHaveCount(outcome.events.length);
      await expect(timeline.locator('.tl-milestone[data-highlighted]')).toHaveCount(outcome.milestones.length);
      // An outcome has no day of its own: the days of its events light up, and only those.
      const eventDays = new Set(outcome.events.map((id) => trip.events.find((e) => e.id === id)?.date));
      await expect(days.locator('.tl-day[data-related]')).toHaveCount(eventDays.size);
      await expect(outcomes.getByRole('list', { name: 'Announced 4 Jun' }).getByRole('button')).toHaveCount(trip.outcomes.length);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('?day=2026-06-04 selects that day, its events and Tashkent on the map', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en&day=2026-06-04');
    const timeline = page.getByRole('region', { name: 'Day by day and the 8 outcomes' });
    const days = timeline.getByRole('list', { name: 'Trip days' });
    const day = days.getByRole('button', { name: /4 Jun/ });
    await expect(day).toHaveAttribute('aria-pressed', 'true');
    await expect(days.locator('button[aria-pressed="true"]')).toHaveCount(1);
    await expect(day).toContainText('Tashkent');
    await expect(days.locator('.tl-event[data-highlighted]')).toHaveText([/Meetings with Uzbekistan/, /Lee sums up the visit/]);
    // The map marks the selected day's city (its marker carries aria-current).
    await expect(page.locator('#view-map [data-place="tashkent"][aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('#view-map [data-place="astana"][aria-current="true"]')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  test('keyboard: arrows choose days and outcomes and update the URL; Escape clears', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const timeline = page.getByRole('region', { name: 'Day by day and the 8 outcomes' });
    const days = timeline.getByRole('list', { name: 'Trip days' });
    await days.getByRole('button', { name: /31 May/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/day=2026-06-01/);
    await expect(days.getByRole('button', { name: /1 Jun/ })).toBeFocused();
    await expect(days.getByRole('button', { name: /1 Jun/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/day=2026-06-05/);

    // Tab leaves the days and lands on the outcomes' single stop.
    const outcomes = timeline.getByRole('group', { name: 'The 8 outcomes' });
    await page.keyboard.press('Tab');
    // In number order: 1, 2, … (all were announced together).
    await expect(outcomes.getByRole('button', { name: /^Outcome 1:/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/outcome=2/);
    await expect(page).not.toHaveURL(/day=/);
    await expect(outcomes.getByRole('button', { name: /^Outcome 2:/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/outcome=/);
    await expect(outcomes.locator('button[aria-pressed="true"]')).toHaveCount(0);
  });

  test('on a phone the days stack vertically and Down moves through them', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=zh-Hant&day=2026-06-02');
    const timeline = page.getByRole('region', { name: '逐日行程與8大成果' });
    await expect(timeline.locator('.tl')).toHaveAttribute('data-orientation', 'vertical');
    const days = timeline.getByRole('list', { name: '行程日子' });
    const third = days.getByRole('button', { name: /6月2日/ });
    await expect(third).toHaveAttribute('aria-pressed', 'true');
    await third.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/day=2026-06-03/);
    await expect(days.getByRole('button', { name: /6月3日/ })).toBeFocused();
    // No row of columns on a phone: each day sits below the one before.
    const a = await days.getByRole('button', { name: /6月3日/ }).boundingBox();
    const b = await days.getByRole('button', { name: /6月4日/ }).boundingBox();
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
  });

  test('downloads the days, events and outcomes as CSV with their citations, in Chinese too', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant');
    const group = page.getByRole('group', { name: '下載日程、活動及成果' });
    const download = page.waitForEvent('download');
    await group.getByRole('button', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^timeline-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF類別,日期,行程日,')).toBe(true);
    expect(text).toContain('成果');
    expect(text).toContain('大公報');
  });
});
