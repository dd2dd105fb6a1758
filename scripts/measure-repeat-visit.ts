/**
 * The bench's repeat-visit figures on their own (scripts/bench/repeatVisit.ts): mobile LCP of a
 * first visit and of repeat visits with the service worker and with the HTTP cache only.
 *
 *   npx tsx scripts/measure-repeat-visit.ts http://localhost:4173/ [runs]
 */
import { chromium } from '@playwright/test';
import { measureRepeatVisit } from './bench/repeatVisit';

const url = process.argv[2] ?? 'http://localhost:4173/';
const runs = Number(process.argv[3] ?? 5);

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const figures = await measureRepeatVisit(browser, url, runs);
    const row = (name: string, f: { medianMs: number; runsMs: number[] }) => `${name}: median ${f.medianMs} ms (runs: ${f.runsMs.join(', ')})`;
    console.log(row('first visit', figures.firstVisit));
    console.log(row('repeat visit, HTTP cache only', figures.repeatHttpCache));
    console.log(row('repeat visit, service worker', figures.repeatServiceWorker));
  } finally {
    await browser.close();
  }
}

void main();
