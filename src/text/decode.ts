// Bytes -> text. Order of evidence: an explicit encoding, a byte-order mark,
// the page's own <meta charset> (first 4 KB), strict UTF-8, and finally byte
// statistics (GB18030 vs Big5 vs lossy UTF-8, scored by common characters).
import { isUtf8 } from 'node:buffer';
import { countCommonHanzi, countReplacement } from './cjk.js';
import { decodeRaw, decodeWhole, type Decoding } from './decoders.js';
import { stripNul, suspectGarbled } from './legacy.js';
import { sniffBinary, startsWith } from './sniff.js';
import { scanUtf8, utf8Warning } from './utf8.js';

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

function replacementWarning(encoding: string, n: number): string[] {
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

/** What is known of the text before it is decoded: how to read it, and what to check once it is read. */
export interface DecodePlan extends Decoding {
  warnings: string[];
  /** once the text is read: warn of U+FFFD in it (`replacement`), or of the invalid UTF-8 behind them (`utf8`) */
  check: 'replacement' | 'utf8' | null;
}

type Check = DecodePlan['check'];
const read = (encoding: string, bytes: Uint8Array, warnings: string[], check: Check = null): DecodePlan =>
  ({ encoding, bytes, verbatim: false, dropBom: true, warnings, check });
/** Well-formed UTF-8 read as it is. */
const verbatim = (bytes: Uint8Array, warnings: string[], dropBom: boolean): DecodePlan =>
  ({ encoding: 'utf-8', bytes, verbatim: true, dropBom, warnings, check: null });
const evenBytes = (bytes: Uint8Array) => (bytes.length % 2 === 1 ? bytes.subarray(0, bytes.length - 1) : bytes);

function fromUtf8Failure(bytes: Uint8Array, warnings: string[], declaredUtf8: boolean): DecodePlan {
  const prefix = declaredUtf8 ? 'the page declares charset utf-8 but has ' : '';
  const scan = scanUtf8(bytes);
  const total = scan.multibyte + scan.invalid;
  if (scan.multibyte > 0 && scan.multibyte / total >= UTF8_MOSTLY_VALID) {
    warnings.push(utf8Warning(scan, prefix));
    return read('utf-8', bytes, warnings);
  }
  const winner = best(scoreCandidates(bytes, ['utf-8', 'gb18030', 'big5']));
  const utf16 = bytes.length % 2 === 0 ? bomlessChineseUtf16(bytes) : null;
  if (utf16 && !declaredUtf8) {
    warnings.push(`no byte-order mark; read as ${utf16}`);
    return read(utf16, bytes, warnings);
  }
  if (winner.encoding === 'utf-8') {
    warnings.push(utf8Warning(scan, prefix));
    return read('utf-8', bytes, warnings);
  }
  if (declaredUtf8) warnings.push(`the page declares charset utf-8 but reads as ${winner.encoding}`);
  return read(winner.encoding, bytes, warnings, 'replacement');
}

export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): Decoded {
  const plan = planDecoding(bytes, options);
  const text = decodeWhole(plan);
  return { text, encoding: plan.encoding, warnings: warningsOnceRead(plan, bytes, plan.check ? countReplacement(text) : 0, text) };
}

/**
 * The plan's warnings and those of the text read: `replacements` is its count of U+FFFD, `head` its start
 * (at least GARBLED_SAMPLE characters, or all of it), `input` the bytes the plan was made for.
 */
export function warningsOnceRead(plan: DecodePlan, input: Uint8Array, replacements: number, head: string): string[] {
  const warnings = plan.warnings;
  if (plan.check === 'utf8' && replacements > 0) {
    const scan = scanUtf8(plan.bytes);
    if (scan.invalid > 0) warnings.push(utf8Warning(scan));
  } else if (plan.check === 'replacement') warnings.push(...replacementWarning(plan.encoding, replacements));
  // a wrong encoding reads as many replacement or private-use characters, or as rare ideographs
  const garbled = suspectGarbled(head, plan.encoding, input);
  if (garbled) warnings.push(garbled);
  return warnings;
}

/** How to read the bytes, from the evidence named at the top of this file; at most a sample of them is decoded here. */
export function planDecoding(bytes: Uint8Array, options: { encoding?: string }): DecodePlan {
  const warnings: string[] = [];
  if (bytes.length === 0) return { ...verbatim(bytes, warnings, false), encoding: options.encoding ? canonicalEncoding(options.encoding) : 'utf-8' };

  // 1. An explicit encoding wins (binary files are still refused).
  if (options.encoding) {
    const encoding = canonicalEncoding(options.encoding);
    const what = sniffBinary(bytes);
    if (what) throw new NotTextError(`not text (looks like ${what})`);
    return read(encoding, bytes, warnings, encoding === 'utf-8' ? 'utf8' : 'replacement');
  }

  // 2. Byte-order marks.
  const marked = byByteOrderMark(bytes, warnings);
  if (marked) return marked;

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
      const rest = planDecoding(stripped.bytes, options);
      rest.warnings.unshift(stripped.warning);
      return rest;
    }
    warnings.push(`no byte-order mark; read as ${utf16}`);
    return read(utf16, evenBytes(bytes), warnings);
  }

  // 4. The page's own declaration, checked against the bytes.
  const declared = sniffMetaCharset(bytes);
  const strict = isUtf8(bytes);
  if (declared && declared !== 'utf-8') return byDeclaration(bytes, declared, strict, warnings);

  // 5. Strict UTF-8.
  if (strict) return verbatim(bytes, warnings, false);

  // 6. Mostly UTF-8 with a few bad bytes, or a legacy Chinese encoding.
  return fromUtf8Failure(bytes, warnings, declared === 'utf-8');
}

/** A plan by the byte-order mark, or null when the bytes start with none (UTF-32's are checked before UTF-16's: FF FE 00 00 starts with FF FE). */
function byByteOrderMark(bytes: Uint8Array, warnings: string[]): DecodePlan | null {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-32le' : 'utf-32be';
    const whole = bytes.length - (bytes.length % 4);
    if (whole !== bytes.length) warnings.push(`${encoding} input is not a whole number of 4-byte units; the last ${bytes.length - whole} bytes were dropped`);
    return read(encoding, bytes.subarray(0, whole), warnings, 'replacement');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const rest = bytes.subarray(3);
    if (isUtf8(rest)) return verbatim(rest, warnings, false);
    const scan = scanUtf8(rest);
    scan.firstInvalid += 3;
    warnings.push(utf8Warning(scan));
    return read('utf-8', rest, warnings);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 === 1) warnings.push(`${encoding} input has an odd number of bytes; the last byte was dropped`);
    return read(encoding, evenBytes(bytes), warnings, 'replacement');
  }
  return null;
}

/** A plan by the page's declared charset (not UTF-8), checked against the bytes. */
function byDeclaration(bytes: Uint8Array, declared: string, strict: boolean, warnings: string[]): DecodePlan {
  if (strict && scanUtf8(bytes, Math.min(bytes.length, SAMPLE_BYTES)).multibyte >= 4) {
    warnings.push(`the page declares charset ${declared} but is valid UTF-8; read as UTF-8`);
    return verbatim(bytes, warnings, true);
  }
  let encoding = declared;
  if (declared === 'gb18030' || declared === 'big5') {
    const [mine, other] = scoreCandidates(bytes, declared === 'gb18030' ? ['gb18030', 'big5'] : ['big5', 'gb18030']);
    if (other.common > 1.5 * mine.common + 10 && other.replacement <= mine.replacement) {
      warnings.push(`the page declares charset ${declared} but reads as ${other.encoding}`);
      encoding = other.encoding;
    }
  }
  return read(encoding, bytes, warnings, 'replacement');
}
