import { readFileSync } from 'node:fs';
import { expect, openDashboard, test } from './fixtures';

test.describe('economy and trade view', () => {
  test('shows Kazakhstan’s GDP per locale: English, then Chinese', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const economy = page.getByRole('region', { name: 'Economy and trade' });
    await expect(economy.getByRole('group', { name: 'GDP US$305.9 billion' })).toBeVisible();
    await expect(economy).toContainText('Kazakhstan sold more than it bought: a trade surplus of US$14.3 billion.');

    await page.getByRole('button', { name: '繁體中文' }).click();
    const economyZh = page.getByRole('region', { name: '經濟與貿易' });
    await expect(economyZh.getByRole('group', { name: '國內生產總值 3,059億美元' })).toBeVisible();
    await expect(economyZh).toContainText('貿易順差143億美元');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  test('?country=UZ hides Kazakhstan’s figures and says what is shown', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en&country=UZ');
    const economy = page.getByRole('region', { name: 'Economy and trade' });
    await expect(economy).toContainText('Showing Uzbekistan only.');
    await expect(economy.getByRole('group', { name: /^Real GDP growth 7\.7%$/ })).toBeVisible();
    await expect(economy).not.toContainText('US$305.9 billion');
    await expect(economy.getByRole('heading', { name: 'Kazakhstan' })).toHaveCount(0);
    await expect(economy.getByRole('figure', { name: /exports and imports/ })).toHaveCount(0);

    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'All' }).click();
    await expect(economy.getByRole('group', { name: 'GDP US$305.9 billion' })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a figure shows what it measures and its source on keyboard focus', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const economy = page.getByRole('region', { name: 'Economy and trade' });
    const gdp = economy.getByRole('group', { name: 'GDP US$305.9 billion' });
    await expect(gdp).toBeVisible();
    // Start from the panel heading and move on with the keyboard, as a keyboard user does (past the
    // background facts and their sources, which come first).
    await economy.getByRole('heading', { name: 'Economy and trade', level: 2 }).focus();
    for (let presses = 0; presses < 40 && !(await gdp.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
    await expect(gdp).toBeFocused();
    const tip = gdp.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Source: Ta Kung Pao, 1 June 2026');
    await expect(tip).toContainText('Period: 2025');
    await expect(gdp).toHaveAccessibleDescription(/Source: Ta Kung Pao/);

    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Tab');
    const next = economy.getByRole('group', { name: 'GDP growth 6.5%' });
    await expect(next).toBeFocused();
    await expect(next.getByRole('tooltip')).toBeVisible();
  });

  test('the trade chart offers a table and an SVG download with the chart’s colours', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const frame = page.getByRole('figure', { name: 'Kazakhstan’s exports and imports, 2025' });
    await frame.getByRole('button', { name: 'Show as table' }).click();
    await expect(frame.getByRole('table')).toContainText('US$143.9 billion');
    const download = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'SVG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kazakhstan-exports-imports-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toContain('Kazakhstan sold more than it bought');
    // The bars keep Kazakhstan's colour (--kz) outside the app's stylesheet.
    // The look is copied as presentation attributes (the CSP blocks style attributes set from script).
    expect(svg).toContain('fill="rgb(0, 115, 158)"');
  });

  test('downloads the figures shown as CSV, with unit, period and source, and the filter holds', async ({ page }) => {
    await openDashboard(page, 'lang=en&country=UZ');
    const group = page.getByRole('group', { name: 'Download the figures' });
    const download = page.waitForEvent('download');
    await group.getByRole('button', { name: 'CSV' }).click();
    const file = await download;
    // The country filter is in the file's name.
    expect(file.suggestedFilename()).toMatch(/^economy-figures-uz-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Group,Figure,As reported,Value,Unit,Qualifier,Period,What it measures,Source');
    const cards = await page.locator('.economy .figure-card').count();
    expect(lines).toHaveLength(cards + 1);
    expect(lines.slice(1).some((l) => l.startsWith('Kazakhstan,'))).toBe(false);
    expect(lines.slice(1).every((l) => l.includes('Ta Kung Pao'))).toBe(true);
  });

  test('the growth chart’s CSV has the raw value, unit and qualifier beside the text, and names the filter', async ({ page }) => {
    await openDashboard(page, 'lang=en&country=UZ');
    const frame = page.getByRole('figure', { name: /growth/i }).first();
    const download = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^economic-growth-uz-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Country,Measure,As reported,Value,Unit,Qualifier');
    expect(lines).toContain('Uzbekistan,"Yearly average, recent years",over 5%,5,per cent,over');
    expect(lines.some((l) => /^Uzbekistan,Growth in 2025,7\.7%,7\.7,per cent,/.test(l))).toBe(true);
  });

  test('the growth chart’s SVG and PNG carry every legend entry shown under it, dashed swatches included', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const frame = page.getByRole('figure', { name: 'Economic growth: 2025 against recent years' });
    const shown = await frame.locator('.economy-legend li').allInnerTexts();
    expect(shown.length).toBeGreaterThan(1);
    const download = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'SVG' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const label of shown) expect(texts, 'legend entry in the file').toContain(label.trim());
    // The swatches: nested pictures drawn as on screen, the approximate ones dashed.
    const swatches = [...svg.matchAll(/<svg[^>]*width="34"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(swatches).toHaveLength(shown.length);
    expect(swatches.filter((s) => /stroke-dasharray="4(px)?,? 3(px)?"/.test(s)).length).toBeGreaterThan(0);
    // The PNG is drawn from the same file: taller than the chart by the legend.
    const png = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'PNG' }).click();
    const bytes = readFileSync((await (await png).path())!);
    const fileHeight = Number(/<svg[^>]*?height="(\d+)"/.exec(svg)![1]);
    expect(bytes.readUInt32BE(20)).toBe(fileHeight * 2);
  });
});
