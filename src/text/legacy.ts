// What TextDecoder cannot do, and the checks after any decoding: Big5 with
// the Hong Kong supplement (TextDecoder maps its characters, 衞 among them, to
// private-use code points) and UTF-32 through iconv-lite; stray NUL bytes;
// text that a wrong encoding turned into replacement, private-use or rare
// characters, with the encoding it reads better in when that is Japanese or Korean.
import { createRequire } from 'node:module';
import { countCommonHanzi, countHan, countReplacement } from './cjk.js';

/** A decoder that takes the bytes a piece at a time: a character split between two pieces is read whole. */
export interface PieceDecoder {
  write(bytes: Buffer): string;
  end(): string | undefined;
}
type Iconv = {
  decode(bytes: Buffer, encoding: string, options?: { stripBOM?: boolean }): string;
  getDecoder(encoding: string, options?: { stripBOM?: boolean }): PieceDecoder;
};
let iconv: Iconv | null = null;
/** Loaded on first use: most inputs are UTF-8 and never need it. */
function iconvLite(): Iconv {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv;
}

const ICONV_NAMES: Record<string, string> = { big5: 'big5hkscs', 'utf-32le': 'utf32le', 'utf-32be': 'utf32be' };

export function isLegacyEncoding(encoding: string): boolean {
  return encoding in ICONV_NAMES;
}

/** Decode with iconv-lite (a byte-order mark is kept, as TextDecoder keeps it, for the caller to drop). */
export function decodeLegacy(encoding: string, bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconvLite().decode(buf, ICONV_NAMES[encoding], { stripBOM: false });
}

/** iconv-lite's decoder of `encoding`, for bytes given a piece at a time (a byte-order mark is kept, as by decodeLegacy). */
export function legacyDecoder(encoding: string): PieceDecoder {
  return iconvLite().getDecoder(ICONV_NAMES[encoding], { stripBOM: false });
}

/** Bytes other than NUL that text does not hold: C0 controls but tab, line feed, form feed, carriage return, escape. */
function isBinaryControl(b: number): boolean {
  return b < 0x20 && b !== 0 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

/**
 * The bytes without their NULs when there are only a few (at most 8, or one in
 * a thousand) and no other control bytes; null when the input looks binary.
 */
export function stripNul(bytes: Uint8Array): { bytes: Uint8Array; warning: string } | null {
  let nul = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (first < 0) first = i;
      nul++;
    } else if (isBinaryControl(b)) return null;
  }
  if (nul > Math.max(8, bytes.length / 1000)) return null;
  const out = new Uint8Array(bytes.length - nul);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) out[j++] = bytes[i];
  const warning = `${nul} NUL byte${nul === 1 ? '' : 's'} removed (the first at byte offset ${first})`;
  return { bytes: out, warning };
}

/** Replacement and private-use characters, in one pass. */
function countOdd(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) n++;
  }
  return n;
}

/** Kana (Japanese) and Hangul (Korean) characters. */
function countKanaHangul(text: string): { kana: number; hangul: number } {
  let kana = 0;
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++;
  }
  return { kana, hangul };
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** How much of the text (and of the bytes) is looked at for signs of a wrong encoding. */
export const GARBLED_SAMPLE = 256 * 1024;

/** A Japanese or Korean encoding the bytes read well in, or null. */
function readsAsOther(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, GARBLED_SAMPLE));
  for (const [encoding, name] of [['shift_jis', 'Shift_JIS (Japanese)'], ['euc-jp', 'EUC-JP (Japanese)'], ['euc-kr', 'EUC-KR (Korean)']]) {
    const text = new TextDecoder(encoding).decode(sample);
    const { kana, hangul } = countKanaHangul(text);
    if (countReplacement(text) > 0.01 * text.length) continue;
    // GBK's common ideographs read as Hangul in EUC-KR too; Korean also puts spaces between words
    const korean = encoding === 'euc-kr' && hangul >= 10 && hangul >= 0.3 * text.length && countSpaces(text) >= 0.08 * text.length;
    if (korean || (encoding !== 'euc-kr' && kana >= 10 && kana >= 0.2 * text.length)) return name;
  }
  return null;
}

/**
 * A warning when the decoded text looks like the wrong encoding: many U+FFFD
 * or private-use characters, or (from a legacy Chinese encoding) many
 * ideographs of which few are common ones.
 */
export function suspectGarbled(text: string, encoding: string, bytes: Uint8Array): string | null {
  const sample = text.length > GARBLED_SAMPLE ? text.slice(0, GARBLED_SAMPLE) : text;
  const odd = countOdd(sample);
  const manyOdd = odd >= 10 && odd > 0.01 * sample.length;
  const legacy = encoding === 'gb18030' || encoding === 'big5';
  // (ideographs are counted only where a legacy encoding may have misread them)
  const han = legacy ? countHan(sample) : 0;
  const rareHan = legacy && han >= 20 && countCommonHanzi(sample) < 0.12 * han;
  const other = legacy || manyOdd ? readsAsOther(bytes) : null;
  if (!manyOdd && !rareHan && !other) return null;
  const what = manyOdd
    ? `${odd} of the first ${sample.length} characters are replacement or private-use characters`
    : rareHan ? `${han} ideographs, few of them common Chinese characters` : 'and reads as text in another encoding';
  const cause = other ? `the input reads as ${other}, not ${encoding}` : `the input is probably not ${encoding} (a wrong --encoding or charset declaration?)`;
  return `read as ${encoding}, ${what}: ${cause}`;
}
