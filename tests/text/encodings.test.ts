// Encodings an archive holds that TextDecoder alone misreads: UTF-32, UTF-16
// without a byte-order mark, Big5 with the Hong Kong supplement, stray NUL
// bytes, and Japanese or Korean text under a Chinese label.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode.js';
import { extract } from '../../src/pipeline.js';

const HK = '香港衞生署今日公布，截至4月15日，新增確診個案43宗，其中本地個案20宗。衞生署呼籲市民保持警覺。';
const MAINLAND = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
const enc = (text: string, encoding: string) => Uint8Array.from(iconv.encode(text, encoding));
const cat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
const figures = (bytes: Uint8Array) => extract(bytes, { file: 'x' }).figures.map((f) => `${f.quote}=${f.value}`);

describe('byte-order marks and their absence', () => {
  it.each([
    ['utf-32le', [0xff, 0xfe, 0, 0], 'utf32le'],
    ['utf-32be', [0, 0, 0xfe, 0xff], 'utf32be'],
  ])('reads %s with its BOM', (name, bom, iconvName) => {
    const r = decodeBytes(cat(Uint8Array.from(bom), enc(HK, iconvName)));
    expect(r).toEqual({ text: HK, encoding: name, warnings: [] });
  });

  it('keeps a UTF-32 BOM apart from UTF-16 (FF FE 00 00 starts both)', () => {
    // U+0000 after a UTF-16LE BOM is not text; read as UTF-32, "截" stays one character
    expect(decodeBytes(cat(Uint8Array.of(0xff, 0xfe, 0, 0), enc('截至', 'utf32le'))).text).toBe('截至');
  });

  it.each(['utf-16le', 'utf-16be'])('reads Chinese %s without a BOM, with a warning saying so', (name) => {
    const r = decodeBytes(enc(HK, name.replace('-', '')));
    expect(r.text).toBe(HK);
    expect(r.encoding).toBe(name);
    expect(r.warnings).toEqual([`no byte-order mark; read as ${name}`]);
    expect(figures(enc(MAINLAND, name.replace('-', '')))).toEqual(['确诊病例43例=43', '无症状感染者120例=120']);
  });
});

describe('Big5 with the Hong Kong supplement', () => {
  it('reads 衞 (HKSCS 8F C0), which the platform decoder turns into a private-use character', () => {
    const bytes = enc(HK, 'big5hkscs');
    expect(Buffer.from(bytes).includes(Buffer.from([0x8f, 0xc0]))).toBe(true);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('big5');
    expect(r.text).toBe(HK);
    expect(r.warnings).toEqual([]);
    const doc = extract(bytes, { file: 'hk.txt', includeText: true });
    expect(doc.text!.slice(0, 5)).toBe('香港衞生署');
    expect(doc.figures.map((f) => f.value)).toEqual([43, 20]);
  });
});

describe('stray NUL bytes', () => {
  it('removes one NUL from a UTF-8 article with a warning giving its offset, and reads the figures', () => {
    const head = Buffer.from('截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，');
    const bytes = cat(head, Uint8Array.of(0), Buffer.from('无症状感染者120例。'));
    const doc = extract(bytes, { file: 'nul.txt' });
    expect(doc.warnings[0]).toBe(`1 NUL byte removed (the first at byte offset ${head.length})`);
    expect(doc.figures.map((f) => f.value)).toEqual([43, 120]);
  });

  it('still refuses binary data that has NULs and other control bytes', () => {
    const bytes = cat(Buffer.from('确诊病例'), Uint8Array.of(0, 0, 1, 2, 0, 0xff), Buffer.from('abc'));
    expect(() => decodeBytes(bytes)).toThrow(/not text \(contains NUL bytes\)/);
  });
});

describe('text in another encoding than the one it is read in', () => {
  const JA = '東京都は本日、新たに四十三人の感染者を確認したと発表しました。ワクチン接種についてのお知らせです。ほかにもいろいろな情報があります。';
  const KO = '서울시는 오늘 코로나바이러스 확진자 43명이 새로 발생했다고 발표했습니다. 방역 당국은 시민들에게 주의를 당부했습니다.';

  it('Shift_JIS without a label, and labelled GBK: a warning naming Shift_JIS', () => {
    for (const bytes of [enc(JA, 'shift_jis'), cat(Buffer.from('<meta charset="gbk">'), enc(JA, 'shift_jis'))]) {
      const r = decodeBytes(bytes);
      expect(r.warnings.join(' ')).toMatch(/reads as Shift_JIS \(Japanese\), not gb18030/);
    }
  });

  it('EUC-KR without a label, and labelled Big5: a warning naming EUC-KR', () => {
    expect(decodeBytes(enc(KO, 'euc-kr')).warnings.join(' ')).toMatch(/reads as EUC-KR \(Korean\), not gb18030/);
    const labelled = decodeBytes(cat(Buffer.from('<meta charset="big5">'), enc(KO, 'euc-kr')));
    expect(labelled.warnings.join(' ')).toMatch(/reads as EUC-KR \(Korean\), not big5/);
  });

  it('a forced wrong --encoding that leaves many replacement characters gets a warning', () => {
    const r = decodeBytes(Buffer.from(MAINLAND.repeat(3)), { encoding: 'big5' });
    expect(r.warnings.join(' ')).toMatch(/replacement or private-use characters: the input is probably not big5/);
  });

  it('real GBK and Big5 Chinese get no such warning', () => {
    expect(decodeBytes(enc(MAINLAND.repeat(3), 'gbk')).warnings).toEqual([]);
    expect(decodeBytes(enc(HK.repeat(3), 'big5hkscs')).warnings).toEqual([]);
  });
});
