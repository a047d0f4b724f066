import { describe, expect, it } from 'vitest';
import { CharSet, isCloseParenCode, isListCode, isOpenParenCode } from '../../src/util/charset.js';

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
