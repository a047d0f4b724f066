// Where --out and --errors write: devices, FIFOs and /dev/stdout directly; a
// regular file atomically with its mode and owner; a symbolic link's target;
// never an input. Exit 3 when the output cannot be written. Run as root in CI.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync,
  symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from './run.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
const isRoot = process.getuid?.() === 0;
let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
const docs = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-out-'));
  writeFileSync(p('a.txt'), ARTICLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--out on devices, FIFOs and standard output', () => {
  it('/dev/null stays the device, exit 0', () => {
    const r = run(['extract', 'a.txt', '--out', '/dev/null'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('/dev/full: exit 3 with the reason, for --out, --errors and standard output', () => {
    const out = run(['extract', 'a.txt', '--out', '/dev/full'], { cwd: dir });
    expect(out.code).toBe(3);
    expect(out.stderr).toBe('pressfig: error: cannot write /dev/full: no space left on device\n');
    const errors = run(['extract', 'a.txt', 'missing.txt', '--errors', '/dev/full'], { cwd: dir });
    expect(errors.code).toBe(3);
    expect(errors.stderr).toMatch(/cannot write \/dev\/full: no space left on device/);
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract a.txt > /dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(shell.status).toBe(3);
    expect(shell.stderr).toMatch(/cannot write standard output: no space left on device/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('--out /dev/stdout and --out - write to standard output; no file named "-" appears', () => {
    for (const target of ['/dev/stdout', '-']) {
      const r = run(['extract', 'a.txt', '--out', target], { cwd: dir });
      expect(r.code).toBe(0);
      expect(docs(r.stdout).map((d) => d.figures.length)).toEqual([2]);
    }
    expect(existsSync(p('-'))).toBe(false);
  });

  it('a FIFO is written into, not replaced, and its reader gets the whole output', async () => {
    const fifo = p('pipe.jsonl');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const r = run(['extract', 'a.txt', '--out', fifo], { cwd: dir });
    await done;
    expect(r.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(docs(got).map((d) => d.file)).toEqual(['a.txt']);
  });

  it('closed standard output: exit 3, not output discarded with exit 0', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract a.txt >&-`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('pressfig: error: cannot write the output: standard output is closed\n');
  });
});

describe('--out on regular files and symbolic links', () => {
  it('a symbolic link stays a link and the file it names is replaced', () => {
    mkdirSync(p('real'));
    writeFileSync(p('real', 'figures.jsonl'), 'old\n');
    symlinkSync(join('real', 'figures.jsonl'), p('link.jsonl'));
    const r = run(['extract', 'a.txt', '--out', 'link.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(p('link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(p('link.jsonl'))).toBe(join('real', 'figures.jsonl'));
    expect(docs(readFileSync(p('real', 'figures.jsonl'), 'utf8'))[0].file).toBe('a.txt');
    expect(readdirSync(p('real'))).toEqual(['figures.jsonl']);
  });

  it('a mode-600 target keeps mode 600 (and, as root, its owner and group)', () => {
    writeFileSync(p('private.jsonl'), 'old\n');
    chmodSync(p('private.jsonl'), 0o600);
    if (isRoot) chownSync(p('private.jsonl'), 4321, 4322);
    const r = run(['extract', 'a.txt', '--out', 'private.jsonl', '--errors', 'private-errors.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    const st = statSync(p('private.jsonl'));
    expect(st.mode & 0o777).toBe(0o600);
    if (isRoot) expect([st.uid, st.gid]).toEqual([4321, 4322]);
    expect(docs(readFileSync(p('private.jsonl'), 'utf8'))[0].file).toBe('a.txt');
  });

  it('--out or --errors naming an input: exit 2 before any work, the article untouched', () => {
    writeFileSync(p('keep.txt'), ARTICLE);
    for (const flag of ['--out', '--errors']) {
      const r = run(['extract', 'keep.txt', flag, 'keep.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`pressfig: error: ${flag} keep.txt is also an input: it would be read while it is replaced\n`);
      expect(readFileSync(p('keep.txt'), 'utf8')).toBe(ARTICLE);
    }
    // through a symbolic link too
    symlinkSync('keep.txt', p('keep-link.txt'));
    expect(run(['extract', 'keep.txt', '--out', 'keep-link.txt'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(p('keep.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('--out inside the input directory is left out of the walk, said once: a rerun reads the same inputs', () => {
    mkdirSync(p('corpus'));
    writeFileSync(p('corpus', 'a.txt'), ARTICLE);
    const first = run(['extract', 'corpus', '--out', join('corpus', 'out.jsonl')], { cwd: dir });
    const second = run(['extract', 'corpus', '--out', join('corpus', 'out.jsonl')], { cwd: dir });
    for (const r of [first, second]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`pressfig: --out ${join('corpus', 'out.jsonl')} is inside the input directory corpus: it is not read as an input\n`);
    }
    expect(docs(readFileSync(p('corpus', 'out.jsonl'), 'utf8')).map((d) => d.file)).toEqual([join('corpus', 'a.txt')]);
  });
});

// A full disk: a small tmpfs, mounted only where the test runs as root and may mount (CI does).
const canMount = (() => {
  if (!isRoot) return false;
  const probe = mkdtempSync(join(tmpdir(), 'pressfig-mount-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe.skipIf(!canMount)('a full disk (tmpfs of 64 KB; skipped unless root may mount)', () => {
  it('exit 3 naming the reason; the old output is untouched and no temporary file is left', () => {
    const mnt = p('small');
    mkdirSync(mnt);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status).toBe(0);
    try {
      writeFileSync(join(mnt, 'figures.jsonl'), 'previous run\n');
      // 200 articles with their text included: far more than 64 KB of output
      mkdirSync(p('many'));
      for (let i = 0; i < 200; i++) writeFileSync(p('many', `${String(i).padStart(3, '0')}.txt`), ARTICLE.repeat(4));
      const r = run(['extract', 'many', '--include-text', '--jobs', '1', '--out', join(mnt, 'figures.jsonl')], { cwd: dir });
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`pressfig: error: cannot write ${join(mnt, 'figures.jsonl')}: no space left on device\n`);
      expect(readFileSync(join(mnt, 'figures.jsonl'), 'utf8')).toBe('previous run\n');
      expect(readdirSync(mnt)).toEqual(['figures.jsonl']);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
