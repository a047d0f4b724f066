// The pivot on hand-written documents: which value wins, how many articles
// state it, its first source, the conflicts, and cumulative counts that fall.
import { describe, expect, it } from 'vitest';
import { Pivot, tableCsv, tableJsonl, tableWide, type PivotDocument } from '../../src/table/index.js';
import type { Figure } from '../../src/validate/schema.js';
import { parseCsv } from '../output/helpers.js';

/** CSV rows as objects keyed by the header. */
function records(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function fig(value: number, over: Partial<Figure> = {}): Figure {
  const quote = over.quote ?? `确诊病例${value}例`;
  return {
    metric: 'cases.confirmed', value, unit: '例', approx: 'exact', scope: 'cumulative', origin: 'local',
    region: null, subject: null, date: '2022-04-01', quote, start: 0, end: quote.length, ...over,
  };
}

const doc = (file: string, published: string | null, figures: Figure[], region: string | null = '上海市'): PivotDocument => ({ file, published, region, figures });

function pivot(...docs: PivotDocument[]) {
  const p = new Pivot();
  for (const d of docs) p.add(d);
  return p.rows();
}

describe('Pivot', () => {
  it('gives one row per key, the article region standing in for figures without their own', () => {
    const rows = pivot(
      doc('a.txt', '2022-04-02', [fig(100), fig(40, { region: '浦东新区' }), fig(100, { scope: 'new' })]),
      doc('b.txt', '2022-04-02', [fig(100), fig(40, { region: '浦东新区' })]),
    );
    expect(rows.map((r) => [r.date, r.region, r.metric, r.scope, r.origin, r.subject, r.value, r.articles])).toEqual([
      ['2022-04-01', '上海市', 'cases.confirmed', 'cumulative', 'local', null, 100, 2],
      ['2022-04-01', '上海市', 'cases.confirmed', 'new', 'local', null, 100, 1],
      ['2022-04-01', '浦东新区', 'cases.confirmed', 'cumulative', 'local', null, 40, 2],
    ]);
    expect(rows.every((r) => r.conflicts.length === 0)).toBe(true);
  });

  it('takes the value of the latest publication and lists the others with their articles and first source', () => {
    // a and c (published 04-02) say 100; b, published 04-03, corrects it to 103
    const rows = pivot(
      doc('a.txt', '2022-04-02', [fig(100, { quote: '累计确诊病例100例' })]),
      doc('b.txt', '2022-04-03', [fig(103, { quote: '累计确诊病例103例' })]),
      doc('c.txt', '2022-04-02', [fig(100)]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 103, articles: 1, file: 'b.txt', quote: '累计确诊病例103例', published: '2022-04-03' });
    expect(rows[0].conflicts).toEqual([{ value: 100, unit: '例', approx: 'exact', articles: 2, file: 'a.txt', quote: '累计确诊病例100例', published: '2022-04-02' }]);
  });

  it('breaks ties of publication by input order, then by the first statement in the text, and names the earliest article as first source', () => {
    const rows = pivot(doc('a.txt', null, [fig(6), fig(5)]), doc('b.txt', null, [fig(5)]));
    // b is later in the batch: its 5 wins over a's 6, and a states 5 first
    expect(rows[0]).toMatchObject({ value: 5, articles: 2, file: 'a.txt' });
    expect(rows[0].conflicts.map((c) => [c.value, c.articles, c.file])).toEqual([[6, 1, 'a.txt']]);
    // one article: 无症状感染者13086例 first, then 12592例 of them found in quarantine, read without a subject
    const one = pivot(doc('c.txt', null, [fig(13086, { scope: 'new' }), fig(12592, { scope: 'new' })]));
    expect(one[0]).toMatchObject({ value: 13086, conflicts: [expect.objectContaining({ value: 12592 })] });
  });

  it('uses the publication date given beside a document that states none', () => {
    const p = new Pivot();
    p.add(doc('late.txt', null, [fig(9)]), '2022-04-05');
    p.add(doc('early.txt', '2022-04-02', [fig(8)]));
    expect(p.rows()[0]).toMatchObject({ value: 9, file: 'late.txt', published: '2022-04-05' });
  });

  it('flags a cumulative that falls between two bulletins, on the later row', () => {
    const rows = pivot(
      doc('d1.txt', '2022-04-02', [fig(392, { date: '2022-04-01' }), fig(10, { date: '2022-04-01', scope: 'new' })]),
      doc('d2.txt', '2022-04-03', [fig(390, { date: '2022-04-02' }), fig(4, { date: '2022-04-02', scope: 'new' })]),
      doc('d3.txt', '2022-04-04', [fig(401, { date: '2022-04-03' })]),
    );
    const flagged = rows.filter((r) => r.checks.length);
    expect(flagged.map((r) => [r.date, r.value])).toEqual([['2022-04-02', 390]]);
    expect(flagged[0].checks[0]).toEqual({
      kind: 'cumulative-falls',
      message: 'cumulative cases.confirmed local 上海市 falls from 392例 on 2022-04-01 (d1.txt) to 390例 on 2022-04-02 (d2.txt)',
    });
  });

  it('sorts by the --by fields first', () => {
    const rows = new Pivot();
    rows.add(doc('a.txt', null, [fig(1, { date: '2022-04-02' }), fig(2, { date: '2022-04-01', region: '闵行区' })]));
    expect(rows.rows(['region', 'date']).map((r) => r.region)).toEqual(['上海市', '闵行区']);
    expect(rows.rows(['date']).map((r) => r.region)).toEqual(['闵行区', '上海市']);
  });
});

describe('table formats', () => {
  const p = new Pivot();
  p.add(doc('a.txt', '2022-04-02', [fig(100, { date: '2022-04-01' }), fig(40, { date: '2022-04-01', region: '浦东新区' }), fig(7, { date: null })]));
  p.add(doc('b.txt', '2022-04-03', [fig(120, { date: '2022-04-02' }), fig(110, { date: '2022-04-01' })]));
  const rows = p.rows();

  it('writes CSV with the key first, the conflicting count, and the conflicts only when asked', () => {
    const plain = records(tableCsv(rows));
    expect(Object.keys(plain[0])).toEqual(['date', 'region', 'metric', 'scope', 'origin', 'subject', 'value', 'unit', 'approx', 'articles', 'file', 'quote', 'published', 'conflicting', 'checks']);
    const row = plain.find((r) => r.date === '2022-04-01' && r.region === '上海市')!;
    expect(row).toMatchObject({ value: '110', file: 'b.txt', conflicting: '1' });
    const withConflicts = records(tableCsv(rows, { conflicts: true, bom: true }));
    expect(withConflicts.find((r) => r.date === '2022-04-01' && r.region === '上海市')!.conflicts).toBe('100例 (1 article: a.txt «确诊病例100例»)');
    expect(tableCsv(rows, { bom: true }).startsWith('\ufeffdate,')).toBe(true);
  });

  it('writes JSONL rows with the conflicts as objects when asked', () => {
    const lines = tableJsonl(rows, { conflicts: true }).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(rows.length);
    expect(lines.find((r) => r.value === 110).conflicts).toMatchObject([{ value: 100, file: 'a.txt' }]);
    expect(JSON.parse(tableJsonl(rows).split('\n')[0])).not.toHaveProperty('conflicts');
  });

  it('writes a wide CSV with dates as rows and one column per region and metric, leaving out undated rows', () => {
    const wide = tableWide(rows);
    expect(wide.undated).toBe(1);
    expect(parseCsv(wide.csv)).toEqual([
      ['date', '上海市 cases.confirmed cumulative local', '浦东新区 cases.confirmed cumulative local'],
      ['2022-04-01', '110', '40'],
      ['2022-04-02', '120', ''],
    ]);
  });
});
