import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w,h,name] of [[1440,900,'desktop'],[390,844,'phone']]) {
const page = await browser.newPage({ viewport: { width: w, height: h } });
const lang = process.argv[2] ?? 'en';
await page.goto(`http://localhost:4173/?lang=${lang}`);
if (name==='phone') { await page.evaluate(() => document.querySelector('#view-map')?.scrollIntoView()); }
await page.waitForSelector('.map-poster .map-poster__city, .leaflet-container', { timeout: 15000 });
await page.waitForTimeout(800);
const posterDots = await page.$$eval('.map-poster__city .map-marker__dot', (els) => els.map((e) => { const r = e.getBoundingClientRect(); const f = document.querySelector(".map-frame").getBoundingClientRect(); return [e.parentElement.dataset.place, +(r.x + r.width/2 - f.x).toFixed(1), +(r.y + r.height/2 - f.y).toFixed(1)]; }));
console.log(name, 'poster', JSON.stringify(posterDots));
await page.locator('#view-map').screenshot({ path: `.tmp/shots/poster-${name}-${lang}.png` });
await page.hover('.map-frame');
await page.waitForSelector('.leaflet-container', { timeout: 15000 });
await page.waitForTimeout(1500);
const liveDots = await page.$$eval('.leaflet-marker-icon.city-marker .map-marker__dot', (els) => els.map((e) => { const r = e.getBoundingClientRect(); const f = document.querySelector(".map-frame").getBoundingClientRect(); return [e.parentElement.dataset.place, +(r.x + r.width/2 - f.x).toFixed(1), +(r.y + r.height/2 - f.y).toFixed(1)]; }));
console.log(name, 'live', JSON.stringify(liveDots));
await page.locator('#view-map').screenshot({ path: `.tmp/shots/live-${name}-${lang}.png` });
await page.close();
}
await browser.close();
