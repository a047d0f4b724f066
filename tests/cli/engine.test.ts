// What a task of a distributed engine needs from the JSONL filter: failures
// named by the record's id and line, an --errors place that concurrent tasks
// share without overwriting each other, an exit policy that lets a task with
// bad lines succeed, and CSV chunks that concatenate.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from './run.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-engine-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (o: unknown) => JSON.stringify(o);
const BATCH = [
  line({ id: 'ok-1', text: '4月2日，全市新增本土确诊病例5例。' }),
  'this line is not JSON',
  line({ id: 'no-body', title: '只有标题' }),
  line({ id: 42, text: '新增无症状感染者3例。' }),
  line({ text: '没有编号的一行，新增确诊病例1例。' }),
].join('\n') + '\n';

describe('failures of JSONL lines', () => {
  it('name the record id and the line, on stderr and in --errors records', () => {
    const errors = join(dir, 'one.jsonl');
    const r = run(['extract', '--input-format', 'jsonl', '--errors', errors, '-'], { input: BATCH });
    expect(r.code).toBe(1);
    // a line without an id is named by its line
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['ok-1', '42', '-:5']);
    expect(r.stderr).toContain('pressfig: -:2: invalid JSON');
    expect(r.stderr).toContain('pressfig: id "no-body" (-:3): no "text" or "html" string');
    const records = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0]).toEqual({ file: '-', line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(records[1]).toEqual({ file: '-', line: 3, id: 'no-body', error: 'no "text" or "html" string' });
  });
});

describe('--keep-going', () => {
  it('exits 0 while the failures are still reported', () => {
    const strict = run(['extract', '-'], { input: BATCH });
    const lenient = run(['extract', '--keep-going', '-'], { input: BATCH });
    expect(strict.code).toBe(1);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(strict.stdout);
    expect(lenient.stderr).toBe(strict.stderr);
  });
});

describe('--errors for concurrent tasks', () => {
  const runAsync = (args: string[], input: string) =>
    new Promise<{ code: number | null; pid: number }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
      child.on('exit', (code) => resolve({ code, pid: child.pid! }));
      child.stdin.end(input);
    });

  it('gives each process a file of its own in a directory, and none to a process without failures', async () => {
    const errDir = join(dir, 'errors-dir');
    const tasks = await Promise.all([
      runAsync(['--keep-going', '--errors', `${errDir}/`, '-'], BATCH),
      runAsync(['--keep-going', '--errors', `${errDir}/`, '-'], BATCH),
      runAsync(['--keep-going', '--errors', `${errDir}/`, '-'], line({ id: 'fine', text: '新增确诊病例2例' }) + '\n'),
    ]).catch((e) => {
      throw e;
    });
    // the directory does not exist: a usage error, before any work
    expect(tasks.map((t) => t.code)).toEqual([2, 2, 2]);
  });

  it('writes one file per failing process into an existing directory', async () => {
    const errDir = mkdtempSync(join(dir, 'errs-'));
    const tasks = await Promise.all([
      runAsync(['--keep-going', '--errors', errDir, '-'], BATCH),
      runAsync(['--keep-going', '--errors', errDir, '-'], BATCH),
      runAsync(['--keep-going', '--errors', errDir, '-'], line({ id: 'fine', text: '新增确诊病例2例' }) + '\n'),
    ]);
    expect(tasks.map((t) => t.code)).toEqual([0, 0, 0]);
    const files = readdirSync(errDir).sort();
    expect(files).toHaveLength(2);
    for (const t of tasks.slice(0, 2)) expect(files.some((f) => f.endsWith(`-${t.pid}.jsonl`))).toBe(true);
    for (const f of files) expect(readFileSync(join(errDir, f), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('fills %p in a template with the process id', async () => {
    const t = await runAsync(['--errors', join(dir, 'task-%p.errors.jsonl'), '-'], BATCH);
    expect(t.code).toBe(1);
    expect(readFileSync(join(dir, `task-${t.pid}.errors.jsonl`), 'utf8')).toContain('"id":"no-body"');
  });
});

describe('CSV --no-header', () => {
  it('writes rows only, so that the outputs of the chunks of a batch concatenate to the whole', () => {
    // lines with ids: a line without one is named by its line number, which is the chunk's
    const lines = [line({ id: 'c1', text: '新增确诊病例5例' }), line({ id: 'c2', text: '新增无症状感染者3例，新增确诊病例2例' }), line({ id: 'c3', text: '无新增' })];
    const whole = run(['extract', '--format', 'csv', '--input-format', 'jsonl', '-'], { input: lines.join('\n') + '\n' }).stdout;
    const first = run(['extract', '--format', 'csv', '--input-format', 'jsonl', '-'], { input: lines.slice(0, 1).join('\n') + '\n' }).stdout;
    const rest = run(['extract', '--format', 'csv', '--no-header', '--input-format', 'jsonl', '-'], { input: lines.slice(1).join('\n') + '\n' }).stdout;
    expect(first + rest).toBe(whole);
    expect(rest.startsWith('file,')).toBe(false);
    expect(rest.split('\n')[0]).toMatch(/^c2,/);
  });
});
