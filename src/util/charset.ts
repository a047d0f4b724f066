// A set of UTF-16 code units as a bit table: 8 KB for the whole BMP, small
// enough to stay in cache next to the text being scanned, where a byte or
// word table per character class would not.

export class CharSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(chars: Iterable<string | number> = []) {
    for (const ch of chars) this.add(typeof ch === 'number' ? ch : ch.charCodeAt(0));
  }

  add(code: number): void {
    // has(NaN) reads the bit of U+0000, so U+0000 must never be in a set
    if (!(code > 0 && code <= 0xffff)) throw new RangeError(`CharSet holds code units 1-0xFFFF, not ${code}`);
    this.bits[code >>> 5] |= 1 << (code & 31);
  }

  /** Whether the code unit is in the set; NaN (charCodeAt past the end) and 0 are never in it. */
  has(code: number): boolean {
    return ((this.bits[code >>> 5] >>> (code & 31)) & 1) === 1;
  }

  /** Whether any code unit of text[from, to) is in the set. */
  anyIn(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.has(text.charCodeAt(i))) return true;
    return false;
  }
}

/** An ASCII digit's code unit (NaN, charCodeAt past the end, is not one). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An ASCII letter or digit. */
export function isAsciiAlnumCode(code: number): boolean {
  return isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** ( or its full-width form. */
export function isOpenParenCode(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

/** ) or its full-width form. */
export function isCloseParenCode(code: number): boolean {
  return code === 0x29 || code === 0xff09;
}

/** A character of a 、-list of names: a Chinese character of the basic block (U+4E00–U+9FA5) or 、. */
export function isListCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || code === 0x3001;
}

/** The whitespace of the regex class \s, as characters and as a set. */
export const WHITESPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const WHITESPACE = new CharSet(WHITESPACE_CHARS);

/**
 * Whether text[i] is the character c. Compares codes: text[i] of a character
 * past U+00FF is a new one-character string each time.
 */
export function charIs(text: string, i: number, c: string): boolean {
  return text.charCodeAt(i) === c.charCodeAt(0);
}

/** Whether `word` ends at `end` and starts at or after `bound`: a regex `word$` over text[bound, end) without the copy. */
export function endsWithin(text: string, word: string, end: number, bound: number): boolean {
  return end - word.length >= bound && text.endsWith(word, end);
}
