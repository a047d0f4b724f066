// Every vocabulary word occurs in an example, and each example is read as a reader
// reads it (or is marked as a known gap that still exists).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { CUES, ORIGIN_WORDS, SCOPE_WORDS, TEST_KINDS } from '../../src/lexicon/vocabulary.js';
import { VOCABULARY_EXAMPLES, type VocabularyExample } from '../../src/lexicon/vocabulary.corpus.js';
import { ZERO_NOUNS, findZeroFigures } from '../../src/read/zero.js';
import { normalize } from '../../src/text/normalize.js';
import { traditionalTable } from '../../src/text/script.js';
import type { Figure } from '../../src/validate/schema.js';

/** A table word in traditional characters never reaches the rules: normalization writes every text in simplified ones. */
const table = traditionalTable();
const simplified = (word: string) => [...word].map((ch) => {
  const c = ch.charCodeAt(0);
  return table[c] ? String.fromCharCode(table[c]) : ch;
}).join('');

const examplesOf = (word: string) => VOCABULARY_EXAMPLES.filter((e) => e.word === word);
const label = (e: VocabularyExample) => `${e.word}: ${e.figure.metric}=${e.figure.value} «${e.text}»`;

type Want = VocabularyExample['figure'];
/** The produced figures of the example's metric and value, each cut down to the attributes it states (approx defaults to exact). */
function candidates(e: VocabularyExample): { want: Want; got: Partial<Figure>[] } {
  const want: Want = { approx: 'exact', ...e.figure };
  const keys = Object.keys(want) as Array<keyof Want>;
  const got = extract(e.text, { year: 2022 }).figures
    .filter((f) => f.metric === want.metric && f.value === want.value)
    .map((f) => Object.fromEntries(keys.map((k) => [k, f[k]])) as Partial<Figure>);
  return { want, got };
}

describe('vocabulary corpus: every word occurs in an example', () => {
  it('each example shows its word in its text (after normalization)', () => {
    const absent = VOCABULARY_EXAMPLES.filter((e) => !normalize(e.text).text.includes(e.word)).map(label);
    expect(absent).toEqual([]);
  });

  it('every sense of every cue word has an example of that metric', () => {
    const uncovered = CUES.filter((c) => !examplesOf(c.word).some((e) => e.figure.metric === c.metric))
      .map((c) => `${c.word} (${c.metric})`);
    expect(uncovered).toEqual([]);
  });

  it('every scope word has an example with its scope', () => {
    const uncovered = SCOPE_WORDS.filter(([w, scope]) => !examplesOf(w).some((e) => e.figure.scope === scope))
      .map(([w]) => w);
    expect(uncovered).toEqual([]);
  });

  it('every origin word has an example with its origin', () => {
    const uncovered = ORIGIN_WORDS.filter(([w, origin]) => !examplesOf(w).some((e) => e.figure.origin === origin)).map(([w]) => w);
    expect(uncovered).toEqual([]);
  });

  it('every test kind has a tests.* example that states its subject', () => {
    const uncovered = TEST_KINDS.filter((w) => !examplesOf(w).some((e) => e.figure.metric.startsWith('tests.') && Boolean(e.figure.subject)));
    expect(uncovered).toEqual([]);
  });

  it('each zero noun is found by findZeroFigures with its metric', () => {
    expect(ZERO_NOUNS.length).toBeGreaterThan(10);
    const misread = ZERO_NOUNS.filter(([noun, metric]) => !findZeroFigures(`无新增${noun}。`).some((h) => h.metric === metric));
    expect(misread).toEqual([]);
  });

  it('every zero noun has an example of 0 with its metric', () => {
    const uncovered = ZERO_NOUNS.filter(([noun, metric]) => !examplesOf(noun).some((e) => e.figure.value === 0 && e.figure.metric === metric))
      .map(([noun]) => noun);
    expect(uncovered).toEqual([]);
  });

  it('every table word is written in simplified characters, as normalized text is (累積 would never match)', () => {
    const words = [...CUES.map((c) => c.word), ...SCOPE_WORDS.map(([w]) => w), ...ORIGIN_WORDS.map(([w]) => w), ...TEST_KINDS];
    expect(words.filter((w) => simplified(w) !== w)).toEqual([]);
    expect(simplified('累積')).toBe('累积');
  });
});

describe('vocabulary corpus: the tool reads each example as a reader does', () => {
  const read = VOCABULARY_EXAMPLES.filter((e) => !e.known);
  it.each(read.map((e) => [label(e), e] as const))('%s', (_, e) => {
    const { want, got } = candidates(e);
    expect(got).toContainEqual(want);
  });
});

describe('vocabulary corpus: known gaps still exist (a fixed gap fails: remove its mark)', () => {
  const gaps = VOCABULARY_EXAMPLES.filter((e) => e.known);
  it.each(gaps.map((e) => [`${label(e)} (${e.known!.gap}: ${e.known!.why})`, e] as const))('%s', (_, e) => {
    const { want, got } = candidates(e);
    if (e.known!.gap === 'missing') expect(got).toEqual([]);
    else {
      expect(got.length).toBeGreaterThan(0);
      expect(got).not.toContainEqual(want);
    }
  });
});
