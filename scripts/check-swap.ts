/**
 * npm run check:swap: the last step of data/README.md ("replace the files in data/ and run npm run
 * data"), tried for real. A scratch copy of the repository (node_modules linked, not copied) gets
 * another mission in place of data/, runs `npm run data`, then the unit and component tests. It fails
 * when any of them fails: a test that only passes on this trip's data belongs in data/checks/.
 *
 *   npx tsx scripts/check-swap.ts                       # the example mission (tests/fixtures/missions/example)
 *   npx tsx scripts/check-swap.ts --mission <dir>       # another mission directory
 *   npx tsx scripts/check-swap.ts --keep                # leave the scratch copy for a look
 *   npx tsx scripts/check-swap.ts -- <vitest arguments> # e.g. one test file
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Outputs, caches and reports: nothing the tests read, and most of the copying time. */
const SKIPPED_AT_ROOT = new Set(['node_modules', '.git', 'test-results', 'test-reports', 'playwright-report', 'coverage', '.tmp']);
const isSkipped = (path: string) => {
  const top = relative(root, path).split(/[\\/]/)[0] ?? '';
  return SKIPPED_AT_ROOT.has(top) || /^dist(-|$)/.test(top) || relative(root, path) === join('bench', 'out');
};

export interface SwapOptions {
  missionDir: string;
  keep: boolean;
  vitestArgs: string[];
}

function parseArgs(argv: readonly string[]): SwapOptions {
  const dashes = argv.indexOf('--');
  const own = dashes === -1 ? argv : argv.slice(0, dashes);
  const missionAt = own.indexOf('--mission');
  return {
    missionDir: resolve(root, missionAt === -1 ? 'tests/fixtures/missions/example' : (own[missionAt + 1] ?? '')),
    keep: own.includes('--keep'),
    vitestArgs: dashes === -1 ? [] : argv.slice(dashes + 1),
  };
}

function run(label: string, command: string, args: string[], cwd: string): boolean {
  console.log(`\n[check:swap] ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return result.status === 0;
}

export function checkSwap({ missionDir, keep, vitestArgs }: SwapOptions): boolean {
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
  const started = Date.now();
  try {
    cpSync(root, scratch, { recursive: true, filter: (path) => !isSkipped(path) });
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    // The next mission replaces data/ whole: its files, and its own checks (or none).
    rmSync(join(scratch, 'data'), { recursive: true, force: true });
    cpSync(missionDir, join(scratch, 'data'), { recursive: true });
    console.log(`[check:swap] ${relative(root, missionDir) || missionDir} copied over data/ in ${scratch} (${readdirSync(join(scratch, 'data')).length} entries)`);

    const tsx = join(root, 'node_modules/.bin/tsx');
    const vitest = join(root, 'node_modules/.bin/vitest');
    const ok =
      run('rebuild the dataset', tsx, ['scripts/preprocess.ts'], scratch) &&
      run('unit and component tests', vitest, ['run', '--reporter=dot', ...vitestArgs], scratch);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      ok
        ? `[check:swap] passed: ${basename(missionDir)} in place of data/ (${seconds} s)`
        : `[check:swap] FAILED with ${basename(missionDir)} in place of data/ (${seconds} s); rerun with --keep to look at the copy`,
    );
    return ok;
  } finally {
    if (keep) console.log(`[check:swap] kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) process.exit(checkSwap(parseArgs(process.argv.slice(2))) ? 0 : 1);
