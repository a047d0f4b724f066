// The JSONL filter under engines that run it as many tasks side by side: GNU
// parallel (--pipepart, blocks of lines) and a Dask LocalCluster with two
// worker processes (examples/dask_pressfig.py). The documents must be those of
// one process over the whole input, and the bad lines reported by id. Debian's
// `parallel` and `python3-distributed` are installed by .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../cli/run.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
// Debian's Dask is in the system Python, which another python3 on the PATH may hide
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' }).status === 0);
const hasDask = PYTHON !== undefined;

let dir: string;
let input: string;
const BAD_IDS = ['bad-no-body', 'bad-number'];

/** The documents of a JSONL output, one JSON line each, sorted by file (the id). */
function sortedById(jsonl: string): string[] {
  return jsonl
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => {
      const x = JSON.parse(a).file as string;
      const y = JSON.parse(b).file as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

function errorIds(errorsDir: string): string[] {
  return readdirSync(errorsDir)
    .flatMap((f) => readFileSync(join(errorsDir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l).id as string)
    .sort();
}

let reference: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-engines-'));
  // every fixture article as a JSONL line, twice (the second copy with a year), with two bad lines among them
  const articles = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
  const lines: string[] = [];
  for (const copy of [0, 1]) {
    for (const f of articles) {
      const text = readFileSync(join(ROOT, 'fixtures', f), 'utf8');
      lines.push(JSON.stringify(copy ? { id: `${f}#2`, text, published: '2022-06-01' } : { id: f, text }));
    }
    lines.splice(lines.length >> 1, 0, JSON.stringify({ id: BAD_IDS[copy], ...(copy ? { text: 5 } : { title: 'no body' }) }));
  }
  input = join(dir, 'articles.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  const one = spawnSync(process.execPath, [BIN, 'extract', '--input-format', 'jsonl', '--jobs', '1', '--keep-going', '--quiet', input], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  expect(one.status, one.stderr).toBe(0);
  reference = sortedById(one.stdout);
  expect(reference.length).toBe(2 * articles.length);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('engines', () => {
  it('GNU parallel --pipepart: the same documents as one process, bad lines in per-task errors files', () => {
    expect(hasParallel, 'GNU parallel is not installed (.ci/run installs it: apt-get install parallel)').toBe(true);
    const errors = join(dir, 'parallel-errors');
    const cmd = `${process.execPath} ${BIN} extract --input-format jsonl --jobs 1 --keep-going --quiet --errors ${errors}/ -`;
    spawnSync('mkdir', ['-p', errors]);
    const r = spawnSync('parallel', ['--pipepart', '-a', input, '--block', '100k', '-j', '2', '--halt', 'now,fail=1', cmd], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(r.status, r.stderr).toBe(0);
    // several tasks ran: one errors file per task that met a bad line
    expect(readdirSync(errors).length).toBe(2);
    expect(sortedById(r.stdout)).toEqual(reference);
    expect(errorIds(errors)).toEqual(BAD_IDS);
  }, 300_000);

  it('Dask LocalCluster with two worker processes: the same documents as one process', () => {
    expect(hasDask, 'Dask distributed is not installed (.ci/run installs it: apt-get install python3-distributed)').toBe(true);
    const out = join(dir, 'dask.jsonl');
    const errors = join(dir, 'dask-errors');
    const r = spawnSync(
      PYTHON!,
      [join(ROOT, 'examples', 'dask_pressfig.py'), input, out, '--local-workers', '2', '--blocksize', '100kB', '--errors', errors, '--pressfig', `${process.execPath} ${BIN}`],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(r.status, r.stderr).toBe(0);
    const output = readFileSync(out, 'utf8');
    expect(sortedById(output)).toEqual(reference);
    expect(errorIds(errors)).toEqual(BAD_IDS);
    // the part files are gone once joined
    expect(readdirSync(dir).filter((f) => f.startsWith('.pressfig-parts-'))).toEqual([]);
  }, 300_000);

  it('Dask with threads in one local worker (the README\'s local command): the documents in input order', () => {
    expect(hasDask, 'Dask distributed is not installed (.ci/run installs it: apt-get install python3-distributed)').toBe(true);
    const out = join(dir, 'dask-threads.jsonl');
    const r = spawnSync(
      PYTHON!,
      [join(ROOT, 'examples', 'dask_pressfig.py'), input, out, '--local-threads', '2', '--blocksize', '100kB', '--pressfig', `${process.execPath} ${BIN}`],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(r.status, r.stderr).toBe(0);
    const output = readFileSync(out, 'utf8');
    expect(sortedById(output)).toEqual(reference);
    // blocks are joined in input order: the documents come in the order of their lines
    const ids = output.split('\n').filter(Boolean).map((l) => JSON.parse(l).file as string);
    const lineIds = readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string).filter((id) => !BAD_IDS.includes(id));
    expect(ids).toEqual(lineIds);
  }, 300_000);

  it('the Dask driver leaves an existing output as it was when a task fails', () => {
    expect(hasDask, 'Dask distributed is not installed (.ci/run installs it: apt-get install python3-distributed)').toBe(true);
    const out = join(dir, 'kept.jsonl');
    writeFileSync(out, 'earlier results\n');
    const r = spawnSync(
      PYTHON!,
      [join(ROOT, 'examples', 'dask_pressfig.py'), input, out, '--local-threads', '2', '--pressfig', `${process.execPath} ${BIN} --no-such-option`],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(r.status).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('earlier results\n');
  }, 300_000);
});
