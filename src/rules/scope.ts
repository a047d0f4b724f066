// The scope phase: new, cumulative or current. A scope word in the number's
// phrase, else its topic's, its total's or its parent's; then what the metric
// itself says (a state is current, a count of what has happened is never).
import type { Origin, Scope } from '../lexicon/metrics.js';
import { lastWord, scopeFinder } from '../lexicon/finders.js';
import { SO_FAR_METRICS, STATE_METRICS } from '../lexicon/vocabulary.js';
import { closesTopic, startOf } from '../read/structure.js';
import type { WordHit } from '../util/words.js';
import type { Draft, Naming, Phrase, Reading, Span } from './draft.js';
import { recentTotalOf } from './parents.js';
import type { Rule } from './rule.js';

/**
 * What the attribute phases read of one named number: its phrase, its naming, its spans, and what each
 * phase reads once for its rules. One object of one shape for every figure and phase, filled as the
 * phases go, so that the rules' reads stay fast.
 */
export class PhraseContext {
  /** the last scope word of the phrase (or of the topic that names the count): scope phase */
  scopeHit: WordHit<Scope> | null = null;
  /** for a part (inherited): its label read as a place or a group: region phase */
  part: PartLabel | null = null;
  /** the figure a parenthesis holding the number follows: region phase */
  owner: Draft | null = null;
  /** the place right before the number (or before the parenthesis that holds it): region phase */
  adjacent: string | null = null;
  /** the origin the origin phase decided: region and subject phases */
  origin: Origin | null = null;
  /** the region the region phase decided: subject phase */
  region: string | null = null;

  constructor(readonly r: Reading, readonly p: Phrase, readonly n: Naming, readonly s: Span) {}
}

/** What a part's label says: a place, or else the group it counts. */
export interface PartLabel {
  region: string | null;
  subject: string | null;
}

type ScopeRule = Rule<PhraseContext, Scope | null>;

const scopeWord: ScopeRule = {
  name: 'scope-word',
  phase: 'scope',
  when: 'unset',
  apply: ({ scopeHit }) => scopeHit?.data,
  examples: [{ text: '今日新增本土确诊病例5例。', figure: { value: 5, scope: 'new' } }],
  negatives: [{ text: '本土确诊病例5例。', figure: { value: 5, scope: null } }],
};

const topicScope: ScopeRule = {
  name: 'scope-of-topic',
  phase: 'scope',
  when: 'unset',
  // 新增确诊病例中,轻型5例: the topic's scope
  apply({ r: { text }, s: { topicFrom, clauseStart } }) {
    if (!closesTopic(text, topicFrom, clauseStart)) return undefined;
    return lastWord(scopeFinder, text, topicFrom, clauseStart)?.data;
  },
  examples: [{ text: '新增确诊病例中,轻型5例,普通型3例。', figure: { value: 5, scope: 'new', subject: '轻型' } }],
  negatives: [{ text: '确诊病例中,轻型5例,普通型3例。', figure: { value: 5, scope: null } }],
};

const totalScope: ScopeRule = {
  name: 'scope-of-total',
  phase: 'scope',
  when: 'unset',
  // 累计报告确诊病例968例…死亡病例2例。其中:\n确诊病例中,长沙市228例: a topic naming a count of the
  // totals just stated breaks that total down, and has its scope
  apply({ r, p: { m }, n: { metric, topicStart } }) {
    return topicStart === null ? undefined : recentTotalOf(r.drafts, metric, m.start)?.scope ?? undefined;
  },
  examples: [{ text: '湖南省累计报告确诊病例968例,死亡病例2例。\n确诊病例中,长沙市228例。', figure: { value: 228, scope: 'cumulative', region: '长沙市' } }],
  negatives: [{ text: '湖南省报告确诊病例968例,死亡病例2例。\n确诊病例中,长沙市228例。', figure: { value: 228, scope: null } }],
};

const withinCumulative: ScopeRule = {
  name: 'scope-within-cumulative',
  phase: 'scope',
  when: 'unset',
  // 国内累计315,592例相关通报(…),其中3,139例确诊: a 其中 clause counts within the 累计 of the clause before
  apply({ r: { text, structure }, p: { sentenceStart }, n: { parent }, s: { clauseStart } }) {
    if (parent || !/^\s*(?:其中|当中)/.test(text.slice(clauseStart, clauseStart + 3)) || clauseStart <= sentenceStart) return undefined;
    const before = lastWord(scopeFinder, text, startOf(structure.clauses, clauseStart - 1), clauseStart);
    return before && before.data === 'cumulative' ? 'cumulative' : undefined;
  },
  examples: [{ text: '国内累计315592例相关通报,其中3139例确诊。', figure: { value: 3139, scope: 'cumulative', metric: 'cases.confirmed' } }],
  negatives: [{ text: '国内315592例相关通报,其中3139例确诊。', figure: { value: 3139, scope: null } }],
};

const parentScope: ScopeRule = {
  name: 'scope-of-parent',
  phase: 'scope',
  when: 'unset',
  // 新增本土确诊病例5例,其中浦东新区3例: a part has the scope of its whole
  apply: ({ n: { parent } }) => parent?.scope ?? undefined,
  examples: [{ text: '新增本土确诊病例5例,其中浦东新区3例、徐汇区2例。', figure: { value: 3, scope: 'new' } }],
  negatives: [{ text: '本土确诊病例5例,其中浦东新区3例、徐汇区2例。', figure: { value: 3, scope: null } }],
};

const stateIsCurrent: ScopeRule = {
  name: 'state-is-current',
  phase: 'scope',
  when: 'always',
  // 在院治疗, 在舱: a state now, whatever word came before
  apply: ({ n: { metric } }) => (STATE_METRICS.has(metric) ? 'current' : undefined),
  examples: [{ text: '目前在院治疗48例。', figure: { value: 48, metric: 'cases.hospitalized', scope: 'current' } }],
  negatives: [{ text: '累计治愈出院48例。', figure: { value: 48, metric: 'cases.discharged', scope: 'cumulative' } }],
};

const soFarIsCumulative: ScopeRule = {
  name: 'so-far-is-cumulative',
  phase: 'scope',
  when: 'set',
  // 现有…出院: what has happened so far is counted up to now, never a current state (共有 says nothing of it)
  apply: ({ n: { metric }, scopeHit }, scope) =>
    scope === 'current' && SO_FAR_METRICS.has(metric) ? (scopeHit && scopeHit.word === '共有' ? null : 'cumulative') : undefined,
  examples: [{ text: '目前已有1320人解除隔离,现有出院病例1300例。', figure: { value: 1300, metric: 'cases.discharged', scope: 'cumulative' } }],
  negatives: [{ text: '现有确诊病例1300例。', figure: { value: 1300, metric: 'cases.confirmed', scope: 'current' } }],
};

/** The scope phase, in the order the rules are asked. */
export const SCOPE_RULES: readonly ScopeRule[] = [
  scopeWord, topicScope, totalScope, withinCumulative, parentScope, stateIsCurrent, soFarIsCumulative,
];

/** Reads, for the scope phase, the last scope word of the phrase, or of the topic that names the count. */
export function readScopeWord(c: PhraseContext): PhraseContext {
  const { text } = c.r;
  const { m } = c.p;
  const { choice, topicStart } = c.n;
  const from = topicStart ?? Math.min(c.s.clauseStart, c.s.phraseStart);
  const to = topicStart !== null ? choice!.hit.start : Math.max(m.start, choice && choice.side === 'right' ? choice.hit.start : m.start);
  c.scopeHit = lastWord(scopeFinder, text, from, to);
  return c;
}
