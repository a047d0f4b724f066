// `pressfig table` on a committed sample of Shanghai bulletins of 13–15 February
// 2022 (three texts and the archived page of the 14th: see SAMPLE.md). The
// values below were read in the bulletins: 累计境外输入性确诊病例 3502, 3508, 3521;
// 累计本土确诊病例 392 on each day; 新增境外输入性确诊病例 8, 6, 13.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ROOT } from '../cli/run.js';
import { parseCsv } from '../output/helpers.js';

const SAMPLE = join(ROOT, 'tests', 'table', 'shanghai-2022-02.jsonl');
const KEY = ['date', 'region', 'metric', 'scope', 'origin', 'subject'] as const;

interface Row {
  [k: string]: unknown;
  value: number;
  articles: number;
  file: string;
  conflicting: number;
  conflicts?: Array<{ value: number; articles: number }>;
}

function table(args: string[], input?: string): Row[] {
  const r = run(['table', '--format', 'jsonl', ...args], input === undefined ? {} : { input });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

const find = (rows: Row[], date: string, metric: string, scope: string, origin: string | null) =>
  rows.filter((r) => r.date === date && r.region === '上海市' && r.metric === metric && r.scope === scope && r.origin === origin && r.subject === null);

describe('pressfig table', () => {
  const rows = table(['--conflicts', SAMPLE]);

  it('gives one row per key', () => {
    const keys = rows.map((r) => KEY.map((k) => r[k]).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the cumulative and new counts the bulletins state, with how many articles state them', () => {
    const value = (date: string, metric: string, scope: string, origin: string | null) => find(rows, date, metric, scope, origin).map((r) => [r.value, r.articles]);
    expect(['2022-02-13', '2022-02-14', '2022-02-15'].map((d) => value(d, 'cases.confirmed', 'cumulative', 'imported'))).toEqual([[[3502, 1]], [[3508, 2]], [[3521, 1]]]);
    expect(['2022-02-13', '2022-02-14', '2022-02-15'].map((d) => value(d, 'cases.confirmed', 'cumulative', 'local'))).toEqual([[[392, 1]], [[392, 2]], [[392, 1]]]);
    expect(['2022-02-13', '2022-02-14', '2022-02-15'].map((d) => value(d, 'cases.confirmed', 'new', 'imported'))).toEqual([[[8, 1]], [[6, 2]], [[13, 1]]]);
    // the text bulletin of the 14th comes first in the batch and both were published on the 15th: it is the first source
    expect(find(rows, '2022-02-14', 'cases.confirmed', 'cumulative', 'imported')[0]).toMatchObject({ file: 'sh-stockard-bulletin-2022-02-14', quote: '确诊病例3508例' });
  });

  it('lists the values sources disagree on', () => {
    // 现有待排查的疑似病例3例 (after the imported cases) and 0例 (after the local ones), both without an origin in the documents
    const suspected = find(rows, '2022-02-14', 'cases.suspected', 'current', null);
    expect(suspected).toHaveLength(1);
    expect([suspected[0].value, ...suspected[0].conflicts!.map((c) => c.value)].sort()).toEqual([0, 3]);
    for (const r of rows) expect(r.conflicts).toHaveLength(r.conflicting);
  });

  it('gives the same rows from the documents extract writes as from the articles', () => {
    const docs = run(['extract', '--input-format', 'jsonl', '-'], { input: readFileSync(SAMPLE) });
    expect(docs.code).toBe(0);
    const fromDocs = table(['--conflicts', '-'], docs.stdout);
    expect(fromDocs.map((r) => KEY.map((k) => r[k]))).toEqual(rows.map((r) => KEY.map((k) => r[k])));
    // A document keeps only the publication date its article states (the page of the 14th), not the
    // JSONL line's: undated rows, whose winner is the latest publication, may differ; dated ones agree.
    const dated = (list: Row[]) => list.filter((r) => r.date !== null).map(({ published: _p, conflicts, ...r }) => ({ ...r, conflicts: conflicts!.map(({ published: _q, ...c }) => c) }));
    expect(dated(fromDocs)).toEqual(dated(rows));
  });

  it('writes a wide CSV with one row per date', () => {
    const r = run(['table', '--wide', '--bom', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffdate,')).toBe(true);
    const [header, ...body] = parseCsv(r.stdout.slice(1));
    const col = header.indexOf('上海市 cases.confirmed cumulative imported');
    expect(col).toBeGreaterThan(0);
    expect(body.map((b) => [b[0], b[col]])).toEqual([['2022-02-13', '3502'], ['2022-02-14', '3508'], ['2022-02-15', '3521']]);
  });

  it('names a bad input line and still writes the table of the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressfig-table-'));
    const bad = join(dir, 'batch.jsonl');
    writeFileSync(bad, readFileSync(SAMPLE, 'utf8').split('\n')[0] + '\n{"id": "x"}\n{"figures": [1]}\n');
    const r = run(['table', '--format', 'jsonl', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2: no "text" or "html" string`);
    expect(r.stderr).toContain(`${bad}:3: not a valid document`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toContain(3502);
  });

  it('refuses an unknown --by field and --wide with JSONL', () => {
    expect(run(['table', '--by', 'date,country', SAMPLE]).code).toBe(2);
    expect(run(['table', '--wide', '--format', 'jsonl', SAMPLE]).code).toBe(2);
  });
});
