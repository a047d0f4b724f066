// Real articles, damaged as archives damage them (characters inserted,
// deleted, repeated, cut; zero-width and soft-hyphen characters, NULs,
// replacement characters, lone surrogates, full-width digits, stray markup),
// through extract(): it never throws, and every figure's span is valid in
// the text it refers to. PRESSFIG_FC_RUNS sets the runs per property (the
// default keeps the suite fast; the nightly size is 10 000).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { DocumentSchema, type Document } from '../../src/validate/schema.js';
import { findMentions } from '../../src/read/mentions.js';
import { parseChineseNumber } from '../../src/read/numbers.js';
import { traditionalTable } from '../../src/text/script.js';
import { normalize } from '../../src/text/normalize.js';
import { ROOT } from '../cli/run.js';

const RUNS = Number(process.env.PRESSFIG_FC_RUNS ?? 100) || 100;
const SEED = process.env.PRESSFIG_FC_SEED ? Number(process.env.PRESSFIG_FC_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
/** A run takes tens of milliseconds on a slow shared machine: the time allowed grows with the runs. */
const TIMEOUT = Math.max(30_000, RUNS * 150);

const FIXTURES = join(ROOT, 'fixtures');
/** Every fixture article: plain text and archived HTML pages. */
const articles = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f)).toString('utf8'));

/** What archives insert into numbers, dates and words. */
const NOISE = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '&shy;', '\u0000', '\ufffd', '\ud800', '\udc00', '\u0301',
  '０', '１', '９', '，', '．', '\'', '−', '-', '负', '几', '十几', '至', '~', '万', '亿', '万万', '年', '月', '日', '时',
  '2022年', '20', '\n', '\r\n', '\t', ' ', '\u3000', '<br>', '<p>', '</p>', '<script>', '&nbsp;', '&#12345;', '例', '人', '😷',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: 'binary', maxLength: 3 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 30 }), times: fc.integer({ min: 2, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
);

function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = Math.min(t.length, Math.floor(m.at * t.length));
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else if (m.kind === 'repeat') t = t.slice(0, at) + t.slice(at, at + m.length).repeat(m.times) + t.slice(at + m.length);
    else t = t.slice(0, at);
  }
  return t;
}

const mutatedArticle = fc.tuple(fc.integer({ min: 0, max: articles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([i, ms]) => mutate(articles[i], ms));

/** Every figure's span lies in the document's text and quotes it exactly. */
function checkSpans(doc: Document): void {
  expect(DocumentSchema.safeParse(doc).success).toBe(true);
  const text = doc.text!;
  for (const f of doc.figures) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(Number.isFinite(f.value)).toBe(true);
    expect(f.value).toBeGreaterThanOrEqual(0);
  }
}

/** Invisible characters an archive inserts into numbers, which the reader skips. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * The value a figure gives can be read again from its quote: a number in it (with its unit, or a bare
 * count), the middle of a range in it (about), or a zero stated in words.
 */
function rereadable(f: Document['figures'][number]): boolean {
  const quote = readable(f.quote.replace(INVISIBLE, ''));
  if (f.value === 0 && /无|没有|沒有|未有|未|零|〇/.test(quote)) return true;
  const mentions = findMentions(quote);
  if (mentions.some((m) => m.value === f.value)) return true;
  // a bare count the quote holds without the context that made it one (新北市(900) quotes 900)
  for (const run of quote.match(/\d[\d,]*(?:\.\d+)?(?:[ \u3000]\d{3})*/g) ?? []) {
    if (parseChineseNumber(run.replace(/[ \u3000,]/g, '')) === f.value) return true;
  }
  return false;
}

/** The quote as the reader reads it: simplified script, half-width digits and marks. */
function readable(quote: string): string {
  // the normalizer's own pass (marks, digits, artifacts); a short quote may not look traditional, so map it too
  const table = traditionalTable();
  let out = '';
  for (const ch of normalize(quote).text) out += ch.length === 1 && table[ch.charCodeAt(0)] ? String.fromCharCode(table[ch.charCodeAt(0)]) : ch;
  return out;
}

/** Every figure's value can be re-read from its quote. */
function checkValues(doc: Document): void {
  const unreadable = doc.figures.filter((f) => !rereadable(f)).map((f) => `${f.value} «${f.quote}»`);
  expect(unreadable).toEqual([]);
}

describe(`mutated fixture articles through extract() (${RUNS} runs per property)`, () => {
  it('every figure\'s value is re-read from its quote', () => {
    fc.assert(fc.property(mutatedArticle, (text) => {
      checkValues(extract(text, { file: 'm', year: 2022, includeText: true }));
    }), params);
  }, TIMEOUT);

  it('as text (HTML detected): no throw, every span valid', () => {
    fc.assert(fc.property(mutatedArticle, (text) => {
      checkSpans(extract(text, { file: 'm', includeText: true }));
    }), params);
  }, TIMEOUT);

  it('as bytes (encoding detected, NULs and broken UTF-8 included): no throw, every span valid', () => {
    fc.assert(fc.property(mutatedArticle, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (text, bytes) => {
      const buf = Buffer.from(text, 'utf8');
      for (const [at, b] of bytes) if (buf.length) buf[Math.min(buf.length - 1, Math.floor(at * buf.length))] = b;
      let doc: Document;
      try {
        doc = extract(buf, { file: 'm', year: 2022, includeText: true });
      } catch (err) {
        // bytes may stop being text: refused with a named reason is the one allowed failure
        expect((err as Error).name).toBe('NotTextError');
        return;
      }
      checkSpans(doc);
    }), params);
  }, TIMEOUT);
});
