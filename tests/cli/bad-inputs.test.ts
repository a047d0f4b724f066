// The README's table of bad inputs, row by row, through the built CLI.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptMidBatch, run } from './run.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-bad-'));
  writeFileSync(p('a.txt'), ARTICLE);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), ' \n\t\n　\n');
  // a PNG header and a ZIP local file header: binary, not text
  writeFileSync(p('image.txt'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]));
  writeFileSync(p('archive.txt'), Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(64, 1)]));
  // an invalid byte sequence in the middle of an otherwise UTF-8 article
  writeFileSync(p('broken.txt'), Buffer.concat([Buffer.from('前言部分。'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\n' + ARTICLE)]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad inputs', () => {
  it('empty or whitespace-only file: a document with no figures and a warning, exit 0', () => {
    const r = run(['extract', 'empty.txt', 'blank.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const docs = jsonl(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(['empty.txt', 'blank.txt']);
    for (const d of docs) {
      expect(d.figures).toEqual([]);
      expect(d.warnings.join(' ')).toMatch(/empty/);
    }
  });

  it('binary files: an error naming each file, the batch goes on, exit 1', () => {
    const r = run(['extract', 'image.txt', 'a.txt', 'archive.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((d) => d.file)).toEqual(['a.txt']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/image\.txt.*not text/);
    expect(lines[1]).toMatch(/archive\.txt.*not text/);
  });

  it('invalid UTF-8 in a UTF-8 file: decoded with a warning saying where, figures elsewhere still found', () => {
    const r = run(['extract', 'broken.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const [doc] = jsonl(r.stdout);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.warnings.join(' ')).toMatch(/byte/);
    const values = doc.figures.map((f: { metric: string; value: number }) => `${f.metric}=${f.value}`);
    expect(values).toEqual(['cases.confirmed=43', 'cases.asymptomatic=120']);
  });

  it('a path that does not exist and a symlink loop: an error naming the path, the batch goes on', () => {
    mkdirSync(p('loop'));
    symlinkSync(p('loop'), p('loop', 'again'));
    writeFileSync(p('loop', 'b.txt'), ARTICLE);
    const r = run(['extract', 'missing.txt', 'loop', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).toMatch(/loop/);
    expect(jsonl(r.stdout).map((d) => d.file)).toEqual([join('loop', 'b.txt'), 'a.txt']);
  });

  // Root reads every directory whatever its mode, so the check needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('a directory without read permission: an error naming it, the batch goes on', () => {
    mkdirSync(p('locked'));
    writeFileSync(p('locked', 'c.txt'), ARTICLE);
    chmodSync(p('locked'), 0o000);
    try {
      const r = run(['extract', 'locked', 'a.txt'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/locked/);
      expect(jsonl(r.stdout).map((d) => d.file)).toEqual(['a.txt']);
    } finally {
      chmodSync(p('locked'), 0o755);
    }
  });

  it('a 50 MB text file: refused past the 32 MB default naming its size, the batch goes on; read whole under a larger --max-input-size', () => {
    const paragraph = ARTICLE + '\n';
    const big = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    writeFileSync(p('big.txt'), big);
    const refused = run(['extract', 'big.txt', 'a.txt'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('pressfig: big.txt: input is 50 MB, past the limit of 32 MB (--max-input-size)\n');
    expect(jsonl(refused.stdout).map((d) => d.file)).toEqual(['a.txt']);
    const r = run(['extract', '--max-input-size', '64M', '--out', p('big.jsonl'), 'big.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toContain('big.jsonl');
    rmSync(p('big.txt'));
  }, 180_000);

  it('SIGTERM mid-batch leaves no --out file behind', async () => {
    const outDir = p('out-term');
    mkdirSync(outDir);
    const { seen, left } = await interruptMidBatch(outDir, dir, 'SIGTERM');
    expect(seen[0]).toMatch(/\.tmp$/);
    expect(left).toEqual([]);
  });
});
