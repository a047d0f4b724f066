// Bytes -> text. Order of evidence: an explicit encoding, a byte-order mark,
// the page's own <meta charset> (first 4 KB), strict UTF-8, and finally byte
// statistics (GB18030 vs Big5 vs lossy UTF-8, scored by common characters).
import { isUtf8 } from 'node:buffer';
import { countCommonHanzi, countReplacement } from './cjk.js';
import { decodeLegacy, isLegacyEncoding, stripNul, suspectGarbled } from './legacy.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** The input is not text (an image, an archive, a PDF, binary data). */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

/** How much of the start of the input is searched for a <meta charset>. */
const META_WINDOW = 4096;
/** How much of the input is decoded to score candidate encodings. */
const SAMPLE_BYTES = 256 * 1024;
/** Share of well-formed multi-byte sequences above which a UTF-8 file with a few bad bytes stays UTF-8. */
const UTF8_MOSTLY_VALID = 0.99;

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x50, 0x4b, 0x05, 0x06], 'a ZIP archive'],
  [[0x50, 0x4b, 0x07, 0x08], 'a ZIP archive'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz-compressed data'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd-compressed data'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an OLE document (old Office format)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** What kind of binary file the magic number says this is, or null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) return what;
  if (
    bytes.length >= 12 &&
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50
  ) {
    return 'a WebP image';
  }
  return null;
}

/**
 * The canonical name of an encoding label as reported in documents
 * (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or the WHATWG name of
 * any other supported encoding). Throws on an unknown label.
 */
const ALIASES: Record<string, string> = {
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  gb_2312: 'gbk',
  euccn: 'gbk',
  'euc-cn': 'gbk',
  cp950: 'big5',
  ms950: 'big5',
  'windows-950': 'big5',
  big5hkscs: 'big5',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

export function canonicalEncoding(label: string): string {
  let name: string;
  const key = label.trim().toLowerCase();
  // UTF-32 is not a WHATWG encoding: iconv-lite decodes it
  const utf32 = /^utf-?32(le|be)?$/.exec(key);
  if (utf32) return utf32[1] === 'be' ? 'utf-32be' : 'utf-32le';
  try {
    name = new TextDecoder(ALIASES[key] ?? key).encoding;
  } catch {
    throw new RangeError(`unknown encoding "${label}"`);
  }
  // WHATWG decodes the GBK labels (gb2312, gbk, cp936, x-gbk) with the GB18030 decoder.
  if (name === 'gbk') return 'gb18030';
  return name;
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Ill-formed sequences (each becomes one U+FFFD). */
  invalid: number;
  /** Byte offset of the first ill-formed sequence, or -1. */
  firstInvalid: number;
}

/** Count well-formed and ill-formed UTF-8 sequences (maximal-subpart rule, as TextDecoder replaces them). */
function scanUtf8(b: Uint8Array, end = b.length): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < end) {
      const d = b[j];
      if (d < lower || d > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      got++;
    }
    if (got === need) multibyte++;
    else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
    }
    i = j;
  }
  return { multibyte, invalid, firstInvalid };
}

/**
 * Strict UTF-8, or null when the bytes are not well-formed. isUtf8 and
 * Buffer#toString are several times faster than a fatal TextDecoder.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Bytes -> text in `encoding`: Big5 (as Big5-HKSCS) and UTF-32 by iconv-lite, the rest by TextDecoder. */
function decodeRaw(encoding: string, bytes: Uint8Array): string {
  return isLegacyEncoding(encoding) ? decodeLegacy(encoding, bytes) : new TextDecoder(encoding).decode(bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  let text = decodeRaw(encoding, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function utf8Warning(scan: Utf8Scan, prefix = ''): string {
  const n = scan.invalid;
  return (
    `${prefix}invalid UTF-8 at byte offset ${scan.firstInvalid}` +
    ` (${n} invalid byte sequence${n === 1 ? '' : 's'} replaced by U+FFFD)`
  );
}

function replacementWarning(encoding: string, text: string): string[] {
  const n = countReplacement(text);
  return n > 0 ? [`${n} byte sequence${n === 1 ? '' : 's'} not valid in ${encoding} replaced by U+FFFD`] : [];
}

/** charset=… inside the first <meta> tag that declares one: each tag is sliced out with indexOf, so matching stays linear. */
function metaCharset(head: string): RegExpExecArray | null {
  const lower = head.toLowerCase();
  for (let i = lower.indexOf('<meta'); i >= 0; i = lower.indexOf('<meta', i + 5)) {
    const close = lower.indexOf('>', i);
    const tag = head.slice(i, close < 0 ? head.length : close);
    const m = /charset\s*=\s*["']?([a-z0-9_.:-]+)/i.exec(tag);
    if (m) return m;
  }
  return null;
}

/** Charset declared by `<meta charset>`, `<meta http-equiv=content-type>` or an XML declaration. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_WINDOW)).toString('latin1');
  const m = metaCharset(head) ?? /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i.exec(head);
  if (!m) return null;
  try {
    const enc = canonicalEncoding(m[1]);
    // A page cannot declare UTF-16 about itself without a BOM (WHATWG: treat as UTF-8).
    return enc.startsWith('utf-16') ? 'utf-8' : enc;
  } catch {
    return null;
  }
}

interface Candidate {
  encoding: string;
  replacement: number;
  common: number;
  score: number;
}

function scoreCandidates(bytes: Uint8Array, encodings: string[]): Candidate[] {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  return encodings.map((encoding) => {
    const text = decodeRaw(encoding, sample);
    const replacement = countReplacement(text);
    const common = countCommonHanzi(text);
    return { encoding, replacement, common, score: common - 2 * replacement };
  });
}

/** The best of the candidates by score; earlier candidates win ties. */
function best(cands: Candidate[]): Candidate {
  return cands.reduce((a, b) => (b.score > a.score ? b : a));
}

/**
 * Guess UTF-16 without BOM for Chinese text, whose ideographs have no NUL
 * byte: the reading with many common characters and no broken surrogates.
 */
function bomlessChineseUtf16(bytes: Uint8Array): string | null {
  const even = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  if (even.length < 8) return null;
  for (const c of scoreCandidates(even, ['utf-16le', 'utf-16be'])) {
    const chars = even.length / 2;
    if (c.replacement <= chars * 0.001 && c.common >= Math.max(4, chars * 0.15)) return c.encoding;
  }
  return null;
}

/** Guess UTF-16 without BOM: ASCII-heavy text has NUL in every other byte. */
function sniffBomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, META_WINDOW) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const enough = Math.max(4, pairs * 0.3);
  if (oddNul >= enough && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= enough && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

function fromUtf8Failure(bytes: Uint8Array, warnings: string[], declaredUtf8: boolean): Decoded {
  const prefix = declaredUtf8 ? 'the page declares charset utf-8 but has ' : '';
  const scan = scanUtf8(bytes);
  const total = scan.multibyte + scan.invalid;
  if (scan.multibyte > 0 && scan.multibyte / total >= UTF8_MOSTLY_VALID) {
    warnings.push(utf8Warning(scan, prefix));
    return { text: decodeWith('utf-8', bytes), encoding: 'utf-8', warnings };
  }
  const winner = best(scoreCandidates(bytes, ['utf-8', 'gb18030', 'big5']));
  const utf16 = bytes.length % 2 === 0 ? bomlessChineseUtf16(bytes) : null;
  if (utf16 && !declaredUtf8) {
    warnings.push(`no byte-order mark; read as ${utf16}`);
    return { text: decodeWith(utf16, bytes), encoding: utf16, warnings };
  }
  if (winner.encoding === 'utf-8') {
    warnings.push(utf8Warning(scan, prefix));
    return { text: decodeWith('utf-8', bytes), encoding: 'utf-8', warnings };
  }
  if (declaredUtf8) warnings.push(`the page declares charset utf-8 but reads as ${winner.encoding}`);
  const text = decodeWith(winner.encoding, bytes);
  warnings.push(...replacementWarning(winner.encoding, text));
  return { text, encoding: winner.encoding, warnings };
}

export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): Decoded {
  const decoded = decodeDetected(bytes, options);
  // a wrong encoding reads as many replacement or private-use characters, or as rare ideographs
  const garbled = suspectGarbled(decoded.text, decoded.encoding, bytes);
  if (garbled) decoded.warnings.push(garbled);
  return decoded;
}

function decodeDetected(bytes: Uint8Array, options: { encoding?: string }): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) return { text: '', encoding: options.encoding ? canonicalEncoding(options.encoding) : 'utf-8', warnings };

  // 1. An explicit encoding wins (binary files are still refused).
  if (options.encoding) {
    const encoding = canonicalEncoding(options.encoding);
    const what = sniffBinary(bytes);
    if (what) throw new NotTextError(`not text (looks like ${what})`);
    const text = decodeWith(encoding, bytes);
    if (encoding === 'utf-8') {
      if (text.includes('\ufffd')) {
        const scan = scanUtf8(bytes);
        if (scan.invalid > 0) warnings.push(utf8Warning(scan));
      }
    } else {
      warnings.push(...replacementWarning(encoding, text));
    }
    return { text, encoding, warnings };
  }

  // 2. Byte-order marks (UTF-32's before UTF-16's: FF FE 00 00 starts with FF FE).
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-32le' : 'utf-32be';
    const whole = bytes.length - (bytes.length % 4);
    if (whole !== bytes.length) warnings.push(`${encoding} input is not a whole number of 4-byte units; the last ${bytes.length - whole} bytes were dropped`);
    const text = decodeWith(encoding, bytes.subarray(0, whole));
    warnings.push(...replacementWarning(encoding, text));
    return { text, encoding, warnings };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const rest = bytes.subarray(3);
    const text = strictUtf8(rest);
    if (text !== null) return { text, encoding: 'utf-8', warnings };
    const scan = scanUtf8(rest);
    scan.firstInvalid += 3;
    warnings.push(utf8Warning(scan));
    return { text: decodeWith('utf-8', rest), encoding: 'utf-8', warnings };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 === 1) warnings.push(`${encoding} input has an odd number of bytes; the last byte was dropped`);
    const text = decodeWith(encoding, bytes.length % 2 === 1 ? bytes.subarray(0, bytes.length - 1) : bytes);
    warnings.push(...replacementWarning(encoding, text));
    return { text, encoding, warnings };
  }

  // 3. Binary data.
  const what = sniffBinary(bytes);
  if (what) throw new NotTextError(`not text (looks like ${what})`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.indexOf(0) !== -1) {
    const utf16 = sniffBomlessUtf16(bytes) ?? bomlessChineseUtf16(bytes);
    if (!utf16) {
      // a few stray NUL bytes in text (a bad copy, a C string's end) are dropped; binary data is refused
      const stripped = stripNul(bytes);
      if (!stripped) throw new NotTextError('not text (contains NUL bytes)');
      const rest = decodeDetected(stripped.bytes, options);
      rest.warnings.unshift(stripped.warning);
      return rest;
    }
    warnings.push(`no byte-order mark; read as ${utf16}`);
    const text = decodeWith(utf16, bytes.length % 2 === 1 ? bytes.subarray(0, bytes.length - 1) : bytes);
    return { text, encoding: utf16, warnings };
  }

  // 4. The page's own declaration, checked against the bytes.
  const declared = sniffMetaCharset(bytes);
  const strict = strictUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    if (strict !== null && scanUtf8(bytes, Math.min(bytes.length, SAMPLE_BYTES)).multibyte >= 4) {
      warnings.push(`the page declares charset ${declared} but is valid UTF-8; read as UTF-8`);
      return { text: strict.charCodeAt(0) === 0xfeff ? strict.slice(1) : strict, encoding: 'utf-8', warnings };
    }
    let encoding = declared;
    if (declared === 'gb18030' || declared === 'big5') {
      const [mine, other] = scoreCandidates(bytes, declared === 'gb18030' ? ['gb18030', 'big5'] : ['big5', 'gb18030']);
      if (other.common > 1.5 * mine.common + 10 && other.replacement <= mine.replacement) {
        warnings.push(`the page declares charset ${declared} but reads as ${other.encoding}`);
        encoding = other.encoding;
      }
    }
    const text = decodeWith(encoding, bytes);
    warnings.push(...replacementWarning(encoding, text));
    return { text, encoding, warnings };
  }

  // 5. Strict UTF-8.
  if (strict !== null) return { text: strict, encoding: 'utf-8', warnings };

  // 6. Mostly UTF-8 with a few bad bytes, or a legacy Chinese encoding.
  return fromUtf8Failure(bytes, warnings, declared === 'utf-8');
}
