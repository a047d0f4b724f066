// One example of the vocabulary corpus (see ../vocabulary.corpus.ts).
import type { Metric } from '../metrics.js';

export interface VocabularyExample {
  /** the vocabulary word this example shows (as in the table, simplified) */
  word: string;
  /** a short sentence in the style of a bulletin or press release; simplified or traditional */
  text: string;
  /** the figure a reader takes from it for this word: metric and value always; unit/scope/origin/region/subject/date where the sentence settles them (null = stated as none) */
  figure: {
    metric: Metric; value: number; unit?: string; approx?: 'exact' | 'about' | 'over' | 'under';
    scope?: 'new' | 'cumulative' | 'current' | null; origin?: 'local' | 'imported' | null;
    region?: string | null; subject?: string | null; date?: string | null;
  };
  /** a known gap: the tool does not yet read this example as a reader does ('missing': no such figure; 'differs': an attribute differs), with the reason */
  known?: { gap: 'missing' | 'differs'; why: string };
}
