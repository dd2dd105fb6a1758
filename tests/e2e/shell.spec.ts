import { expect, openDashboard, test } from './fixtures';

test.describe('app shell', () => {
  test('shows the headline figures in English and in Chinese', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const headline = page.getByRole('region', { name: 'The trip in figures' });
    await expect(headline).toContainText('96');
    await expect(headline).toContainText('agreements and MoUs');
    await expect(headline).toContainText('US$1.65 billion');
    await expect(headline).toContainText('75');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: '繁體中文' }).click();
    const headlineZh = page.getByRole('region', { name: '數字看行程' });
    await expect(headlineZh).toContainText('16.5億美元');
    await expect(headlineZh).toContainText('份協議及合作備忘錄');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page).toHaveURL(/lang=zh-Hant/);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  test('restores country and language from the URL', async ({ page, watch }) => {
    await openDashboard(page, 'country=UZ&lang=zh-Hant');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    const filter = page.getByRole('group', { name: '國家' });
    await expect(filter.getByRole('button', { name: '烏茲別克斯坦' })).toHaveAttribute('aria-pressed', 'true');
    await expect(filter.getByRole('button', { name: '全部' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('region', { name: '數字看行程' })).toContainText('35');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('ignores a malformed query instead of crashing', async ({ page, watch }) => {
    await openDashboard(page, 'country=%3Cscript%3E&day=99&outcome=12&lang=xx');
    await expect(page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'All', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('96');
    await expect(page).not.toHaveURL(/script|day=99|outcome=12/);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  test('the country filter updates the URL and the headline figure', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Kazakhstan', exact: true }).click();
    await expect(page).toHaveURL(/country=KZ/);
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('61');
    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'All', exact: true }).click();
    await expect(page).not.toHaveURL(/country=/);
  });

  // A filter click used to widen the chosen (bold) button and wrap the agreements label onto a
  // second line, pushing the buttons sideways and every view 23 px down under the pointer.
  for (const { lang, width } of [
    { lang: 'en', width: 1440 },
    { lang: 'zh-Hant', width: 1440 },
    { lang: 'en', width: 390 },
  ]) {
    test(`changing the country filter does not move the page (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openDashboard(page, `lang=${lang}`);
      const filter = page.locator('.segmented--filter');
      const boxes = async () => ({
        buttons: await filter.getByRole('button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)),
        views: (await page.locator('.views').boundingBox())!,
      });
      const before = await boxes();
      for (const country of ['KZ', 'UZ', 'all']) {
        await filter.locator(`[data-country="${country}"]`).click();
        await expect(filter.locator(`[data-country="${country}"]`)).toHaveAttribute('aria-pressed', 'true');
        const after = await boxes();
        expect(after.views.y, `views top after choosing ${country}`).toBe(before.views.y);
        expect(after.buttons.map((b) => [b.x, b.width]), `filter buttons after choosing ${country}`).toEqual(before.buttons.map((b) => [b.x, b.width]));
      }
    });
  }

  test('a dataset that fails to load shows an error with a working retry', async ({ page }) => {
    let fail = true;
    await page.route('**/data/trip.json', async (route) => {
      if (fail) return route.fulfill({ status: 404, body: 'Not found' });
      return route.continue();
    });
    await page.goto('./?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('404');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('96');
  });
});
