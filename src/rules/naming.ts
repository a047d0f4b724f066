// What a number counts: the cue word chosen from its phrase, a topic or table
// header, or the figure it breaks down, and the checks that set a number aside
// as no figure at all (除…外, negatives, classifiers counting their own noun).
import type { Cue } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';
import { CUE_RULES, type ChoiceRead } from './cue.js';
import { chooseCue } from './cues.js';
import type { Naming, Phrase, Reading } from './draft.js';
import { compile, decide } from './engine.js';
import { labelBefore } from './labels.js';
import { METRIC_RULES } from './metric.js';
import type { CountContext } from './draft.js';
import { findParent } from './parents.js';
import type { TraceEntry } from './rule.js';

const CUE = compile(CUE_RULES);
const METRIC = compile(METRIC_RULES);

/** The number's metric and how it was read, or null when the number is no figure. */
export function nameCount(r: Reading, p: Phrase, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[]): Naming | null {
  const { text, structure } = r;
  const { m, sentence, leftBound } = p;
  const parent = findParent(text, r.drafts, m, sentence, structure, r.sentenceFirst);
  const trace: TraceEntry[] = [];
  const first: ChoiceRead = { choice: chooseCue(text, m, left, right), topicStart: null, continuesParent: false };
  const read = decide(CUE, { r, p, parent }, first, trace, true);
  if (!read) {
    r.setAside.push({ mention: m, trace });
    return null;
  }
  const { choice, topicStart, continuesParent } = read;
  // the words right before the number, read once: breakdown label, quote start, 各 lists
  const label = labelBefore(text, m, leftBound);
  // 另有50宗初步确诊个案: preliminary positives, not yet confirmed
  const afterPreliminary = choice !== null && text.slice(Math.max(0, choice.hit.start - 2), choice.hit.start) === '初步';
  const context: CountContext = { r, p, parent, choice, topicStart, continuesParent, label, afterPreliminary, trace };
  // a cue the cue phase found or re-read names the metric already; the cue of the phrase, as it stands, is the metric phase's to read
  const chosen = choice !== null && trace.length > 0 ? choice.cue.metric : null;
  const metric = decide(METRIC, context, chosen, trace, true);
  if (!metric) {
    if (trace.length > 0) r.setAside.push({ mention: m, trace });
    return null;
  }
  const inherited = trace.some((t) => t.rule === 'breakdown-part');
  return { metric, choice, parent, topicStart, continuesParent, inherited, trace, label, afterPreliminary };
}
