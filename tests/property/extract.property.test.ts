// Properties of extract() over arbitrary report-like text: it never throws,
// its documents validate, every figure quotes the input exactly, values are
// finite and non-negative, and the CSV output reads back to the same fields.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../src/pipeline.js';
import { DocumentSchema, type Document } from '../../src/validate/schema.js';
import { CUES, METRIC_UNITS, ORIGIN_WORDS, SCOPE_WORDS } from '../../src/lexicon/vocabulary.js';
import { UNITS } from '../../src/read/units.js';
import { CSV_COLUMNS, csvRows, serializeDocument } from '../../src/output/writers.js';

const RUNS = Number(process.env.PRESSFIG_FC_RUNS ?? 200) || 200;
const params = { numRuns: RUNS };

// ---------------------------------------------------------------------------
// Building blocks of report-like text.

const cueWords = [...new Set(CUES.map((c) => c.word))];
const scopeWords = SCOPE_WORDS.map(([w]) => w);
const originWords = ORIGIN_WORDS.map(([w]) => w);
const units = [...UNITS, '只', '管', '支', '篇', '次', '岁', '%'];
const chineseNumerals = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '零', '〇', '廿'];
const punctuation = [',', '，', '。', '、', '(', ')', '（', '）', ':', '：', ';', '；', '?', '？', '！', '—', '-', '+', '.', '%', '【', '】', '《', '》', ' ', '\u3000'];
const dateWords = ['月', '日', '时', '至', '截至', '以来', '起', '当日', '今日', '昨日', '年', '0时至24时', '24时', '分别', '其中', '无新增', '均为', '较前一日', '除', '外', '第', '号', '线', '最近'];
const traditional = ['確診', '病例', '無症狀感染者', '累計', '個案', '輸入', '報告', '新增', '出院', '治癒', '檢測', '樣本', '隔離', '醫學觀察', '宗', '例', '萬', '億', '兩', '發(fā)布會(huì)', '會(huì)', '發(fā)'];
const pinyin = ['(fā)', '(huì)', '(bù)', '（yì）', '(qíng)', '(a)', '(zhōng)'];

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const digits = fc.stringMatching(/^[0-9]{1,6}$/);
const longDigits = fc.stringMatching(/^[0-9]{20,400}$/);
const hugeNumber = fc.oneof(
  fc.constant('9'.repeat(320)),
  fc.constant('1' + '0'.repeat(308)),
  fc.double({ min: 0, max: 1e300, noNaN: true }).map((x) => String(x)),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map((x) => x.toString()),
);
const separated = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }))
  .map(([a, rest]) => [String(a), ...rest.map((r) => String(r).padStart(3, '0'))].join(','));
const decimal = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`);
const chineseNumber = fc.array(fc.constantFrom(...chineseNumerals), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const number = fc.oneof(
  { weight: 4, arbitrary: digits },
  { weight: 2, arbitrary: separated },
  { weight: 2, arbitrary: decimal },
  { weight: 2, arbitrary: chineseNumber },
  { weight: 1, arbitrary: longDigits },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.tuple(digits, fc.constantFrom('万', '亿', '万余', '多万'), fc.option(digits)).map(([a, m, b]) => a + m + (b ?? '')) },
);

/** A number with an approximation word and a unit: 近3.2万余间, 900吨左右. */
const mention = fc.tuple(
  fc.constantFrom('', '', '近', '约', '超过', '不足', '大约'),
  number,
  fc.constantFrom('', '余', '多'),
  fc.constantFrom(...units),
  fc.constantFrom('', '', '以上', '左右', '余'),
).map((parts) => parts.join(''));

/** A statement the rules read: [scope][origin] cue N unit, or N unit cue, then a clause break. */
const statement = fc.constantFrom(...CUES).chain((cue) => fc.tuple(
  fc.constantFrom('', '', ...scopeWords),
  fc.constantFrom('', '', ...originWords),
  fc.constantFrom('', '', '近', '约', '超过'),
  number,
  fc.constantFrom(...METRIC_UNITS[cue.metric]),
  fc.constantFrom('', '', '以上', '左右'),
  fc.boolean(),
  fc.constantFrom(',', '，', '。', '、', '(', ')', '；', '\n', ''),
).map(([scope, origin, pre, n, unit, post, numberFirst, end]) =>
  (numberFirst ? `${scope}${origin}${pre}${n}${unit}${post}${cue.word}` : `${scope}${origin}${cue.word}${pre}${n}${unit}${post}`) + end));

const date = fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.constantFrom('', '0时至24时', '24时', '17时', '以来', '至12日', '、12月1日'))
  .map(([m, d, tail]) => `${m}月${d}日${tail}`);

const simplifiedFragment = fc.oneof(
  { weight: 6, arbitrary: statement },
  { weight: 5, arbitrary: fc.constantFrom(...cueWords) },
  { weight: 4, arbitrary: mention },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(...units) },
  { weight: 2, arbitrary: fc.constantFrom(...scopeWords, ...originWords) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n') },
  { weight: 2, arbitrary: fc.constantFrom(...dateWords) },
  { weight: 2, arbitrary: date },
  { weight: 2, arbitrary: cjk },
  { weight: 1, arbitrary: fc.constantFrom('小店区', '太原市', '全市', '全省', '山西省', '浦东新区', '香港') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

const mixedFragment = fc.oneof(
  { weight: 6, arbitrary: simplifiedFragment },
  { weight: 3, arbitrary: fc.constantFrom(...traditional) },
  { weight: 2, arbitrary: fc.constantFrom(...pinyin) },
);

const reportText = (fragment: fc.Arbitrary<string>) =>
  fc.array(fragment, { minLength: 0, maxLength: 80, size: 'medium' }).map((parts) => parts.join(''));

const simplifiedText = reportText(simplifiedFragment);
const mixedText = reportText(mixedFragment);

// ---------------------------------------------------------------------------

function run(text: string): Document {
  const doc = extract(text, { year: 2022, format: 'text', includeText: true });
  return doc!;
}

function checkDocument(text: string, doc: Document): void {
  expect(DocumentSchema.safeParse(doc).success).toBe(true);
  expect(doc.text).toBe(text);
  for (const f of doc.figures) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(Number.isFinite(f.value)).toBe(true);
    expect(f.value).toBeGreaterThanOrEqual(0);
  }
}

describe('extract on arbitrary report-like text', () => {
  it('never throws and validates against DocumentSchema (simplified)', () => {
    fc.assert(fc.property(simplifiedText, (text) => {
      const doc = run(text);
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
    }), params);
  });

  it('quotes are exact slices of the input; values finite and >= 0 (simplified)', () => {
    fc.assert(fc.property(simplifiedText, (text) => checkDocument(text, run(text))), params);
  });

  it('quotes are exact slices of the input with traditional script and pinyin mixed in', () => {
    fc.assert(fc.property(mixedText, (text) => checkDocument(text, run(text))), params);
  });

  it('never throws on raw bytes of the same text, nor with format detection and no year', () => {
    fc.assert(fc.property(mixedText, (text) => {
      const fromBytes = extract(new TextEncoder().encode(text));
      expect(DocumentSchema.safeParse(fromBytes).success).toBe(true);
      const detected = extract(text);
      expect(DocumentSchema.safeParse(detected).success).toBe(true);
    }), params);
  });

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      checkDocument(text, run(text));
    }), params);
  });
});

// ---------------------------------------------------------------------------
// CSV: the rows a document serializes to read back to the same fields.

/** RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || (ch === '\r' && input[i + 1] === '\n')) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

describe('CSV output round-trip', () => {
  it('the reader reads quoted fields', () => {
    expect(parseCsv('a,"b,c","d""e","f\ng"\n1,,3\n')).toEqual([['a', 'b,c', 'd"e', 'f\ng'], ['1', '', '3']]);
  });

  it('serializeDocument(csv) parses back to csvRows(doc), one row per figure', () => {
    const fileName = fc.oneof(fc.constant('-'), fc.string({ maxLength: 12 }), fc.constantFrom('a,b.txt', 'say "hi".txt', '文件\n名.txt'));
    fc.assert(fc.property(mixedText, fileName, (text, file) => {
      const doc = extract(text, { year: 2022, format: 'text', file });
      const csv = serializeDocument('csv', doc);
      const parsed = parseCsv(csv);
      const expected = csvRows(doc).map((r) => r.map(cell));
      expect(parsed).toEqual(expected);
      expect(parsed.length).toBe(Math.max(1, doc.figures.length));
      for (const row of parsed) expect(row.length).toBe(CSV_COLUMNS.length);
      doc.figures.forEach((f, i) => {
        const row = Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, parsed[i][k]]));
        expect(row.file).toBe(file);
        expect(row.quote).toBe(f.quote);
        expect(Number(row.value)).toBe(f.value);
        expect(Number(row.start)).toBe(f.start);
        expect(Number(row.end)).toBe(f.end);
        expect(row.metric).toBe(f.metric);
        expect(row.date).toBe(cell(f.date));
      });
    }), params);
  });
});

describe('numbers too large to be counts', () => {
  const inputs = [
    '确诊病例1' + '0'.repeat(308) + '例',
    '确诊病例1' + '亿'.repeat(40) + '例',
  ];
  for (const text of inputs) {
    // Beyond exact integers a number is no count: it is left out, never Infinity.
    it(`extract does not throw and keeps values finite: ${text.slice(0, 12)}… (${text.length} characters)`, () => {
      const doc = extract(text, { year: 2022 });
      for (const f of doc.figures) expect(Number.isFinite(f.value)).toBe(true);
    });
  }
});

describe('the generators reach the rules', () => {
  it('a good share of generated texts yield figures, with traditional and pinyin input too', () => {
    for (const arb of [simplifiedText, mixedText]) {
      const samples = fc.sample(arb, { numRuns: 200, seed: 42 });
      const withFigures = samples.filter((t) => extract(t, { year: 2022 }).figures.length > 0).length;
      expect(withFigures).toBeGreaterThan(samples.length / 4);
    }
  });
});
