// Signals mid-batch: every one that ends the program removes its temporary
// output; kill -9 cannot be caught, so it leaves one temporary file whose
// name tells the next run of the same --out to remove it.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptMidBatch, run } from './run.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-signals-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signals mid-batch', () => {
  it.each(['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGUSR2'] as const)('%s removes the temporary output and exits 128 + its number', async (signal) => {
    const outDir = join(dir, `out-${signal}`);
    mkdirSync(outDir);
    const { code, seen, left } = await interruptMidBatch(outDir, dir, signal);
    expect(seen).toEqual([expect.stringMatching(/^\.x\.jsonl\.pressfig-\d+-[0-9a-f]{8}\.tmp$/)]);
    expect(left).toEqual([]);
    expect(code).toBe(128 + constants.signals[signal]);
  });

  it('SIGKILL leaves one temporary file, which the next run of the same --out removes', async () => {
    const outDir = join(dir, 'out-kill');
    mkdirSync(outDir);
    const { left } = await interruptMidBatch(outDir, dir, 'SIGKILL');
    expect(left).toEqual([expect.stringMatching(/^\.x\.jsonl\.pressfig-\d+-[0-9a-f]{8}\.tmp$/)]);
    const r = run(['extract', 'a.txt', '--out', join(outDir, 'x.jsonl')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(outDir)).toEqual(['x.jsonl']);
  });
});
