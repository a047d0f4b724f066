// A figure's value is what its quote says: invisible characters inside a
// number are skipped with the quote spanning them; a thousands mark this
// reader does not take apart, and a negative count, give no figure at all;
// a malformed Chinese number is refused rather than read as another.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { parseChineseNumber } from '../../src/read/numbers.js';
import { MAX_COUNTS } from '../../src/rules/figures.js';

const figuresOf = (text: string) => extract(text, { year: 2022 }).figures.map((f) => ({ value: f.value, quote: f.quote, start: f.start, end: f.end }));

describe('values read from their quotes', () => {
  it.each([
    ['a zero-width space', '新增确诊病例1\u200b2例。', 12, '确诊病例1\u200b2例'],
    ['a soft hyphen', '新增确诊病例1\u00ad5例。', 15, '确诊病例1\u00ad5例'],
    ['a word joiner', '新增确诊病例2\u20600例。', 20, '确诊病例2\u20600例'],
  ])('%s inside a number is skipped, and the quote spans it', (_what, text, value, quote) => {
    const figures = figuresOf(text);
    expect(figures).toEqual([{ value, quote, start: 2, end: 2 + quote.length }]);
    expect(text.slice(figures[0].start, figures[0].end)).toBe(quote);
  });

  it.each([
    ['an apostrophe as thousands mark', "新增确诊病例1'234例。"],
    ['a right single quote as thousands mark', '新增确诊病例1’234例。'],
    ['a minus sign', '新增确诊病例−5例。'],
    ['负', '新增确诊病例负5例。'],
  ])('%s: no figure, rather than a part of the number', (_what, text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('负 that is not a sign leaves the numbers after it alone', () => {
    expect(figuresOf('负责人3名到场。新增确诊病例5例。').map((f) => f.value)).toEqual([5]);
  });

  it('a Chinese number with two large units in a row is refused; 万亿 is a trillion', () => {
    expect(parseChineseNumber('一万万亿')).toBeNull();
    expect(parseChineseNumber('亿万')).toBeNull();
    expect(parseChineseNumber('一万亿')).toBe(1e12);
    expect(figuresOf('累计检测一万万亿人次。')).toEqual([]);
  });

  it.each([
    ['几十', '新增确诊病例几十例。', 10, '确诊病例几十例'],
    ['十几', '新增确诊病例十几例。', 10, '确诊病例十几例'],
    ['十几万', '累计检测十几万人次。', 100000, '检测十几万人次'],
  ])('%s is more than the number it names (over), never that number exact', (_what, text, value, quote) => {
    expect(extract(text, { year: 2022 }).figures.map((f) => ({ value: f.value, approx: f.approx, quote: f.quote }))).toEqual([{ value, approx: 'over', quote }]);
  });

  it.each([
    ['至', '新增确诊病例10至20例。', 15, '确诊病例10至20例'],
    ['a hyphen', '另有疑似病例3-5例。', 4, '疑似病例3-5例'],
    ['到 with days', '现有物资可保障2到3天。', 2.5, '可保障2到3天'],
  ])('a range (%s) is about its middle, quoted from its low end, never one end exact', (_what, text, value, quote) => {
    expect(extract(text, { year: 2022 }).figures.map((f) => ({ value: f.value, approx: f.approx, quote: f.quote }))).toEqual([{ value, approx: 'about', quote }]);
  });

  it('a reporting window is no range (0—24时 has no count)', () => {
    expect(figuresOf('4月3日0—24时,新增确诊病例5例。').map((f) => f.value)).toEqual([5]);
  });
});

describe('an article with more counts than any report', () => {
  it('reads the first MAX_COUNTS of them and says how many were left unread', () => {
    const line = '浦东新区新增本土确诊病例1例。\n';
    const text = line.repeat(MAX_COUNTS + 25);
    const doc = extract(text, { year: 2022 });
    expect(doc.warnings).toContain(`25 counts past the first ${MAX_COUNTS} were not read: the article holds more numbers than any report`);
    expect(doc.figures.length).toBeGreaterThan(0);
  });
});
