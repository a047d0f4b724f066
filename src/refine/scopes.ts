// Scope and origin that only the whole article settles: a zero in words
// continues its sentence, a count within a reporting window is new, and an
// article that counts only local cases counts local cases throughout.
import { SO_FAR_METRICS } from '../lexicon/vocabulary.js';
import type { Metric } from '../lexicon/metrics.js';
import { setField } from '../rules/engine.js';
import { setAside, type DraftRefiner } from './context.js';

const ZERO_CONTINUES = 'zero-continues-sentence';
const WINDOW_NEW = 'window-is-new';
const LOCAL_ARTICLE = 'local-article';
const RESTATEMENT = 'restatement-introduces-breakdown';

/** Case counts that are events within a reporting window (new when the window is a day or period). */
const WINDOW_EVENTS = /^cases\.(?:confirmed|asymptomatic|positive|suspected|discharged|released|deaths|reclassified)$|^contacts\.released$/;
const LOCAL_BY_DEFAULT = new Set<Metric>(['cases.confirmed', 'cases.asymptomatic', 'cases.positive']);

export const zeroContinuesSentence: DraftRefiner = {
  name: ZERO_CONTINUES,
  phase: 'refine',
  // 累计治愈出院病例7338例,无死亡病例: a zero in words continues its sentence's scope and origin
  apply(_context, drafts) {
    for (let i = 1; i < drafts.length; i++) {
      const d = drafts[i];
      const prev = drafts[i - 1];
      if (d.trace[0]?.rule !== 'zero-in-words' || prev.sentence !== d.sentence || !prev.metric.startsWith('cases.')) continue;
      if (d.scope === null) setField(d, 'scope', prev.scope, ZERO_CONTINUES);
      if (d.origin === null) setField(d, 'origin', prev.origin, ZERO_CONTINUES);
      if (d.scope === 'current' && SO_FAR_METRICS.has(d.metric)) setField(d, 'scope', 'cumulative', ZERO_CONTINUES);
    }
    return drafts;
  },
  examples: [{ text: '累计治愈出院病例7338例,无死亡病例。', figure: { value: 0, metric: 'cases.deaths', scope: 'cumulative' } }],
  negatives: [{ text: '累计治愈出院病例7338例。无死亡病例。', figure: { value: 0, metric: 'cases.deaths', scope: null } }],
};

export const restatementsRemoved: DraftRefiner = {
  name: RESTATEMENT,
  phase: 'refine',
  // 31例确诊病例中,30例…: the restated figure only introduces the breakdown after it
  apply(context, drafts) {
    for (const d of drafts) if (d.hidden) setAside(context, d, RESTATEMENT);
    return drafts.filter((d) => !d.hidden);
  },
  examples: [{ text: '新增确诊病例31例。31例确诊病例中,30例为本土病例。', figure: { value: 31 }, setAside: true }],
  negatives: [{ text: '新增确诊病例31例,其中30例为本土病例。', figure: { value: 31, scope: 'new' } }],
};

const AS_OF = 'as-of-total';

/** Counts that accumulate: a total as of a time is the total reached by then. */
const ACCUMULATING = /^cases\.(?:confirmed|asymptomatic|positive|discharged|released|deaths|reclassified)$|^contacts\.|^tests\./;
/** States and stocks: as of a time, they are what there is then. */
const STANDING = /^cases\.(?:hospitalized|in_shelter|severe|critical|suspected)$|^supplies\.stock$/;

export const asOfTotal: DraftRefiner = {
  name: AS_OF,
  phase: 'refine',
  // 截至2月14日24时,吉林省报告确诊病例91例: a count as of a time with no scope word of its own is the total reached
  // (cumulative); a state or stock as of a time (截至…库存大米3万吨) is what there is then (current)
  apply(_context, drafts) {
    for (const d of drafts) {
      if (d.scope !== null || !d.asOfDate) continue;
      if (ACCUMULATING.test(d.metric)) setField(d, 'scope', 'cumulative', AS_OF);
      else if (STANDING.test(d.metric)) setField(d, 'scope', 'current', AS_OF);
    }
    return drafts;
  },
  examples: [{ text: '截至2月14日24时,吉林省报告确诊病例91例。', figure: { value: 91, scope: 'cumulative' } }],
  negatives: [{ text: '2月14日0—24时,吉林省报告确诊病例9例。', figure: { value: 9, scope: 'new' } }],
};

export const windowIsNew: DraftRefiner = {
  name: WINDOW_NEW,
  phase: 'refine',
  // 4月3日0—24时,…确诊病例5例: events counted within a reporting day or period are new
  apply(_context, drafts) {
    for (const d of drafts) if (d.scope === null && d.windowDate && WINDOW_EVENTS.test(d.metric)) setField(d, 'scope', 'new', WINDOW_NEW);
    return drafts;
  },
  examples: [{ text: '4月3日0—24时,全市报告本土确诊病例5例。', figure: { value: 5, scope: 'new' } }],
  negatives: [{ text: '截至4月3日24时,全市报告本土确诊病例5例。', figure: { value: 5 } }],
};

export const localArticle: DraftRefiner = {
  name: LOCAL_ARTICLE,
  phase: 'refine',
  // 累计报告本土确诊病例103例 … 新增确诊病例11例: an article that counts only local cases, and never
  // imported ones, counts local cases throughout
  apply({ text }, drafts) {
    if (!/本土(?:新冠肺炎)?(?:确诊|无症状|阳性)/.test(text) || /境外|输入|移入/.test(text)) return drafts;
    for (const d of drafts) if (d.origin === null && LOCAL_BY_DEFAULT.has(d.metric)) setField(d, 'origin', 'local', LOCAL_ARTICLE);
    return drafts;
  },
  examples: [{ text: '全市累计报告本土确诊病例103例。今日新增确诊病例11例。', figure: { value: 11, origin: 'local' } }],
  negatives: [{ text: '全市累计报告本土确诊病例103例,境外输入病例2例。今日新增确诊病例11例。', figure: { value: 11, origin: null } }],
};
