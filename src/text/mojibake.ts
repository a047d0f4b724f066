// Mojibake: Big5 or GBK bytes that a reader upstream decoded as Latin-1 or
// cp1252 (`·s¼W` for 新增). When Latin-1 letters make up much of the text,
// each line is turned back into its bytes and read as Big5 or GB18030,
// whichever gives more common Chinese characters; a line is kept repaired
// when it then reads as Chinese. Every repaired character keeps the span of
// the characters it was read from, so quotes and offsets stay those of the
// text as given.
import { countCommonHanzi, countHan, isHanCode } from './cjk.js';
import { decodeLegacy } from './legacy.js';
import type { Normalized } from './normalize.js';

export interface Repaired {
  /** the text as the Chinese it was */
  text: string;
  encoding: 'big5' | 'gb18030';
  /** starts[i], ends[i]: the span of repaired character i in the text as given; starts[text.length] is its length */
  starts: Int32Array;
  ends: Int32Array;
  warning: string;
}

/** cp1252's characters for the bytes 0x80-0x9F, back to their bytes (the C1 controls of Latin-1 are bytes too). */
let cp1252: Map<number, number> | null = null;
function byteOf(c: number): number {
  if (c <= 0xff) return c;
  if (!cp1252) {
    cp1252 = new Map();
    const dec = new TextDecoder('windows-1252');
    for (let b = 0x80; b <= 0x9f; b++) cp1252.set(dec.decode(Uint8Array.of(b)).charCodeAt(0), b);
  }
  return cp1252.get(c) ?? -1;
}

/** A character that Latin-1 or cp1252 makes of a byte of a multi-byte Chinese encoding. */
const isHighLatin = (c: number) => (c >= 0x80 && c <= 0xff) || (c >= 0x152 && c <= 0x2122 && byteOf(c) >= 0);
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** CJK punctuation and full-width forms, which Chinese text decodes to beside its ideographs. */
const isCjkMark = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x2026 || c === 0x2014 || c === 0x00b7;

/** Least number of high Latin-1 characters, and their least share of the letters, for a text to be looked at. */
const MIN_HIGH = 6;
const MIN_HIGH_SHARE = 0.4;
/** Share of a repaired line's non-ASCII characters that must be Chinese. */
const MIN_CHINESE = 0.9;
/** Share of the repaired ideographs that must be common ones (a wrong reading gives rare ones). */
const MIN_COMMON = 0.25;

interface Unit {
  /** the span of the unit's bytes (one character each) in the text */
  from: number;
  to: number;
  out: string;
}

const gb18030 = new TextDecoder('gb18030');
const decoded = { big5: new Map<number, string>(), gb18030: new Map<number, string>() };

/** One character's bytes in the encoding, decoded (cached by their value). */
function decodeChar(encoding: 'big5' | 'gb18030', bytes: number[]): string {
  let key = 0;
  for (const b of bytes) key = key * 256 + b;
  const cache = decoded[encoding];
  let s = cache.get(key);
  if (s === undefined) {
    const u = Uint8Array.from(bytes);
    s = encoding === 'big5' ? decodeLegacy('big5', u) : gb18030.decode(u);
    cache.set(key, s);
  }
  return s;
}

/** How many bytes the character starting at bytes[i] takes; 0 when none can start there. */
function charLength(encoding: 'big5' | 'gb18030', bytes: number[], i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  if (b === 0xff || i + 1 >= bytes.length) return encoding === 'gb18030' && b === 0x80 ? 1 : 0;
  const t = bytes[i + 1];
  if (encoding === 'big5') return b >= 0x81 && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)) ? 2 : 0;
  if (b === 0x80) return 1; // €
  if (t >= 0x30 && t <= 0x39) {
    const ok = i + 3 < bytes.length && bytes[i + 2] >= 0x81 && bytes[i + 2] <= 0xfe && bytes[i + 3] >= 0x30 && bytes[i + 3] <= 0x39;
    return ok ? 4 : 0;
  }
  return (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe) ? 2 : 0;
}

/** The characters of text[from, to), each one byte, read in the encoding; null when some bytes form no character. */
function readRun(text: string, from: number, to: number, encoding: 'big5' | 'gb18030'): Unit[] | null {
  const bytes: number[] = [];
  for (let i = from; i < to; i++) bytes.push(byteOf(text.charCodeAt(i)));
  const units: Unit[] = [];
  for (let i = 0; i < bytes.length;) {
    const n = charLength(encoding, bytes, i);
    if (n === 0) return null;
    const out = n === 1 ? String.fromCharCode(bytes[i]) : decodeChar(encoding, bytes.slice(i, i + n));
    if (out.includes('\ufffd')) return null;
    units.push({ from: from + i, to: from + i + n, out });
    i += n;
  }
  return units;
}

/** Whether the units read as Chinese: their non-ASCII characters are ideographs and CJK punctuation. */
function readsAsChinese(units: Unit[]): boolean {
  let other = 0;
  let chinese = 0;
  for (const u of units) {
    for (let k = 0; k < u.out.length; k++) {
      const c = u.out.charCodeAt(k);
      if (c < 0x80) continue;
      if (isHanCode(c) || isCjkMark(c)) chinese++;
      else other++;
    }
  }
  return chinese > 0 && chinese >= MIN_CHINESE * (chinese + other);
}

/** The runs of a line's characters that can be bytes ([from, to) pairs), those holding a high Latin-1 character. */
function garbledRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let high = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && byteOf(c) >= 0) {
      if (start < 0) start = i;
      if (c >= 0x80) high = true;
      continue;
    }
    if (start >= 0 && high) runs.push([start, i]);
    start = -1;
    high = false;
  }
  return runs;
}

/** Two Latin-1 letters or signs of the bytes 0xA1-0xFF in a row: every Big5 or GBK text taken for Latin-1 has them. */
const HIGH_LATIN_PAIR = /[\u00a1-\u00ff]{2}/;

/** Whether enough of the text is high Latin-1 characters for it to be mojibake at all. */
function looksGarbled(text: string): boolean {
  // nearly every text has none: one native scan instead of a loop over its characters
  if (!HIGH_LATIN_PAIR.test(text)) return false;
  let high = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighLatin(c)) high++;
    else if (isAsciiLetter(c)) letters++;
  }
  return high >= MIN_HIGH && high >= MIN_HIGH_SHARE * (high + letters);
}

/** The repaired text, or null when the text is no mojibake (nearly every text: one pass over it). */
export function repairMojibake(text: string): Repaired | null {
  if (!looksGarbled(text)) return null;
  const runs = garbledRuns(text);
  let best: { encoding: 'big5' | 'gb18030'; read: Array<Unit[] | null>; common: number; han: number } | null = null;
  for (const encoding of ['big5', 'gb18030'] as const) {
    const read = runs.map(([from, to]) => {
      const units = readRun(text, from, to, encoding);
      return units && readsAsChinese(units) ? units : null;
    });
    const out = read.map((units) => (units ? units.map((u) => u.out).join('') : '')).join('');
    const common = countCommonHanzi(out);
    if (!best || common > best.common) best = { encoding, read, common, han: countHan(out) };
  }
  if (!best || best.han === 0 || best.common < MIN_COMMON * best.han) return null;
  return assemble(text, runs, best.read, best.encoding);
}

/** The text with its repaired runs in place, and the span each character came from. */
function assemble(text: string, runs: Array<[number, number]>, read: Array<Unit[] | null>, encoding: 'big5' | 'gb18030'): Repaired {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const keep = (to: number) => {
    parts.push(text.slice(at, to));
    for (let i = at; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    at = to;
  };
  runs.forEach(([from, to], k) => {
    const units = read[k];
    if (!units) return;
    keep(from);
    for (const u of units) {
      parts.push(u.out);
      for (let j = 0; j < u.out.length; j++) {
        starts.push(u.from);
        ends.push(u.to);
      }
    }
    at = to;
  });
  keep(text.length);
  starts.push(text.length);
  const name = encoding === 'big5' ? 'Big5' : 'GBK/GB18030';
  return {
    text: parts.join(''),
    encoding,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    warning: `the text is ${name} that was decoded as Latin-1 (mojibake): read as ${name}; quotes and offsets refer to the text as given`,
  };
}

/** The normalized repaired text with offsets in the text as given, not in the repaired text. */
export function throughRepair(norm: Normalized, repair: Repaired): Normalized {
  const n = norm.text.length;
  const map = new Int32Array(n + 1);
  const ends = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    map[k] = repair.starts[norm.map[k]];
    ends[k] = repair.ends[norm.map[k]];
  }
  map[n] = repair.starts[repair.text.length];
  return { ...norm, map, ends };
}
