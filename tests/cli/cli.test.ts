import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../output/helpers.js';
import { BIN, ROOT, interruptMidBatch, run } from './run.js';

const DOC_KEYS = ['encoding', 'figures', 'file', 'published', 'region', 'script', 'sha256', 'title', 'warnings'];
const CSV_HEADER = 'file,published,doc_region,metric,value,unit,approx,scope,origin,region,subject,date,quote,start,end';
/** Text with no numbers and no figure words: a document without figures. */
const NO_FIGURES = '春天来了，公园里的花都开了，市民纷纷出门踏青。';
const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
const GBK_NIHAO = Buffer.from('c4e3bac3', 'hex');

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-cli-'));
  writeFileSync(p('a.txt'), ARTICLE);
  writeFileSync(p('calm.txt'), NO_FIGURES);
  writeFileSync(p('gbk.txt'), GBK_NIHAO);
  writeFileSync(p('img.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  writeFileSync(
    p('page.html'),
    '<html><head><title>通报_新闻网</title><script>var n = "确诊病例999例";</script></head><body><nav><a>首页</a></nav><h1>太原市疫情通报</h1><div class="content"><p>' +
      ARTICLE +
      '</p></div><footer>版权所有</footer></body></html>',
  );
  writeFileSync(
    p('batch.jsonl'),
    [JSON.stringify({ id: 'one', text: ARTICLE }), 'not json', JSON.stringify({ id: 'two', html: `<p>${NO_FIGURES}</p>`, published: '2022-04-16' })].join('\n') + '\n',
  );
  mkdirSync(p('many'));
  for (let i = 0; i < 30; i++) writeFileSync(p('many', `f${String(i).padStart(2, '0')}.txt`), `第${i}篇。${ARTICLE}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pressfig', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('has help with examples on every command', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/extract/);
    expect(top.stdout).toMatch(/schema/);
    for (const cmd of ['extract', 'schema']) {
      const r = run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:/);
    }
    expect(run(['extract', '--help']).stdout).toMatch(/--input-format/);
  });

  it('prints the document JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.figures.type).toBe('array');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(DOC_KEYS));
  });

  it('exits 2 on usage errors', () => {
    for (const args of [
      ['extract', '--format', 'xml', 'a.txt'],
      ['extract', '--jobs', '0', 'a.txt'],
      ['extract', '--year', '22', 'a.txt'],
      ['extract', '--encoding', 'no-such-charset', 'a.txt'],
      ['extract', '--input-format', 'pdf', 'a.txt'],
      ['extract', '--no-such-option', 'a.txt'],
      ['frobnicate'],
      [],
    ]) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/pressfig|Usage/);
    }
  });
});

describe('pressfig extract', () => {
  it('writes one JSONL document per input, in order', () => {
    const r = run(['extract', 'calm.txt', 'a.txt', 'gbk.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const docs = jsonl(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(['calm.txt', 'a.txt', 'gbk.txt']);
    for (const d of docs) expect(Object.keys(d).sort()).toEqual(DOC_KEYS);
    expect(docs[0].sha256).toBe(sha(NO_FIGURES));
    expect(docs[0].figures).toEqual([]);
    expect(docs[2].sha256).toBe(sha(GBK_NIHAO));
    expect(docs[2].encoding).toBe('gb18030');
  });

  it('writes a single JSON object for one input and an array for several', () => {
    const one = run(['extract', '--format', 'json', 'calm.txt'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ file: 'calm.txt', figures: [] });
    const two = run(['extract', '--format', 'json', 'calm.txt', 'a.txt'], { cwd: dir });
    const arr = JSON.parse(two.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map((d: { file: string }) => d.file)).toEqual(['calm.txt', 'a.txt']);
  });

  it('writes CSV with the contract header, one empty row for a document without figures, and a BOM on request', () => {
    const r = run(['extract', '--format', 'csv', 'calm.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0].join(',')).toBe(CSV_HEADER);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['calm.txt', ...Array(14).fill('')]);
    const withFigures = parseCsv(run(['extract', '--format', 'csv', 'a.txt', 'calm.txt'], { cwd: dir }).stdout);
    for (const row of withFigures) expect(row).toHaveLength(15);
    expect(withFigures.filter((row) => row[0] === 'calm.txt')).toHaveLength(1);
    const bom = run(['extract', '--format', 'csv', '--bom', 'calm.txt'], { cwd: dir });
    expect(bom.out.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(bom.stdout.slice(1).startsWith(CSV_HEADER)).toBe(true);
  });

  it('reads standard input, as "-" and when no path is given', () => {
    for (const args of [['extract'], ['extract', '-']]) {
      const r = run(args, { input: GBK_NIHAO });
      expect(r.code).toBe(0);
      const [doc] = jsonl(r.stdout);
      expect(doc).toMatchObject({ file: '-', encoding: 'gb18030', sha256: sha(GBK_NIHAO) });
    }
  });

  it('reads JSONL batches from a file and from standard input, reporting bad lines', () => {
    const r = run(['extract', 'batch.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((d) => d.file)).toEqual(['one', 'two']);
    expect(r.stderr).toMatch(/^pressfig: batch\.jsonl:2: invalid JSON/);
    const s = run(['extract', '--input-format', 'jsonl'], { cwd: dir, input: readFileSync(p('batch.jsonl')) });
    expect(s.code).toBe(1);
    expect(jsonl(s.stdout).map((d) => d.file)).toEqual(['one', 'two']);
    expect(s.stderr).toMatch(/^pressfig: -:2: invalid JSON/);
  });

  it('reads HTML: article text only, headline as title', () => {
    const r = run(['extract', '--include-text', 'page.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const [doc] = jsonl(r.stdout);
    expect(doc.title).toBe('太原市疫情通报');
    expect(doc.text).toContain(ARTICLE);
    for (const junk of ['999', '首页', '版权所有', 'var']) expect(doc.text).not.toContain(junk);
    for (const f of doc.figures) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('exits 1 when an input fails, still writing the others', () => {
    const r = run(['extract', 'a.txt', 'missing.txt', 'img.png', 'calm.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((d) => d.file)).toEqual(['a.txt', 'calm.txt']);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'pressfig: missing.txt: no such file or directory',
      'pressfig: img.png: not text (looks like a PNG image)',
    ]);
  });

  it('writes failures to --errors as JSONL records', () => {
    const r = run(['extract', '--errors', 'errs.jsonl', 'missing.txt', 'batch.jsonl', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const errors = jsonl(readFileSync(p('errs.jsonl'), 'utf8'));
    expect(errors).toEqual([
      { file: 'missing.txt', error: 'no such file or directory' },
      { file: 'batch.jsonl', line: 2, error: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('writes --out atomically', () => {
    const outDir = p('out-ok');
    mkdirSync(outDir);
    const r = run(['extract', '--format', 'json', '--out', join(outDir, 'result.json'), 'calm.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(outDir)).toEqual(['result.json']);
    expect(JSON.parse(readFileSync(join(outDir, 'result.json'), 'utf8'))).toHaveLength(2);
  });

  it('refuses an unwritable --out before doing any work', () => {
    writeFileSync(p('a-file'), '');
    for (const out of [p('no-such-dir', 'x.jsonl'), p('a-file', 'x.jsonl'), dir]) {
      const r = run(['extract', '--out', out, 'missing-input.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pressfig: error: --out: cannot write/);
      expect(r.stderr).not.toMatch(/missing-input/);
    }
    expect(existsSync(p('no-such-dir'))).toBe(false);
  });

  it('leaves no partial --out file when interrupted', async () => {
    const outDir = p('out-int');
    mkdirSync(outDir);
    const { code, seen, left } = await interruptMidBatch(outDir, dir, 'SIGINT');
    expect(seen[0]).toMatch(/\.tmp$/);
    expect(code).toBe(130);
    expect(left).toEqual([]);
  });

  it('gives the same output in the same order with worker threads', () => {
    const one = run(['extract', '--jobs', '1', 'many'], { cwd: dir });
    const two = run(['extract', '--jobs', '2', 'many'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonl(two.stdout).map((d) => d.file)).toEqual(Array.from({ length: 30 }, (_, i) => join('many', `f${String(i).padStart(2, '0')}.txt`)));
    const csv1 = run(['extract', '-j', '1', '--format', 'csv', 'many', 'calm.txt'], { cwd: dir }).stdout;
    const csv2 = run(['extract', '-j', '2', '--format', 'csv', 'many', 'calm.txt'], { cwd: dir }).stdout;
    expect(csv2).toBe(csv1);
  });

  it('exits quietly when the reader of its output goes away', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: ARTICLE.repeat(5) })).join('\n');
    writeFileSync(p('pipe.jsonl'), lines + '\n');
    for (const jobs of ['1', '2']) {
      const r = spawnSync('bash', ['-c', `node "${BIN}" extract --include-text --jobs ${jobs} pipe.jsonl | head -c 10; echo " status=\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
      expect(r.stdout).toMatch(/^\{"file":"n status=0\n$/);
      expect(r.stderr).toBe('');
    }
  });
});
