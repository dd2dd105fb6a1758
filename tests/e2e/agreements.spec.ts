import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { makeSyntheticDataset, readRealDataset } from '../../scripts/make-synthetic';
import { expect, openDashboard, test } from './fixtures';

const region = (page: Page) => page.locator('#view-agreements');
const chartFrame = (page: Page) => region(page).locator('figure[data-chart="agreements-breakdown"]');
const chartSvg = (page: Page) => chartFrame(page).locator('svg[data-chart-svg]');
const explorer = (page: Page) => region(page).getByRole('region', { name: 'Agreements explorer' });

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

async function download(page: Page, scope: ReturnType<typeof chartFrame>, name: 'SVG' | 'PNG' | 'CSV') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('group', { name: 'Download' }).getByRole('button', { name, exact: true }).click(),
  ]);
  return file;
}

test.describe('agreements', () => {
  for (const [code, name, other, total] of [
    ['KZ', 'Kazakhstan', 'Uzbekistan', '61'],
    ['UZ', 'Uzbekistan', 'Kazakhstan', '35'],
  ] as const) {
    test(`?country=${code} shows only ${name} in the chart and the explorer`, async ({ page, watch }) => {
      await openDashboard(page, `lang=en&country=${code}`);
      const svg = chartSvg(page);
      await expect(chartFrame(page).getByRole('heading', { level: 3 })).toHaveText(`${total} agreements and MoUs with ${name}, by level`);
      await expect(svg.getByRole('button', { name: new RegExp(`^${name}, Government`) })).toBeVisible();
      await expect(svg.getByRole('button', { name: new RegExp(other) })).toHaveCount(0);
      await expect(svg.locator('[data-bar]')).toHaveCount(1);
      // The country column (a facts line where the explorer is narrow, as beside the map).
      const countryCells = explorer(page).locator('tbody tr td:first-of-type');
      await expect(countryCells.first()).toBeAttached();
      expect(new Set(await countryCells.allTextContents())).toEqual(new Set([name]));
      await expect(explorer(page).getByRole('status')).toContainText('rows shown');
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
    });
  }

  test('clicking a segment filters the explorer and the URL', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    await chartSvg(page).getByRole('button', { name: /^Uzbekistan, Government: 7/ }).click();
    await expect(page).toHaveURL(/country=UZ/);
    await expect(page).toHaveURL(/level=government/);
    await expect(explorer(page).getByRole('rowheader', { name: /Uzbekistan: all government documents/ })).toBeVisible();
    const countryCells = explorer(page).locator('tbody tr td:first-of-type');
    expect(new Set(await countryCells.allTextContents())).toEqual(new Set(['Uzbekistan']));
    const levelCells = explorer(page).locator('tbody tr td:nth-of-type(2)');
    expect(new Set(await levelCells.allTextContents())).toEqual(new Set(['Government']));
  });

  test('the chart mode lives in the URL, and the chosen outcome shows in the chart', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en&chart=field&outcome=6');
    const modes = chartFrame(page).getByRole('group', { name: 'Break the agreements down by' });
    await expect(modes.getByRole('button', { name: 'Field' })).toHaveAttribute('aria-pressed', 'true');
    await expect(chartFrame(page).getByRole('heading', { level: 3 })).toHaveText('Which fields the named agreements cover');
    await expect(chartSvg(page).getByRole('button', { name: /^Aviation, Uzbekistan: 1\. .*Holds agreements of outcome 6\.$/ })).toBeVisible();
    await expect(chartFrame(page).getByText(/^Outcome 6 links to 3 named agreements: 1 Kazakhstan, 2 Uzbekistan\./)).toBeVisible();

    await modes.getByRole('button', { name: 'Country and level' }).click();
    await expect(page).not.toHaveURL(/chart=/);
    // In the level chart too: the bar holding the one counted document is outlined, and the note says so.
    await expect(
      chartFrame(page).getByText('Outcome 6 links to 3 named agreements: 1 Kazakhstan, 2 Uzbekistan. Outlined: the bars holding 1 of them.', { exact: true }),
    ).toBeVisible();
    await modes.getByRole('button', { name: 'Amounts' }).click();
    await expect(page).toHaveURL(/chart=amounts/);
    await expect(modes.getByRole('button', { name: 'Amounts' })).toHaveAttribute('aria-pressed', 'true');
    await expect(chartFrame(page).getByText(/Outcome 6 links to/)).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('search and filters live in the URL and restore from it', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant&q=%E6%B8%AF%E4%BA%A4%E6%89%80');
    const rows = region(page).getByRole('region', { name: '協議瀏覽器' }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await region(page).getByRole('searchbox').fill('Nazarbayev');
    await expect(page).toHaveURL(/q=Nazarbayev/);
    await expect(rows).toHaveCount(1);
  });

  test('at 390 px the chart’s legend wraps inside the chart, in English and Chinese', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    for (const lang of ['en', 'zh-Hant'] as const) {
      await openDashboard(page, `lang=${lang}`);
      await region(page).scrollIntoViewIfNeeded();
      const svg = chartSvg(page);
      await expect(svg.locator('.breakdown-chart__legend text').first()).toBeVisible();
      const overflow = await svg.evaluate((chart) => {
        const box = chart.getBoundingClientRect();
        return [...chart.querySelectorAll('.breakdown-chart__legend tspan')]
          .map((t) => ({ text: t.textContent, right: t.getBoundingClientRect().right - box.right, left: t.getBoundingClientRect().left - box.left }))
          .filter((t) => t.right > 0.5 || t.left < -0.5);
      });
      expect(overflow, lang).toEqual([]);
      // Every word of the labels is still there.
      const shown = (await svg.locator('.breakdown-chart__legend text').allTextContents()).join(' ');
      expect(shown.replace(/\s+/g, '')).toContain(lang === 'en' ? 'Government:15(8withKazakhstanand7withUzbekistan)' : '政府層面：15份（哈薩克斯坦8份及烏茲別克斯坦7份）');
    }
    await context.close();
  });

  test('exports under a country filter name it: the chart’s files and the explorer’s CSV', async ({ page }) => {
    await openDashboard(page, 'lang=en&country=UZ');
    expect((await download(page, chartFrame(page), 'CSV')).suggestedFilename()).toMatch(/^agreements-by-country-and-level-uz-\d{4}-\d{2}-\d{2}\.csv$/);
    expect((await download(page, chartFrame(page), 'SVG')).suggestedFilename()).toMatch(/^agreements-by-country-and-level-uz-\d{4}-\d{2}-\d{2}\.svg$/);
    const explorer = page.getByRole('region', { name: 'Agreements explorer' });
    const file = await download(page, explorer, 'CSV');
    expect(file.suggestedFilename()).toMatch(/-uz-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test('the chart downloads as an SVG and a 2x PNG that carry the title', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const title = '96 agreements and MoUs by country and level';
    await expect(chartFrame(page).getByRole('heading', { level: 3 })).toHaveText(title);
    const onScreenWidth = await chartSvg(page).evaluate((svg) => Math.round(svg.getBoundingClientRect().width));

    const svgFile = await download(page, chartFrame(page), 'SVG');
    expect(svgFile.suggestedFilename()).toMatch(/^agreements-by-country-and-level-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = (await bytesOf(svgFile)).toString('utf8');
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        width: Number(root.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.name).toBe('svg');
    expect(parsed.texts).toContain(title);
    expect(parsed.texts.some((t) => t?.startsWith('Of the 96 documents, 61 are with Kazakhstan'))).toBe(true);
    expect(parsed.texts.some((t) => t?.includes('Ta Kung Pao'))).toBe(true);
    expect(parsed.texts.some((t) => t?.startsWith('Mission Atlas · exported'))).toBe(true);
    // The chart keeps its on-screen size inside a 20px margin on each side.
    expect(parsed.width).toBe(onScreenWidth + 40);

    const pngFile = await download(page, chartFrame(page), 'PNG');
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    const png = await bytesOf(pngFile);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const pngWidth = png.readUInt32BE(16);
    const pngHeight = png.readUInt32BE(20);
    expect(pngWidth).toBe(2 * parsed.width);
    expect(pngHeight).toBeGreaterThan(2 * 200);

    // The PNG is the SVG above, rasterised. Check that its title band has ink in it: dark pixels where
    // the title is drawn (y 20-47 in the SVG, so 40-94 at 2x), none in the margin above.
    const ink = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      const image = new Image();
      await new Promise((resolve, reject) => {
        image.onload = resolve;
        image.onerror = reject;
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const darkIn = (y0: number, y1: number) => {
        const data = context.getImageData(0, y0, canvas.width, y1 - y0).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) dark++;
        return dark;
      };
      URL.revokeObjectURL(url);
      return { margin: darkIn(0, 30), title: darkIn(40, 94) };
    }, png.toString('base64'));
    expect(ink.margin).toBe(0);
    expect(ink.title).toBeGreaterThan(500);

    await expect(chartFrame(page).getByRole('status')).toHaveText('PNG file downloaded.');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  test('the explorer downloads the filtered rows as CSV with a BOM', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant&country=UZ');
    const table = region(page).getByRole('region', { name: '協議瀏覽器' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('group', { name: '下載' }).getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const bytes = await bytesOf(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]!.startsWith('協議,類別,國家,層面,領域,狀態,計入96份的文件數目')).toBe(true);
    const rowCount = await table.locator('tbody tr').count();
    expect(lines).toHaveLength(1 + rowCount);
    expect(lines.slice(1).every((line) => line.includes('烏茲別克斯坦'))).toBe(true);
  });

  test('with 2,000 agreements the explorer draws a page at a time and the chart table only when open', async ({ page, watch }) => {
    const body = JSON.stringify(makeSyntheticDataset(readRealDataset(), { agreements: 2000, events: 0 }));
    // Routes added later win over the fixture's, so only trip.json is replaced.
    await page.route('**/data/trip.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await openDashboard(page, 'lang=en');
    const rows = explorer(page).locator('tbody tr');
    await expect(explorer(page).getByRole('status')).toHaveText('Showing 50 of 2,004 rows');
    await expect(rows).toHaveCount(50);
    await explorer(page).getByRole('button', { name: 'Show 50 more' }).click();
    await expect(rows).toHaveCount(100);
    await expect(rows.nth(50).getByRole('rowheader')).toBeFocused();

    // The chart's table alternative is not in the page until asked for.
    const toggle = chartFrame(page).getByRole('button', { name: 'Show as table' });
    await expect(chartFrame(page).locator('table')).toHaveCount(0);
    await expect(toggle).not.toHaveAttribute('aria-controls');
    await toggle.click();
    const table = chartFrame(page).getByRole('table');
    await expect(table).toBeVisible();
    await expect(chartFrame(page).getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-controls', (await table.getAttribute('id'))!);
    expect(watch.consoleErrors).toEqual([]);
  });

  // On a phone the six fact columns needed sideways scrolling on every row; they become one line.
  test('on a phone the explorer fits the screen: each row lists its facts under its title', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=en');
    const table = explorer(page).getByRole('table');
    await table.scrollIntoViewIfNeeded();
    const scroll = await explorer(page).locator('.explorer__scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
    const row = table.getByRole('row', { name: /HKEX – AIFC Authority MoU/ });
    await expect(row.locator('.explorer__facts')).toHaveText('Kazakhstan · Non-government · Finance · Signed · In the 96: Not stated');
    await expect(row.getByRole('button', { name: 'Show source: HKEX – AIFC Authority MoU' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /Country/ })).toBeHidden();
    // A total leaves out what it has no value for.
    await expect(table.getByRole('row', { name: /Kazakhstan: all government documents/ }).locator('.explorer__facts')).toHaveText('Kazakhstan · Government · 8 in all');
  });

  // From 1200 px the explorer shares its row with the map, so it is as narrow as on a tablet: one facts
  // line per row, and the full columns only where it has the width (below 1200 px it spans the page).
  test('where the explorer has the width the facts are columns, not repeated under the title', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await openDashboard(page, 'lang=en');
    const table = explorer(page).getByRole('table');
    await expect(table.getByRole('columnheader', { name: /Country/ })).toBeVisible();
    await expect(table.locator('.explorer__facts').first()).toBeHidden();
  });

  test('beside the map at 1440 px the explorer fits its column without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDashboard(page, 'lang=en');
    const scroll = await explorer(page).locator('.explorer__scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
    await expect(explorer(page).getByRole('combobox', { name: 'Sort by' })).toBeVisible();
  });

  test('sorts by every column from the keyboard, statuses by stage', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await openDashboard(page, 'lang=en');
    const table = explorer(page).getByRole('table');
    for (const column of ['Agreement', 'Country', 'Level', 'Field', 'Status', 'In the 96']) {
      const sortButton = table.getByRole('button', { name: new RegExp(`^${column}`) });
      await sortButton.focus();
      await page.keyboard.press('Enter');
      await expect(table.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toHaveAttribute('aria-sort', 'ascending');
    }
    // Status, ascending: the earliest stage first, not the alphabetically first name.
    await table.getByRole('button', { name: /^Status/ }).focus();
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: /^Status/ })).toHaveAttribute('aria-sort', 'ascending');
    const statuses = await table.locator('tbody tr td:nth-of-type(4)').allTextContents();
    expect(statuses.filter((s) => s !== '—').slice(0, 2)).toEqual(['Planned', 'Talks to start']);
  });

  test('on a phone the sort menu sorts by any column', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=en');
    await explorer(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Status, furthest stage first' });
    const facts = await explorer(page).locator('tbody tr .explorer__facts').allTextContents();
    expect(facts[0]).toContain('Signed');
  });
});
