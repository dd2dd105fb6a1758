/**
 * npm run build: the dashboard for one mission.
 *
 *   npm run build                                         # data/ (public/data, as committed)
 *   MISSION_DIR=tests/fixtures/missions/example npm run build
 *   MISSION_DIR=<dir> DIST_DIR=dist-example npm run build   # into another folder
 *
 * For a mission directory other than data/, its files go through the same preprocess step (the
 * build stops with the list of problems if they do not validate) into a copy of public/: the dataset
 * and the base map cut around the mission's own places. Vite builds from that copy, so the map and the
 * prerendered first view show that mission too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preprocess } from './preprocess';
import { writeZhHansTable, ZH_FOLD_TABLE_PATH, ZH_HANS_TABLE_PATH } from './build-zh-hans';

const root = resolve(import.meta.dirname, '..');
const missionDir = resolve(root, process.env.MISSION_DIR ?? 'data');
const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const env = { ...process.env };
let publicCopy: string | null = null;
// The Simplified tables are generated from the mission's own texts for its build, then put back.
const committedTables = new Map<string, string>();

if (missionDir !== resolve(root, 'data')) {
  publicCopy = mkdtempSync(join(tmpdir(), 'atlas-public-'));
  cpSync(resolve(root, 'public'), publicCopy, { recursive: true });
  const { ok, messages } = preprocess({ dataDir: missionDir, outDir: join(publicCopy, 'data') });
  for (const message of messages) (ok ? console.log : console.error)(message);
  if (!ok) {
    rmSync(publicCopy, { recursive: true, force: true });
    console.error(`${messages.length} problem(s) in ${missionDir}; nothing was built`);
    process.exit(1);
  }
  env.MISSION_PUBLIC_DIR = publicCopy;
  for (const path of [ZH_HANS_TABLE_PATH, ZH_FOLD_TABLE_PATH]) committedTables.set(path, readFileSync(path, 'utf8'));
  console.log(writeZhHansTable(join(publicCopy, 'data/trip.json')));
}

const vite = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', distDir, '--emptyOutDir'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (publicCopy) rmSync(publicCopy, { recursive: true, force: true });
for (const [path, text] of committedTables) writeFileSync(path, text);
process.exit(vite.status ?? 1);
