// Decoding a piece at a time reads the same text as decoding the whole: a
// character whose bytes two pieces share is read whole, a byte-order mark is
// dropped only at the start, and bad bytes are replaced as in one piece.
import { describe, expect, it } from 'vitest';
import { decodeBytes, planDecoding } from '../../src/text/decode.js';
import { decodePieces, decodeWhole } from '../../src/text/decoders.js';
import { SIMPLIFIED_ARTICLE, TRADITIONAL_ARTICLE, encodeBig5, encodeGbk, utf16 } from '../input/encoders.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
const bytesOf = (...b: number[]) => Uint8Array.from(b);
const page = (charset: string, body: Uint8Array) => concat(utf8(`<html><head><meta charset="${charset}"></head><body><p>`), body);

function utf32le(text: string): Uint8Array {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => out.writeUInt32LE(p, i * 4));
  return Uint8Array.from(out);
}

// 𠀀 and 😷 take four bytes in UTF-8 and two code units in the text
const ARTICLE = `${SIMPLIFIED_ARTICLE}𠀀新增确诊病例3例😷`;

const inputs: Array<[string, Uint8Array, { encoding?: string }]> = [
  ['UTF-8', utf8(ARTICLE), {}],
  ['UTF-8 after two byte-order marks (the second one is text)', concat(bytesOf(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), utf8(ARTICLE)), {}],
  ['UTF-8 with bad bytes', concat(utf8(ARTICLE), bytesOf(0xe4, 0xb8), utf8('确诊'), bytesOf(0xff, 0xf0, 0x9f), utf8(ARTICLE)), {}],
  ['UTF-8 given as the encoding, with a bad byte', concat(utf8(ARTICLE), bytesOf(0xc3), utf8(ARTICLE)), { encoding: 'utf-8' }],
  ['UTF-16LE with a byte-order mark', utf16(ARTICLE, 'le'), {}],
  ['UTF-16BE with a byte-order mark', utf16(ARTICLE, 'be'), {}],
  ['UTF-32LE with a byte-order mark', utf32le(ARTICLE), {}],
  ['GBK declared by the page', page('gbk', encodeGbk(SIMPLIFIED_ARTICLE)), {}],
  ['Big5 declared by the page', page('big5', encodeBig5(TRADITIONAL_ARTICLE)), {}],
];

describe('decodePieces', () => {
  it.each(inputs)('%s: the pieces read as the whole, at any piece size', (_what, bytes, options) => {
    const plan = planDecoding(bytes, options);
    const whole = decodeWhole(plan);
    expect(whole).toBe(decodeBytes(bytes, options).text);
    for (const size of [1, 2, 3, 5, 64, bytes.length]) {
      const pieces = [...decodePieces(plan, size)];
      expect(pieces.join(''), `pieces of ${size} bytes`).toBe(whole);
      expect(pieces.every((p) => p.length > 0)).toBe(true);
    }
  });

  it('the text of the two byte-order marks keeps the second, in pieces as whole', () => {
    const bytes = concat(bytesOf(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), utf8('确诊'));
    expect([...decodePieces(planDecoding(bytes, {}), 1)].join('')).toBe('\ufeff确诊');
  });

  it('a bad byte at the end of the last piece is replaced once', () => {
    const bytes = concat(utf8('确诊'), bytesOf(0xe4, 0xb8));
    const plan = planDecoding(bytes, {});
    expect([...decodePieces(plan, 4)].join('')).toBe('确诊\ufffd');
  });
});
