// Card E05: re-hosted pages put spaces inside dates and numbers, or lose the
// characters between items. The dates and numbers are read as if written
// without the spaces, a number glued to a Latin name is read, and an item
// ends at its unit.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

type Row = [string, number, string, string | null, string | null, string | null];
/** metric, value, unit, scope, origin, date; every figure's quote checked against its offsets, its region the article's. */
function rows(text: string): Row[] {
  const doc = extract(text, { file: 'e05.txt' });
  for (const f of doc.figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  expect(doc.figures.every((f) => f.region === null || f.region === '台湾' || f.region === '全国')).toBe(true);
  return doc.figures.map((f) => [f.metric, f.value, f.unit, f.scope, f.origin, f.date]);
}

describe('extract: spaced digits and dates, glued text (card E05)', () => {
  it('E05-1: 3 月 31 日 0 — 24 时 dates the figures; 1 620 例 is 1620', () => {
    const text = '2022年4月1日\n\n3 月 31 日 0 — 24 时，全国报告新增确诊病例 1 620 例，其中境外输入病例 43 例，本土病例 1 577 例。';
    expect(extract(text).published).toBe('2022-04-01');
    expect(rows(text)).toEqual([
      ['cases.confirmed', 1620, '例', 'new', null, '2022-03-31'],
      ['cases.confirmed', 43, '例', 'new', 'imported', '2022-03-31'],
      ['cases.confirmed', 1577, '例', 'new', 'local', '2022-03-31'],
    ]);
  });

  it('E05-2: 8,215COVID-19本土病例 is read, and the list goes on after it', () => {
    const text = '2022年5月20日\n\n中央流行疫情指揮中心今日公布國內新增8,215COVID-19本土病例、境外移入12例，新增死亡15例。';
    const doc = extract(text);
    expect(doc.figures[0].quote).toBe('8,215COVID-19本土病例');
    // the card checks neither the unit of the glued count (none is written) nor dates nor the deaths' origin
    expect(doc.figures.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['cases.confirmed', 8215, 'new'],
      ['cases.confirmed', 12, 'new'],
      ['cases.deaths', 15, 'new'],
    ]);
    expect(doc.figures.map((f) => f.origin).slice(0, 2)).toEqual(['local', 'imported']);
    expect(doc.figures.map((f) => f.unit)).toEqual(['', '例', '例']);
  });

  it('E05-3: 3,120例死亡15例: the item ends at its unit, 3120 is not deaths', () => {
    const text = '2022年5月27日\n\n中央流行疫情指揮中心今日新增本土病例3,120例死亡15例。';
    const doc = extract(text);
    expect(doc.figures.map((f) => [f.metric, f.value, f.unit, f.scope, f.quote])).toEqual([
      ['cases.confirmed', 3120, '例', 'new', '本土病例3,120例'],
      ['cases.deaths', 15, '例', 'new', '死亡15例'],
    ]);
    expect(doc.figures[0].origin).toBe('local');
  });

  it('not: a count right after a spaced date, a cue after the unit when no cue is before it or no count after it', () => {
    expect(rows('2022年4月1日\n\n3 月 31 日 新增确诊病例 12 例。')).toEqual([['cases.confirmed', 12, '例', 'new', null, '2022-03-31']]);
    // 新增3例确诊病例: the noun after the unit is the count's own when nothing before names it
    expect(rows('2022年5月27日\n\n新增3例确诊病例，其中1例为境外输入。').slice(0, 1)).toEqual([['cases.confirmed', 3, '例', 'new', null, null]]);
    expect(rows('2022年5月27日\n\n新增死亡3例确诊病例。')).toEqual([['cases.deaths', 3, '例', 'new', null, null]]);
  });
});
