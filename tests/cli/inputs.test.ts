// How inputs are recognised: JSONL on standard input, .shtml pages, files a
// directory walk leaves out, --ext; and figure offsets in other units.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-inputs-'));
  mkdirSync(join(dir, 'site'));
  // a server-side-include page: the figure is in the body, the navigation has a number that is not one
  writeFileSync(
    join(dir, 'site', 'notice.shtml'),
    '<html><head><title>疫情通报</title></head><body><div class="nav">第3页</div><p>4月2日，全市新增本土确诊病例7例。</p></body></html>',
  );
  writeFileSync(join(dir, 'site', 'notes.md'), '全市新增无症状感染者12例。');
  writeFileSync(join(dir, 'site', 'scan.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'site', 'data.json'), '{}');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSONL on standard input', () => {
  const lines = '\n{"id":"r1","text":"全市新增确诊病例5例。"}\n{"id":"r2","html":"<p>新增无症状感染者3例</p>"}\n';

  it('is detected from the first non-blank line, and -v says so', () => {
    const r = run(['extract', '-v', '-'], { input: lines });
    expect(r.code).toBe(0);
    const docs = jsonl(r.stdout);
    expect(docs.map((d) => d.file)).toEqual(['r1', 'r2']);
    expect(docs.map((d) => d.figures.map((f: { metric: string; value: number }) => [f.metric, f.value]))).toEqual([
      [['cases.confirmed', 5]],
      [['cases.asymptomatic', 3]],
    ]);
    expect(r.stderr).toMatch(/standard input read as JSONL/);
    expect(r.stderr).toMatch(/2 articles, .* 0 failed inputs/);
  });

  it('is read without a word when -v is not given, also with no path at all', () => {
    const r = run(['extract'], { input: lines });
    expect(jsonl(r.stdout).map((d) => d.file)).toEqual(['r1', 'r2']);
    expect(r.stderr).toBe('');
  });

  it('is one article when the first line is not a JSON object with text or html', () => {
    for (const input of ['{"id":"x","body":"新增确诊病例5例"}\n', '{新增确诊病例5例}\n第二行', '[1,2]\n']) {
      const docs = jsonl(run(['extract', '-'], { input }).stdout);
      expect(docs.map((d) => d.file), input).toEqual(['-']);
    }
  });

  it('is one article with --input-format text', () => {
    const docs = jsonl(run(['extract', '--input-format', 'text', '-'], { input: lines }).stdout);
    expect(docs.map((d) => d.file)).toEqual(['-']);
  });
});

describe('directory walks', () => {
  it('read .shtml as HTML, and count the files they leave out in the -v summary', () => {
    const r = run(['extract', '-v', join(dir, 'site')]);
    expect(r.code).toBe(0);
    const docs = jsonl(r.stdout);
    expect(docs.map((d) => d.file)).toEqual([join(dir, 'site', 'notice.shtml')]);
    expect(docs[0].title).toBe('疫情通报');
    expect(docs[0].figures.map((f: { metric: string; value: number; quote: string }) => [f.metric, f.value, f.quote])).toEqual([
      ['cases.confirmed', 7, '确诊病例7例'],
    ]);
    expect(r.stderr).toMatch(/1 articles, .* 0 failed inputs, .*3 files skipped \(\.json 1, \.md 1, \.pdf 1; --ext/);
  });

  it('read more kinds with --ext', () => {
    const r = run(['extract', '-v', '--ext', 'md', join(dir, 'site')]);
    const docs = jsonl(r.stdout);
    expect(docs.map((d) => d.file.slice(dir.length + 6))).toEqual(['notes.md', 'notice.shtml']);
    expect(docs[0].figures.map((f: { metric: string; value: number }) => [f.metric, f.value])).toEqual([['cases.asymptomatic', 12]]);
    expect(r.stderr).toMatch(/2 articles, .* 0 failed inputs, .*2 files skipped/);
  });

  it('reject an --ext that is not an extension', () => {
    const r = run(['extract', '--ext', '../x', join(dir, 'site')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a file extension/);
  });
});

describe('--offsets', () => {
  // 𠮷 is one code point, two UTF-16 code units and four UTF-8 bytes
  const text = '𠮷田町：4月2日新增确诊病例5例，𠮷野区无症状感染者3例。';
  const quotes = ['确诊病例5例', '无症状感染者3例'];
  const figures = (unit: string) => jsonl(run(['extract', '--offsets', unit, '-'], { input: text }).stdout)[0].figures as Array<{ quote: string; start: number; end: number }>;

  it('utf16 (the default) are JavaScript string indices', () => {
    const fs = figures('utf16');
    expect(fs.map((f) => f.quote)).toEqual(quotes);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(jsonl(run(['extract', '-'], { input: text }).stdout)[0].figures).toEqual(fs);
  });

  it('codepoint are indices into the code points, as Python slices a str', () => {
    const points = [...text];
    const fs = figures('codepoint');
    for (const f of fs) expect(points.slice(f.start, f.end).join('')).toBe(f.quote);
    expect(fs[1].start).toBe(figures('utf16')[1].start - 2);
  });

  it('utf8 are byte offsets into the UTF-8 text', () => {
    const bytes = Buffer.from(text, 'utf8');
    for (const f of figures('utf8')) expect(bytes.subarray(f.start, f.end).toString('utf8')).toBe(f.quote);
  });
});
