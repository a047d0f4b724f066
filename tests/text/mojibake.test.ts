// Big5 or GBK bytes decoded upstream as Latin-1 or cp1252 (mojibake): detected,
// read as the Chinese they were, with offsets back to the text as given.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { repairMojibake, throughRepair } from '../../src/text/mojibake.js';
import { normalize, toOriginalSpan } from '../../src/text/normalize.js';
import { extract } from '../../src/pipeline.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };
/** What a reader that took the bytes of `text` in `encoding` for Latin-1 (or cp1252) makes of them. */
const garble = (text: string, encoding: string, as: 'latin1' | 'windows-1252' = 'latin1') => {
  const bytes = iconv.encode(text, encoding);
  return as === 'latin1' ? bytes.toString('latin1') : new TextDecoder('windows-1252').decode(bytes);
};

/** Card E04: Big5 taken for Latin-1, as it stands in the file. */
const E04 = '«ü´§¤¤¤ß¶g¤G«ü¥X¡A¹L¥h¤C¤Ñ¥­§¡¨C¤é·s¼W¥»¤g­Ó®×180¨Ò¡A¦º¤`12¨Ò¡C';
const E04_TEXT = '指揮中心週二指出，過去七天平均每日新增本土個案180例，死亡12例。';
const GB = '上海市新增本土确诊病例15例、无症状感染者78例，均在隔离管控中发现。';

describe('repairMojibake', () => {
  it('E04: Big5 read as Latin-1 is read as Big5', () => {
    const r = repairMojibake(E04);
    expect(r?.text).toBe(E04_TEXT);
    expect(r?.encoding).toBe('big5');
    expect(r?.warning).toMatch(/Big5/);
  });

  it('GBK read as Latin-1 (C1 controls) or as cp1252 (€, ‚, “ …) is read as GB18030', () => {
    for (const as of ['latin1', 'windows-1252'] as const) {
      const r = repairMojibake(garble(GB, 'gbk', as));
      expect(r?.text).toBe(GB);
      expect(r?.encoding).toBe('gb18030');
    }
  });

  it('a correct headline stays, the garbled body under it is repaired, line by line', () => {
    const text = `台湾新增本土病例\n${garble(E04_TEXT, 'big5')}\nCopyright © 2022 CNA`;
    expect(repairMojibake(text)?.text).toBe(`台湾新增本土病例\n${E04_TEXT}\nCopyright © 2022 CNA`);
  });

  it('every repaired character maps back to the characters it was read from', () => {
    const r = repairMojibake(E04)!;
    expect(r.starts).toHaveLength(r.text.length + 1);
    expect(r.starts[r.text.length]).toBe(E04.length);
    for (let i = 0; i < r.text.length; i++) {
      const source = E04.slice(r.starts[i], r.ends[i]);
      expect(iconv.encode(r.text[i], 'big5').toString('latin1')).toBe(source);
    }
    const at = r.text.indexOf('180例');
    expect(E04.slice(r.starts[at], r.ends[at + 3])).toBe('180¨Ò');
  });

  it('not: Latin text, Chinese text with a few Latin-1 letters, short or random runs of them', () => {
    expect(repairMojibake('Le café à Zürich coûte 3,50 € — très cher, même pour les élèves de l’école.')).toBeNull();
    expect(repairMojibake('Grüße aus Köln: Über 300 Fälle, größere Maßnahmen für Bürger und Ärzte in Düsseldorf.')).toBeNull();
    expect(repairMojibake('确诊病例3例（Müller · Café），均为境外输入。©2022 版权所有')).toBeNull();
    expect(repairMojibake('¡Hola! ¿Qué tal?')).toBeNull();
    expect(repairMojibake('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß')).toBeNull();
    expect(repairMojibake(E04_TEXT)).toBeNull();
    expect(repairMojibake('')).toBeNull();
  });
});

describe('throughRepair: offsets of the normalized repaired text in the text as given', () => {
  it('a span of the normalized text maps to the garbled characters it was read from', () => {
    const r = repairMojibake(E04)!;
    const norm = throughRepair(normalize(r.text), r);
    expect(norm.text).toBe('指挥中心周二指出,过去七天平均每日新增本土个案180例,死亡12例。');
    expect(norm.script).toBe('hant');
    const at = norm.text.indexOf('死亡12例');
    const [s, e] = toOriginalSpan(norm, at, at + 5);
    expect(E04.slice(s, e)).toBe('¦º¤`12¨Ò');
  });
});

describe('extract: card E04', () => {
  for (const [what, input] of [['text', E04], ['bytes', Buffer.from(`${E04}\n`)]] as const) {
    it(`reads the repaired text, quotes stay as given (${what})`, () => {
      const doc = extract(input, { file: 'E04-1.txt' });
      // the card checks the origin of the confirmed cases only; the deaths' origin is not stated
      expect(doc.figures.map((f) => [f.metric, f.value, f.unit, f.region === '台湾' ? null : f.region])).toEqual([
        ['cases.confirmed', 180, '例', null],
        ['cases.deaths', 12, '例', null],
      ]);
      expect(doc.figures[0].origin).toBe('local');
      const text = typeof input === 'string' ? input : input.toString('utf8');
      for (const f of doc.figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(doc.figures[1].quote).toBe('¦º¤`12¨Ò');
      expect(doc.warnings.some((w) => /Big5/.test(w))).toBe(true);
      expect(doc.script).toBe('hant');
    });
  }
});
