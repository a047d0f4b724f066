// Inputs that never end, never start or are too large, symbolic links out of
// the tree, and JSONL lines with ids, dates and bytes that used to pass
// silently: each is an error or a note for that input, and the batch goes on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from './run.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
const docs = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const cli = `"${process.execPath}" "${BIN}"`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-in-'));
  writeFileSync(p('a.txt'), ARTICLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs that do not end or are too large', () => {
  it('- < /dev/zero: an error naming standard input and the limit, exit 1', () => {
    const r = sh(`${cli} extract --max-input-size 4M - < /dev/zero`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('pressfig: -: input is over the limit of 4 MB (--max-input-size)\n');
    expect(r.stdout).toBe('');
  });

  it('a path swapped for /dev/zero, named as an input: refused at the limit, the next input still read', () => {
    symlinkSync('/dev/zero', p('swapped.txt'));
    const r = run(['extract', '--max-input-size', '2M', 'swapped.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pressfig: swapped.txt: input is over the limit of 2 MB (--max-input-size)\n');
    expect(docs(r.stdout).map((d) => d.file)).toEqual(['a.txt']);
  });

  it('a FIFO with no writer: an error after --read-timeout, the batch goes on', () => {
    spawnSync('mkfifo', [p('silent.txt')]);
    const r = run(['extract', '--read-timeout', '1', 'silent.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pressfig: silent.txt: no data for 1 s (a FIFO without a writer, or a device that does not end)\n');
    expect(docs(r.stdout).map((d) => d.file)).toEqual(['a.txt']);
  });

  it('a FIFO with a writer is read like a file', async () => {
    spawnSync('mkfifo', [p('fed.txt')]);
    const writer = spawn('sh', ['-c', `sleep 0.3; printf '%s' '${ARTICLE}' > fed.txt`], { cwd: dir });
    const r = run(['extract', 'fed.txt'], { cwd: dir });
    await new Promise((resolve) => writer.on('exit', resolve));
    expect(r.code).toBe(0);
    expect(docs(r.stdout)[0].figures.map((f: { value: number }) => f.value)).toEqual([43, 120]);
  });

  it('SIGTERM while waiting on a FIFO ends the run at once and leaves no temporary file', async () => {
    spawnSync('mkfifo', [p('waiting.txt')]);
    mkdirSync(p('out-fifo'));
    const child = spawn(process.execPath, [BIN, 'extract', 'waiting.txt', '--out', join('out-fifo', 'x.jsonl')], { cwd: dir });
    while (!readdirSync(p('out-fifo')).length) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    const code = await new Promise((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(143);
    expect(readdirSync(p('out-fifo'))).toEqual([]);
  });

  it('in a walk, FIFOs and devices with an article name are skipped and counted, said once', () => {
    mkdirSync(p('tree'));
    writeFileSync(p('tree', 'a.txt'), ARTICLE);
    spawnSync('mkfifo', [p('tree', 'fifo.txt')]);
    const r = run(['extract', 'tree'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('pressfig: tree: 1 FIFO, device or socket with an article\'s name skipped (not regular files)\n');
    expect(docs(r.stdout).map((d) => d.file)).toEqual([join('tree', 'a.txt')]);
  });
});


describe('symbolic links in the tree walked', () => {
  it('one pointing outside the tree is skipped and said, unless --follow-symlinks', () => {
    mkdirSync(p('outside'));
    writeFileSync(p('outside', 'secret.txt'), '确诊病例7例。');
    mkdirSync(p('walked'));
    writeFileSync(p('walked', 'a.txt'), ARTICLE);
    symlinkSync(p('outside', 'secret.txt'), p('walked', 'b.txt'));
    symlinkSync('a.txt', p('walked', 'c.txt'));
    const r = run(['extract', 'walked', '--include-text'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`pressfig: ${join('walked', 'b.txt')}: symbolic link to ${p('outside', 'secret.txt')}, outside walked: skipped (--follow-symlinks follows it)\n`);
    // a link inside the tree is still read
    expect(docs(r.stdout).map((d) => d.file)).toEqual([join('walked', 'a.txt'), join('walked', 'c.txt')]);
    const followed = run(['extract', 'walked', '--follow-symlinks'], { cwd: dir });
    expect(followed.stderr).toBe('');
    expect(docs(followed.stdout).map((d) => d.file)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((f) => join('walked', f)));
  });

  it.skipIf(process.getuid?.() !== 0)('as root, a link to /etc/shadow is not read', () => {
    mkdirSync(p('etc-link'));
    symlinkSync('/etc/shadow', p('etc-link', 'shadow.txt'));
    const r = run(['extract', 'etc-link', '--include-text'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/shadow\.txt: symbolic link to \/etc\/shadow, outside etc-link: skipped/);
  });
});

describe('JSONL lines', () => {
  it('a line past the limit is an error for that line; the lines before and after it are kept', () => {
    const lines = [
      JSON.stringify({ id: 'before', text: ARTICLE }),
      JSON.stringify({ id: 'huge', text: '确'.repeat(800_000) }),
      JSON.stringify({ id: 'after', text: ARTICLE }),
    ];
    writeFileSync(p('batch.jsonl'), lines.join('\n') + '\n');
    const r = run(['extract', '--max-input-size', '1M', 'batch.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pressfig: batch.jsonl:2: line is 2.3 MB, past the limit of 1 MB (--max-input-size)\n');
    expect(docs(r.stdout).map((d) => d.file)).toEqual(['before', 'after']);
  });

  it('ids are kept as written; duplicates warned; an impossible published date is an error for its line', () => {
    const lines = [
      '{"id": 12345678901234567890, "text": "确诊病例1例"}',
      '{"id": 7.0, "text": "确诊病例2例"}',
      '{"id": 7, "text": "确诊病例3例"}',
      '{"id": "007", "text": "确诊病例4例"}',
      '{"id": 7, "text": "确诊病例5例"}',
      '{"id": "feb", "text": "确诊病例6例", "published": "2022-02-30"}',
      '{"id": "leap", "text": "4月1日确诊病例7例", "published": "2024-02-29"}',
    ];
    writeFileSync(p('ids.jsonl'), lines.join('\n') + '\n');
    const r = run(['extract', 'ids.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(docs(r.stdout).map((d) => d.file)).toEqual(['12345678901234567890', '7.0', '7', '007', '7', 'leap']);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'pressfig: ids.jsonl:5: duplicate id "7" (first on line 3)',
      'pressfig: ids.jsonl:6: "published" is not a real date: 2022-02-30',
    ]);
  });

  it('a GBK line in a JSONL file is an error naming it, not text read with replacement characters', () => {
    const gbk = iconv.encode(JSON.stringify({ id: 'gbk', text: ARTICLE }), 'gbk');
    writeFileSync(p('mixed.jsonl'), Buffer.concat([Buffer.from(JSON.stringify({ id: 'utf8', text: ARTICLE }) + '\n'), gbk, Buffer.from('\n')]));
    const r = run(['extract', 'mixed.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(docs(r.stdout).map((d) => d.file)).toEqual(['utf8']);
    expect(r.stderr).toBe('pressfig: mixed.jsonl:2: not valid UTF-8: JSONL is read as UTF-8 (is this line GBK, GB18030 or Big5? convert it first)\n');
  });

  it('standard input from /dev/zero as JSONL: one error for the first line, then the run ends', () => {
    const r = sh(`${cli} extract --input-format jsonl --max-input-size 1M - < /dev/zero`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('pressfig: -:1: line is over the limit of 1 MB (--max-input-size)\n');
  });
});

describe('a stray NUL byte in a UTF-8 article', () => {
  it('is removed with a warning; the figures are read', () => {
    const head = Buffer.from('累计报告确诊病例43例，');
    writeFileSync(p('nul.txt'), Buffer.concat([head, Buffer.from([0]), Buffer.from('无症状感染者120例。')]));
    const r = run(['extract', 'nul.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const [doc] = docs(r.stdout);
    expect(doc.warnings).toContain(`1 NUL byte removed (the first at byte offset ${head.length})`);
    expect(doc.figures.map((f: { value: number }) => f.value)).toEqual([43, 120]);
  });
});
