import { expect, openDashboard, test } from './fixtures';

const SIMPLIFIED_TITLE = '出访图鉴 · 香港商贸代表团访问哈萨克斯坦和乌兹别克斯坦';

test.describe('简体中文 for mainland readers', () => {
  test('the tab title and description are Simplified before the app’s scripts run', async ({ page }) => {
    // Only public/boot.js may run: the app's modules never arrive.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto('./?lang=zh-Hans');
    await expect(page).toHaveTitle(SIMPLIFIED_TITLE);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^出访图鉴：.*哈萨克斯坦/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The app did not take over: the prerendered shell is still the one from the HTML.
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(1);
  });

  test('Traditional gets its own title, English keeps the English one', async ({ page }) => {
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto('./?lang=zh-Hant');
    await expect(page).toHaveTitle('出訪圖鑑 · 香港商貿代表團訪問哈薩克斯坦及烏茲別克斯坦');
    await page.goto('./?lang=en');
    await expect(page).toHaveTitle("Mission Atlas · Hong Kong's trade mission to Kazakhstan and Uzbekistan");
  });

  test('the running app keeps the Simplified title and shows mainland words and quotation marks', async ({ page, watch }) => {
    await openDashboard(page, 'lang=zh-Hans');
    await expect(page).toHaveTitle(SIMPLIFIED_TITLE);
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByText('搜索（中文或英文）')).toBeVisible();
    const voices = page.locator('#view-voices');
    await expect(voices.getByText('全国港澳研究会顾问').first()).toBeVisible();
    await expect(voices.locator('[data-voice="ma-unprecedented"]')).toContainText('“大门”');
    await expect(page.locator('body')).not.toContainText('「');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('searching 哈萨克 in English finds Kazakhstan’s rows', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const explorer = page.getByRole('region', { name: 'Agreements explorer' });
    await explorer.getByRole('searchbox').fill('哈萨克');
    await expect(page).toHaveURL(/q=%E5%93%88%E8%90%A8%E5%85%8B/);
    const countries = explorer.locator('tbody tr td:first-of-type');
    await expect(countries.first()).toHaveText('Kazakhstan');
    const texts = await countries.allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    expect(new Set(texts)).toEqual(new Set(['Kazakhstan']));
  });

  test('a mainland reader searching 避免双重征税 finds both tax talks, and the page says 征税, not 课税', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hans');
    const explorer = page.locator('#view-agreements');
    await explorer.getByRole('searchbox').fill('避免双重征税');
    const rows = explorer.locator('tbody tr');
    await expect(rows.filter({ hasText: '与哈国商讨避免双重征税协定' })).toHaveCount(1);
    await expect(rows.filter({ hasText: '与乌国商讨避免双重征税协定' })).toHaveCount(1);
    await expect(page.locator('body')).not.toContainText(/课税|程式码|资讯板|扩阔|抵埗|港陆代表/);
  });

  test('免签, 税务 and 国泰 find rows in Traditional mode', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant');
    const explorer = page.getByRole('region', { name: '協議瀏覽器' });
    const searches: [string, string][] = [
      ['免签', '雙向30天免簽證逗留'],
      ['国泰', '香港至阿拉木圖直航'],
      ['税务', '與哈國商討避免雙重課稅協定'],
    ];
    for (const [q, title] of searches) {
      await explorer.getByRole('searchbox').fill(q);
      await expect(explorer.locator('tbody tr').filter({ hasText: title }).first()).toBeVisible();
    }
  });
});
