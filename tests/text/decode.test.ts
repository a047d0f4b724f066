import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NotTextError, canonicalEncoding, decodeBytes } from '../../src/text/decode.js';
import { SIMPLIFIED_ARTICLE, TRADITIONAL_ARTICLE, encodeBig5, encodeGbk, utf16 } from '../input/encoders.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 without a BOM', () => {
    const r = decodeBytes(utf8(SIMPLIFIED_ARTICLE));
    expect(r).toEqual({ text: SIMPLIFIED_ARTICLE, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeBytes(concat(hex('efbbbf'), utf8('确诊病例43例')));
    expect(r.text).toBe('确诊病例43例');
    expect(r.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with their BOMs', () => {
    const le = decodeBytes(utf16(TRADITIONAL_ARTICLE, 'le'));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(TRADITIONAL_ARTICLE);
    const be = decodeBytes(utf16(SIMPLIFIED_ARTICLE, 'be'));
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(SIMPLIFIED_ARTICLE);
    expect(decodeBytes(hex('fffe 604f 7d59')).text).toBe('你好');
    expect(decodeBytes(hex('feff 4f60 597d')).text).toBe('你好');
  });

  it('reads BOM-less UTF-16 when every other byte is NUL', () => {
    const r = decodeBytes(utf16('Daily report: 43 cases, 120 asymptomatic.', 'le', false));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe('Daily report: 43 cases, 120 asymptomatic.');
  });

  it('returns an empty text for empty input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('round-trips any UTF-8 text that is not binary-looking', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        fc.pre(!s.includes('\0') && !s.startsWith('\ufeff') && !/^(%PDF-|GIF8|PK)/.test(s));
        const r = decodeBytes(utf8(s));
        expect(r.text).toBe(s);
        expect(r.encoding).toBe('utf-8');
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeBytes: Chinese legacy encodings', () => {
  it('knows the GBK bytes of 你好 and the Big5 bytes of 你好', () => {
    expect(decodeBytes(hex('c4e3 bac3'))).toEqual({ text: '你好', encoding: 'gb18030', warnings: [] });
    expect(decodeBytes(hex('a741 a66e'))).toEqual({ text: '你好', encoding: 'big5', warnings: [] });
  });

  it('detects a GBK article as gb18030', () => {
    const r = decodeBytes(encodeGbk(SIMPLIFIED_ARTICLE));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(SIMPLIFIED_ARTICLE);
    expect(r.warnings).toEqual([]);
  });

  it('detects a Big5 article as big5', () => {
    const r = decodeBytes(encodeBig5(TRADITIONAL_ARTICLE));
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(TRADITIONAL_ARTICLE);
  });

  it('detects traditional text stored in GBK as gb18030', () => {
    const r = decodeBytes(encodeGbk(TRADITIONAL_ARTICLE));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(TRADITIONAL_ARTICLE);
  });

  it('tells GBK from Big5 for sentences of common characters', () => {
    const common = [...'的是在不了有和人中大为上个国我以要时来用们生到作地出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...common), { minLength: 12, maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(decodeBytes(encodeGbk(text))).toMatchObject({ encoding: 'gb18030', text });
      }),
      { numRuns: 100 },
    );
  });

  it('follows <meta charset> and http-equiv content-type', () => {
    const page = (meta: string, body: string) => `<html><head>${meta}<title>通知</title></head><body><p>${body}</p></body></html>`;
    const a = page('<meta charset="gb2312">', SIMPLIFIED_ARTICLE);
    expect(decodeBytes(encodeGbk(a))).toEqual({ text: a, encoding: 'gb18030', warnings: [] });
    const b = page('<meta http-equiv="Content-Type" content="text/html; charset=big5">', TRADITIONAL_ARTICLE);
    expect(decodeBytes(encodeBig5(b))).toEqual({ text: b, encoding: 'big5', warnings: [] });
    // A declaration beats the statistics: two characters that read well in either encoding.
    const c = page('<meta charset="big5">', '');
    expect(decodeBytes(concat(encodeBig5(c), hex('a741 a66e'))).encoding).toBe('big5');
  });

  it('prefers valid UTF-8 over a stale charset declaration', () => {
    const html = `<meta charset="gbk"><p>${SIMPLIFIED_ARTICLE}</p>`;
    const r = decodeBytes(utf8(html));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(html);
    expect(r.warnings.join(' ')).toMatch(/declares charset gb18030/);
  });

  it('an explicit encoding wins over detection', () => {
    const bytes = utf8('确诊');
    const r = decodeBytes(bytes, { encoding: 'GBK' });
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(new TextDecoder('gb18030').decode(bytes));
    expect(decodeBytes(hex('a741'), { encoding: 'big5-hkscs' }).encoding).toBe('big5');
    expect(() => decodeBytes(bytes, { encoding: 'no-such-encoding' })).toThrow(/unknown encoding/);
  });

  it('names encodings canonically', () => {
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('cp936')).toBe('gb18030');
    expect(canonicalEncoding('utf8')).toBe('utf-8');
    expect(canonicalEncoding('Big5')).toBe('big5');
    expect(canonicalEncoding('utf-16')).toBe('utf-16le');
  });
});

describe('decodeBytes: damaged and binary input', () => {
  it('keeps a mostly valid UTF-8 file as UTF-8 and reports the first bad byte', () => {
    const head = utf8(SIMPLIFIED_ARTICLE.repeat(4));
    const bytes = concat(head, hex('ff'), utf8('出院4例'), hex('c0'), utf8('。'));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(SIMPLIFIED_ARTICLE.repeat(4) + '\ufffd出院4例\ufffd。');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain(`byte offset ${head.length}`);
    expect(r.warnings[0]).toMatch(/\b2 invalid byte sequences\b/);
  });

  it('reports a truncated last character', () => {
    const bytes = utf8(SIMPLIFIED_ARTICLE);
    const r = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings[0]).toContain(`byte offset ${bytes.length - 3}`);
  });

  it.each([
    ['89504e470d0a1a0a0000000d49484452', /PNG image/],
    ['ffd8ffe000104a464946', /JPEG image/],
    ['474946383961010001000000', /GIF image/],
    ['504b0304140000000800', /ZIP archive/],
    ['255044462d312e370a25', /PDF document/],
    ['1f8b0800000000000003', /gzip/],
  ])('refuses binary data %s', (h, what) => {
    expect(() => decodeBytes(hex(h))).toThrow(NotTextError);
    expect(() => decodeBytes(hex(h))).toThrow(what);
    try {
      decodeBytes(hex(h));
    } catch (err) {
      expect((err as Error).message).toMatch(/^not text \(looks like /);
    }
  });

  it('refuses text with NUL bytes that is not UTF-16', () => {
    const bytes = concat(utf8('确诊病例'), hex('00 00 01 02 00 ff'), utf8('abc'));
    expect(() => decodeBytes(bytes)).toThrow(NotTextError);
    expect(() => decodeBytes(bytes)).toThrow(/NUL/);
  });
});
