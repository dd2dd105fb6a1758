import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankTexts, PLACEHOLDER, writeMissionSkeleton } from './newMission';
import { preprocess } from './preprocess';

const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-mission-test-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run new-mission', () => {
  it('blanks the texts in both languages and keeps ids, codes and numbers', () => {
    expect(blankTexts({ id: 'a', code: 'MN', total: 3, name: { en: 'Mongolia', zhHant: '蒙古' } })).toEqual({
      id: 'a',
      code: 'MN',
      total: 3,
      name: { en: PLACEHOLDER, zhHant: PLACEHOLDER },
    });
  });

  it('writes a skeleton that npm run data rejects with the list of texts still to fill in, by file and path', () => {
    const dir = join(tempDir(), 'mission-2033');
    const written = writeMissionSkeleton(dir);
    expect(written).toContain('trip.json');
    expect(readdirSync(dir).sort()).toEqual([...written].sort());
    const { ok, messages } = preprocess({ dataDir: dir, outDir: tempDir() });
    expect(ok).toBe(false);
    expect(messages).toContain(`${dir}/trip.json: trip.title.en: still to fill in`);
    expect(messages).toContain(`${dir}/trip.json: trip.countries[0].name.zhHant: still to fill in`);
    expect(messages.every((m) => m.endsWith('still to fill in'))).toBe(true);
  });

  it('once every text is written the mission validates', () => {
    const dir = join(tempDir(), 'mission-2033');
    for (const name of writeMissionSkeleton(dir)) {
      const path = join(dir, name);
      let n = 0;
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`"${PLACEHOLDER}"`, () => `"Written text ${++n}"`));
    }
    const outDir = tempDir();
    const { ok, messages } = preprocess({ dataDir: dir, outDir });
    expect(ok, messages.join('\n')).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'trip.json'), 'utf8')).trip.title.en).toMatch(/^Written text/);
  });

  it('never writes into a directory that has files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'trip.json'), '{}');
    expect(() => writeMissionSkeleton(dir)).toThrow(/not empty/);
  });
});
