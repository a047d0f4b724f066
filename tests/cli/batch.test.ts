// The default --jobs: the size of a batch measured before it runs, and the
// choice it makes (never a timed assertion: the threshold itself comes from
// `node bench/jobs.mjs --sizes …`, recorded in docs/performance.md).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_BATCH, isSmallBatch, measureBatch, workersForCores } from '../../src/cli/batch.js';
import { run } from './run.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-batch-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'a', 'one.txt'), 'x'.repeat(100));
  writeFileSync(join(dir, 'a', 'b', 'two.html'), 'y'.repeat(200));
  writeFileSync(join(dir, 'a', 'b', 'skipped.pdf'), 'z'.repeat(5000));
  writeFileSync(join(dir, 'a', 'notes.md'), 'w'.repeat(50));
  writeFileSync(join(dir, 'a', '.hidden.txt'), 'h'.repeat(70));
  symlinkSync(join(dir, 'a', 'one.txt'), join(dir, 'a', 'link.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measureBatch', () => {
  it('counts the files and bytes a run would read (extensions it reads, links followed, hidden files left out)', async () => {
    expect(await measureBatch([join(dir, 'a')])).toEqual({ files: 3, bytes: 400, stdin: false });
    expect(await measureBatch([join(dir, 'a')], ['.md'])).toEqual({ files: 4, bytes: 450, stdin: false });
    // a file named on the command line is read whatever its extension
    expect(await measureBatch([join(dir, 'a', 'b', 'skipped.pdf'), join(dir, 'missing.txt')])).toEqual({ files: 1, bytes: 5000, stdin: false });
  });

  it('stops counting once the batch is known to be large', async () => {
    const size = await measureBatch([join(dir, 'a')], [], { files: 1, bytes: 1e9 });
    expect(size.files).toBe(1);
    expect(isSmallBatch(size, { files: 1, bytes: 1e9 })).toBe(false);
  });

  it('takes standard input (named or by default) as a filter: one thread', async () => {
    expect(await measureBatch([])).toMatchObject({ stdin: true });
    const withStdin = await measureBatch([join(dir, 'a'), '-']);
    expect(withStdin).toMatchObject({ stdin: true, files: 3 });
    expect(isSmallBatch({ ...withStdin, files: SMALL_BATCH.files * 10 })).toBe(true);
  });
});

describe('workersForCores', () => {
  it('gives no pool to one core, a worker to each of two cores, and a core to the main thread beyond', () => {
    expect([1, 2, 3, 4, 8].map(workersForCores)).toEqual([0, 2, 2, 3, 7]);
  });
});

describe('the default of the command line', () => {
  it('runs standard input and a small batch on one thread, and says so with -v', () => {
    const piped = run(['extract', '-v', '-'], { input: '{"id":"a","text":"新增确诊病例5例"}\n' });
    expect(piped.stderr).toContain('pressfig: one thread (--jobs to choose)');
    const small = run(['extract', '-v', join(dir, 'a')]);
    expect(small.stderr).toContain('pressfig: one thread (--jobs to choose)');
    // a --jobs given is not second-guessed
    expect(run(['extract', '-v', '--jobs', '2', join(dir, 'a')]).stderr).not.toContain('--jobs to choose');
  });
});

describe('JSONL text handed to workers as UTF-8 bytes', () => {
  it('gives the same documents as one thread, also for text UTF-8 cannot carry as it is', () => {
    const texts = [
      '4月2日，全市新增本土确诊病例5例。',
      '\ufeff新增无症状感染者3例。', // a byte-order mark at the start
      '新增确诊病例2例\ud800。', // a lone surrogate
      '𠮷田区新增确诊病例1例。',
    ];
    const input = texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n') + '\n';
    const one = run(['extract', '--jobs', '1', '--input-format', 'jsonl', '-'], { input });
    const pool = run(['extract', '--jobs', '2', '--input-format', 'jsonl', '-'], { input });
    expect(one.code).toBe(0);
    expect(pool.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(4);
  });
});
