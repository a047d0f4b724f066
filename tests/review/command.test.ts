// `pressfig review`: what it reads (articles, extract's documents, JSONL
// article lines, standard input), what it does with bad inputs, and where
// the page goes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from '../cli/run.js';
import { checkedDocument } from './batch.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

interface PageData {
  title: string;
  articles: Array<{ file: string; text: string | null; figures: Array<{ value: number; quote: string }>; checks: unknown[]; warnings: string[] }>;
}
function pageData(html: string): PageData {
  const m = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-review-cmd-'));
  writeFileSync(p('a.txt'), ARTICLE);
  writeFileSync(p('b.html'), `<html><body><p>${ARTICLE.replace('43', '44')}</p></body></html>`);
  writeFileSync(
    p('docs.jsonl'),
    [JSON.stringify(checkedDocument()), JSON.stringify({ id: 'line-2', text: ARTICLE.replace('43', '45') }), '{not json'].join('\n') + '\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pressfig review', () => {
  it('follows a link inside the directory walked, not one that leads out of it', () => {
    mkdirSync(p('tree'));
    writeFileSync(p('tree', 'inside.txt'), ARTICLE);
    writeFileSync(p('outside.txt'), ARTICLE.replace('43', '46'));
    symlinkSync(p('tree', 'inside.txt'), p('tree', 'link-in.txt'));
    symlinkSync(p('outside.txt'), p('tree', 'link-out.txt'));
    const r = run(['review', p('tree'), '-o', p('tree.html')]);
    expect(r.code, r.stderr).toBe(0);
    const files = pageData(readFileSync(p('tree.html'), 'utf8')).articles.map((a) => a.file);
    expect(files).toEqual([p('tree', 'inside.txt'), p('tree', 'link-in.txt')]);
  });

  it('has help with examples', () => {
    const r = run(['review', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('shows articles, documents and article lines in input order, and names the inputs that failed', () => {
    const r = run(['review', 'a.txt', 'b.html', 'docs.jsonl', 'missing.txt', '-o', 'page.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pressfig: docs.jsonl:3: invalid JSON');
    expect(r.stderr).toContain('pressfig: missing.txt: no such file or directory');
    const data = pageData(readFileSync(p('page.html'), 'utf8'));
    expect(data.articles.map((a) => a.file)).toEqual(['a.txt', 'b.html', 'hand/shanghai-2022-04-10-districts.txt', 'line-2']);
    // articles are extracted with their text; the document is kept as written, checks and all
    expect(data.articles[0].text).toBe(ARTICLE);
    expect(data.articles[0].figures.map((f) => f.value)).toEqual([43, 120]);
    expect(data.articles[1].figures.map((f) => f.value)).toEqual([44, 120]);
    expect(data.articles[2]).toMatchObject({ checks: checkedDocument().checks, warnings: checkedDocument().warnings });
    expect(data.articles[3].figures.map((f) => f.value)).toEqual([45, 120]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads the documents extract writes, from standard input', () => {
    const extracted = run(['extract', '--include-text', 'a.txt', 'b.html'], { cwd: dir });
    const r = run(['review', '-', '--title', 'two bulletins'], { cwd: dir, input: extracted.stdout });
    expect(r.code).toBe(0);
    const data = pageData(r.stdout);
    expect(data.title).toBe('two bulletins');
    expect(data.articles.map((a) => [a.file, a.text])).toEqual([
      ['a.txt', ARTICLE],
      ['b.html', ARTICLE.replace('43', '44')],
    ]);
  });

  it('refuses an --out it cannot write before reading anything', () => {
    const r = run(['review', 'a.txt', '-o', p('no-such-dir', 'page.html')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: cannot write .*no-such-dir/);
  });

  it('lists warnings with -v and ends with the summary line', () => {
    const r = run(['review', '-v', 'docs.jsonl', '-o', 'v.html'], { cwd: dir });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain('pressfig: hand/shanghai-2022-04-10-districts.txt: warning: the district figures do not cover the city total');
    expect(lines).toContain('pressfig: hand/shanghai-2022-04-10-districts.txt: check parts-vs-total: 浦东新区 200 + 闵行区 64 = 264, but the stated total is 865');
    expect(lines.at(-1)).toMatch(/^pressfig: 2 articles, 7 figures, 0 empty articles, 1 failed inputs, \d+ warnings, 1 failed checks \(\d+\.\d s\) -> v\.html$/);
  });

  it.runIf(spawnSync('script', ['--version']).status === 0)('asks for -o rather than printing HTML onto a terminal', () => {
    const r = spawnSync('script', ['-qec', `node "${BIN}" review a.txt`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('give -o FILE');
    expect(r.stdout).not.toContain('<html');
    expect(existsSync(p('review.html'))).toBe(false);
  });
});
