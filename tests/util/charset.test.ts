import { describe, expect, it } from 'vitest';
import { charIs, CharSet, endsWithin, isCloseParenCode, isListCode, isOpenParenCode, WHITESPACE, WHITESPACE_CHARS } from '../../src/util/charset.js';
import { closesTopic } from '../../src/read/structure.js';

describe('CharSet', () => {
  it('holds the code units it is given, and no others', () => {
    const set = new CharSet(['例', '人', 0x540d]);
    expect(set.has('例'.charCodeAt(0))).toBe(true);
    expect(set.has('名'.charCodeAt(0))).toBe(true);
    expect(set.has('宗'.charCodeAt(0))).toBe(false);
  });

  it('answers false for charCodeAt past the end of a text (NaN)', () => {
    const set = new CharSet(['例']);
    expect(set.has('例'.charCodeAt(5))).toBe(false);
  });

  it('refuses U+0000, whose bit has(NaN) would read, and values outside the code units', () => {
    expect(() => new CharSet([0])).toThrow(RangeError);
    expect(() => new CharSet(['\u0000'])).toThrow(RangeError);
    expect(() => new CharSet([0x10000])).toThrow(RangeError);
  });
});

describe('code-unit classes', () => {
  it('tells brackets of both widths apart', () => {
    for (const ch of ['(', '（']) expect([isOpenParenCode(ch.charCodeAt(0)), isCloseParenCode(ch.charCodeAt(0))]).toEqual([true, false]);
    for (const ch of [')', '）']) expect([isOpenParenCode(ch.charCodeAt(0)), isCloseParenCode(ch.charCodeAt(0))]).toEqual([false, true]);
    expect(isOpenParenCode(NaN) || isCloseParenCode(NaN)).toBe(false);
  });

  it('reads the characters of a 、 list of names', () => {
    expect([...'城关区、七里河区'].every((ch) => isListCode(ch.charCodeAt(0)))).toBe(true);
    expect([',', '，', '1', 'a', '。'].some((ch) => isListCode(ch.charCodeAt(0)))).toBe(false);
  });
});

describe('text helpers that compare codes instead of copying', () => {
  it('charIs compares the character at a position, and is false past either end', () => {
    expect(charIs('31例确诊病例中,', 7, '中')).toBe(true);
    expect(charIs('31例确诊病例中,', 6, '中')).toBe(false);
    expect(charIs('中', 1, '中')).toBe(false);
    expect(charIs('中', -1, '中')).toBe(false);
  });

  it('endsWithin finds a word ending at a position only when it starts inside the bound', () => {
    // 检测结果呈阴性的207321人: 阴性的 ends at the number (index 8)
    const text = '检测结果呈阴性的207321人';
    expect(endsWithin(text, '阴性的', 8, 0)).toBe(true);
    expect(endsWithin(text, '阴性的', 8, 5)).toBe(true);
    expect(endsWithin(text, '阴性的', 8, 6)).toBe(false);
    expect(endsWithin(text, '阴性', 8, 0)).toBe(false);
  });

  it('WHITESPACE holds exactly the characters of the regex class \\s', () => {
    const differ: number[] = [];
    for (let c = 1; c <= 0xffff; c++) if (WHITESPACE.has(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(WHITESPACE_CHARS).toContain('\u3000');
  });

  it('closesTopic finds 中 with a comma or colon inside the span, and with ownOnly not that of 其中 or 当中', () => {
    const text = '新增确诊病例中,轻型5例;其中,普通型3例';
    expect(closesTopic(text, 0, 8)).toBe(true);
    expect(closesTopic(text, 0, 7)).toBe(false); // the comma is past the span
    const qizhong = text.indexOf('其中');
    expect(closesTopic(text, qizhong, text.length)).toBe(true);
    expect(closesTopic(text, qizhong, text.length, true)).toBe(false);
    // a 中 at the start of the span has no 其 before it inside the span
    expect(closesTopic(text, qizhong + 1, text.length, true)).toBe(true);
  });
});
