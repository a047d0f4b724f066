// One pass from the decoded text to the text the rules read: traditional ->
// simplified, full-width -> half-width, flattened pinyin annotations removed
// (`發(fā)布會(huì)` -> `发布会`, and the unbracketed `确què诊zhěn` of flattened ruby
// text -> `确诊`), paragraphs broken mid-sentence by page layout
// joined. Every normalized character keeps the offset of the source character
// it came from, so figure spans can be mapped back to the original text.
import { detectScript, traditionalTable } from './script.js';
import { CharSet, isAsciiAlnumCode, isDigitCode } from '../util/charset.js';

export interface Normalized {
  /** The text the rules read. */
  text: string;
  /** map[i] = offset in the original of normalized character i; map[text.length] = original length. */
  map: Int32Array;
  script: 'hans' | 'hant';
  /** ends[i] = end in the original of normalized character i, where it was read from more than one character (mojibake); else map[i] + 1 */
  ends?: Int32Array;
}

const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

// A pinyin syllable with at least one tone mark, in half- or full-width parentheses,
// right after a CJK character: 發(fā), 會(huì). Bounded, no nested quantifiers; tried
// only at an opening parenthesis that follows a CJK character.
const PINYIN_ANNOTATION = /[(（][a-z\u00e0-\u01dc\u0144\u0148\u01f9\u1e3f]{1,7}[)）]/y;
const TONED = /[\u00e0-\u01dc\u0144\u0148\u01f9\u1e3f]/;

// Flattened ruby without brackets: a syllable of pinyin letters glued to each
// character it annotates (命mìnɡ名mínɡ为wéi). A candidate is found by one regex
// (a CJK character, then up to six pinyin letters, one of them with a tone
// mark or the script ɡ of pinyin fonts); the run is then read by hand.
/** Pinyin vowels with a tone mark (not ÷), ü, ń ň ǹ ḿ, and the script ɡ of pinyin fonts: one list for the regex and the scan. */
const TONE_MARKS = '\\u00e0-\\u00f6\\u00f8-\\u00fc\\u0101-\\u01dc\\u0144\\u0148\\u01f9\\u0261\\u1e3f';
const INLINE_PINYIN_START = new RegExp(`[\\u3400-\\u4dbf\\u4e00-\\u9fff][a-z${TONE_MARKS}]{0,5}[${TONE_MARKS}]`, 'g');
const MAX_SYLLABLE = 6;
/** The code units of TONE_MARKS, read from its ranges once. */
const TONE_MARK_SET = new CharSet([...TONE_MARKS.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)].flatMap(([, from, to]) => {
  const a = parseInt(from, 16);
  const b = to === undefined ? a : parseInt(to, 16);
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}));

const isToneMark = (c: number) => TONE_MARK_SET.has(c);
/**
 * A letter one of the two kinds of annotation needs (one of TONE_MARKS, or of
 * TONED, whose letters are in U+00E0-U+01DC or in TONE_MARKS): a text without
 * one, nearly every text, has no pinyin to remove.
 */
const ANY_TONE_MARK = new RegExp(`[${TONE_MARKS}\\u00e0-\\u01dc]`);
const isPinyinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || isToneMark(c);

/**
 * Marks runs of unbracketed syllables. A run needs at least two annotated
 * characters, the first syllable with a tone mark, so that a Latin word after
 * a character (在café) stays; inside a run a toneless syllable (的de) is taken.
 */
function markInlinePinyin(text: string, drop: Uint8Array): void {
  INLINE_PINYIN_START.lastIndex = 0;
  for (let m = INLINE_PINYIN_START.exec(text); m; m = INLINE_PINYIN_START.exec(text)) {
    const syllables: number[] = [];
    let p = m.index + 1;
    for (;;) {
      let j = p;
      while (j < text.length && j - p <= MAX_SYLLABLE && isPinyinLetter(text.charCodeAt(j))) j++;
      if (j === p || j - p > MAX_SYLLABLE || isAsciiAlnumCode(text.charCodeAt(j))) break;
      syllables.push(p, j);
      p = j;
      if (!isCjk(text.charCodeAt(j)) || !isPinyinLetter(text.charCodeAt(j + 1))) break;
      p = j + 1;
    }
    if (syllables.length >= 4) for (let k = 0; k < syllables.length; k += 2) drop.fill(1, syllables[k], syllables[k + 1]);
    INLINE_PINYIN_START.lastIndex = Math.max(p, m.index + 1);
  }
}

/** Characters that end a sentence or a heading; a line ending in one is never continued. */
const TERMINAL = new Set('。！？!?；;：:”」』）)】》…'.split('').map((c) => c.charCodeAt(0)));

/** Minimum length of a line that can have been broken by page layout (headlines are shorter). */
const MIN_BROKEN_LINE = 34;

function markPinyin(text: string, drop: Uint8Array): void {
  for (const open of ['(', '（']) {
    for (let i = text.indexOf(open, 1); i >= 0; i = text.indexOf(open, i + 1)) {
      if (!isCjk(text.charCodeAt(i - 1))) continue;
      PINYIN_ANNOTATION.lastIndex = i;
      const m = PINYIN_ANNOTATION.exec(text);
      if (m && TONED.test(m[0])) drop.fill(1, i, i + m[0].length);
    }
  }
}

/** Marks the whitespace between a long line cut mid-sentence and its continuation. */
function markBrokenLines(text: string, drop: Uint8Array): void {
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) break;
    // last non-space character of the line
    let last = lineEnd - 1;
    while (last >= lineStart && isSpace(text.charCodeAt(last))) last--;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    // the next non-empty line
    let next = lineEnd;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    // a body paragraph: long, with clause punctuation (header and byline lines have none)
    const isBody = last >= first && last - first + 1 >= MIN_BROKEN_LINE && /[，,。、；;]/.test(text.slice(first, last + 1));
    if (isBody && next < n) {
      const endCh = text.charCodeAt(last);
      const nextCh = text.charCodeAt(next);
      // the continuation is not indented: it starts right after a newline
      const indent = text.charCodeAt(next - 1) !== 0x0a;
      // a hard wrap may also fall between a number and its unit (新北市413\n例)
      const digitEnd = isDigitCode(endCh);
      if (!TERMINAL.has(endCh) && (isCjk(endCh) || endCh === 0x3001 || endCh === 0xff0c || endCh === 0x2c || (digitEnd && isCjk(nextCh))) &&
          (isCjk(nextCh) || isDigitCode(nextCh)) && !indent) {
        drop.fill(1, last + 1, next);
      }
    }
    // the lines between are blank: continue at the line holding the next text
    const nextLine = next < n ? text.lastIndexOf('\n', next) + 1 : n;
    lineStart = Math.max(lineEnd + 1, nextLine);
  }
}

// A date with spaces between its parts (re-hosted pages): 3 月 31 日 0 — 24 时,
// 2022 年 4 月 1 日, 4 月 3 日 至 12 日. Bounded repeats only; the spaces inside a
// match are dropped, so the dates read as written without them.
const SP = '[ \\u3000\\u00a0\\u2009\\u202f]{0,2}';
const TO = '[—–\\-~～至到]';
const SPACED_DATE = new RegExp(
  `(?:\\d{4}${SP}年${SP})?\\d{1,2}${SP}月${SP}\\d{1,2}${SP}日` +
  `(?:${SP}\\d{1,2}${SP}(?:时|点)?${SP}${TO}${SP}\\d{1,2}${SP}(?:时|点)|${SP}\\d{1,2}${SP}(?:时|点)|${SP}${TO}${SP}(?:\\d{1,2}${SP}月${SP})?\\d{1,2}${SP}日)?`,
  'g');
/** A space beside a month or day character: the only texts that can hold a spaced date. */
const MAYBE_SPACED_DATE = /[\d][ \u3000\u00a0\u2009\u202f]{1,2}[年月日]|[年月日][ \u3000\u00a0\u2009\u202f]{1,2}\d/;

/** Marks the spaces inside date expressions. */
function markSpacedDates(text: string, drop: Uint8Array): void {
  if (!MAYBE_SPACED_DATE.test(text)) return;
  SPACED_DATE.lastIndex = 0;
  for (let m = SPACED_DATE.exec(text); m; m = SPACED_DATE.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (isInlineSpace(text.charCodeAt(i))) drop[i] = 1;
  }
}

const isInlineSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x2009 || c === 0x202f;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
}

function mapChar(c: number, trad: Uint16Array | null): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007) return 0x20;
  if (c === 0xfe52) return 0x2e; // ﹒, a small full stop used as the decimal point (118﹒6万)
  if (trad !== null && c >= 0x3400) {
    const s = trad[c];
    if (s !== 0) return s;
  }
  return c;
}

/**
 * Invisible format characters (zero-width space, non-joiner and joiner, word
 * joiner, a byte-order mark inside the text, soft hyphen): they carry nothing
 * a reader sees, and inside a number (`1\u200b2`, `1\u00ad5`) they would split it.
 * The rules read the text without them; a quote still spans them.
 */
const INVISIBLE = new CharSet('\u200b\u200c\u200d\u2060\ufeff\u00ad');

export function normalize(original: string): Normalized {
  const script = detectScript(original);
  const trad = script === 'hant' ? traditionalTable() : null;
  const n = original.length;
  const drop = new Uint8Array(n);
  if (ANY_TONE_MARK.test(original)) {
    markPinyin(original, drop);
    markInlinePinyin(original, drop);
  }
  markBrokenLines(original, drop);
  markSpacedDates(original, drop);
  const buf = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (drop[i] || INVISIBLE.has(c)) continue;
    buf[k] = mapChar(c, trad);
    map[k] = i;
    k++;
  }
  map[k] = n;
  const text = decodeUtf16(buf.subarray(0, k));
  return { text, map: k === n ? map : map.slice(0, k + 1), script };
}

const utf16 = new TextDecoder('utf-16le');
function decodeUtf16(units: Uint16Array): string {
  return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
}

/** Maps a half-open span of the normalized text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): [number, number] {
  return [norm.map[start], norm.ends ? norm.ends[end - 1] : norm.map[end - 1] + 1];
}
