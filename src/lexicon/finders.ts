// The vocabulary's word finders, built once from the tables.
import { CUES, CUE_NOT_BEFORE, ORIGIN_WORDS, SCOPE_WORDS, TEST_KINDS, type Cue } from './vocabulary.js';
import { WordFinder, type WordHit } from '../util/words.js';

export const cueFinder = (() => {
  const senses = new Map<string, Cue[]>();
  for (const c of CUES) senses.set(c.word, [...(senses.get(c.word) ?? []), c]);
  return new WordFinder<Cue[]>(senses.entries(), CUE_NOT_BEFORE);
})();
export const scopeFinder = new WordFinder(SCOPE_WORDS);
export const originFinder = new WordFinder(ORIGIN_WORDS);
export const testKindFinder = new WordFinder(TEST_KINDS.map((k) => [k, k === '核检' || k === '核筛' ? '核酸' : k] as const));

export function lastWord<T>(finder: WordFinder<T>, text: string, from: number, to: number): WordHit<T> | null {
  return finder.last(text, from, to);
}
