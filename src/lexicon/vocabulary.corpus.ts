// The vocabulary's example corpus: for every cue word (each sense), scope word,
// origin word, test kind and zero noun, a short bulletin sentence and the figure
// a reader takes from it for that word. A table, one example a line, in a file
// per family of metric, joined here in the order of the vocabulary.
// Expected figures are read from the sentences (SPEC.md), extracted with year 2022.
import type { VocabularyExample } from './vocabulary-corpus/example.js';
import { CASE_EXAMPLES } from './vocabulary-corpus/cases.js';
import { CONTACT_AND_TEST_EXAMPLES } from './vocabulary-corpus/contacts-tests.js';
import { SUPPLY_EXAMPLES } from './vocabulary-corpus/supplies.js';
import { RESOURCE_AND_AREA_EXAMPLES } from './vocabulary-corpus/resources-areas.js';
import { WORD_EXAMPLES } from './vocabulary-corpus/words.js';

export type { VocabularyExample };

export const VOCABULARY_EXAMPLES: readonly VocabularyExample[] = [
  ...CASE_EXAMPLES,
  ...CONTACT_AND_TEST_EXAMPLES,
  ...SUPPLY_EXAMPLES,
  ...RESOURCE_AND_AREA_EXAMPLES,
  ...WORD_EXAMPLES,
];
