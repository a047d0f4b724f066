// Metric rules that read a count against what is around it: the day's
// increase on a total and the total of the counts just listed (no noun of
// their own), infections counted the way the article counts its cases, and
// suspects the sentence goes on to say were confirmed.
import type { Metric } from '../lexicon/metrics.js';
import type { CountContext } from './draft.js';
import { lastCueBefore, unitFits } from './cues.js';
import type { Rule } from './rule.js';

type MetricRule = Rule<CountContext, Metric | null>;

/** 较前一日新增, 较昨日增加: a count compared with the day before. */
const ON_DAY_BEFORE = /较(?:前一日|前一天|上一日|昨日|昨天|上日)(?:新增|增加)$/;

/** The first cue after `from`, before `end`, that counts cases in the unit, or null. */
function nextCaseMetric(c: CountContext, from: number, end: number): Metric | null {
  const { cues } = c.r;
  for (let i = lastCueBefore(cues, from) + 1; i < cues.length && cues[i].start < end; i++) {
    const cue = cues[i].data.find((k) => k.metric.startsWith('cases.') && unitFits(k.metric, c.p.m.unit));
    if (cue) return cue.metric;
  }
  return null;
}

const changeOnDayBefore: MetricRule = {
  name: 'increase-on-day-before',
  phase: 'metric',
  when: 'unset',
  // 共确诊350例,较前一天新增90例; 当天较前一日新增41例,累计确诊达229例: the day's increase is of the total it is set against
  apply(c) {
    const { text, drafts, structure } = c.r;
    const { m, leftBound, sentence, sentenceStart } = c.p;
    if (!ON_DAY_BEFORE.test(text.slice(Math.max(leftBound, sentenceStart, m.start - 8), m.start))) return undefined;
    const before = drafts[drafts.length - 1];
    if (before && before.sentence === sentence && before.metric.startsWith('cases.')) return before.metric;
    return nextCaseMetric(c, m.end, structure.sentences[sentence + 1] ?? text.length) ?? undefined;
  },
  examples: [
    { text: '截至当地时间4日中午,西班牙共确诊350例新冠肺炎病例,较前一天新增90例。', figure: { value: 90, metric: 'cases.confirmed', scope: 'new' } },
    { text: '意大利当天较前一日新增41例,累计确诊达229例。', figure: { value: 41, metric: 'cases.confirmed', scope: 'new' } },
  ],
  negatives: [{ text: '西班牙共确诊350例,较前一天新增病例90例。', figure: { value: 90, metric: 'cases.confirmed' } }],
};

/** 总计310例, 合计: a total written after the counts it adds up. */
const TOTAL_WORD = /(?:总计|合计|共计)$/;

const totalOfCountsBefore: MetricRule = {
  name: 'total-of-counts-before',
  phase: 'metric',
  when: 'unset',
  // 今日新增270例本土个案,另校正回归40例,总计310例: a total with no noun is of the counts it adds up
  apply({ r: { text, drafts }, p: { m, sentence } }) {
    if (!TOTAL_WORD.test(text.slice(Math.max(0, m.start - 2), m.start))) return undefined;
    let metric: Metric | null = null;
    let sum = 0;
    for (let i = drafts.length - 1; i >= 0 && drafts[i].sentence === sentence; i--) {
      if (metric !== null && drafts[i].metric !== metric) return undefined;
      metric = drafts[i].metric;
      sum += drafts[i].value;
    }
    return metric !== null && sum === m.value ? metric : undefined;
  },
  examples: [{ text: '中央流行疫情指挥中心今日新增270例本土个案,另校正回归40例,总计310例。', figure: { value: 310, metric: 'cases.confirmed' } }],
  negatives: [{ text: '中央流行疫情指挥中心今日新增270例本土个案,另校正回归40例,总计320例。', figure: { value: 270, metric: 'cases.confirmed' } }],
};

/** 阳性检测本地个案, 核酸检测阳性个案: an article whose cases are positive tests. */
const COUNTS_POSITIVES = /阳性检测|阳性个案/;

const infectedAsArticleCounts: MetricRule = {
  name: 'infected-as-article-counts',
  phase: 'metric',
  when: 'set',
  onValues: ['cases.confirmed'],
  // 三名院友染疫, where the day's cases are 阳性检测个案: infections are of the kind of case the article counts
  apply: ({ r: { text }, choice }, metric) =>
    metric === 'cases.confirmed' && choice?.hit.word === '染疫' && COUNTS_POSITIVES.test(text) ? 'cases.positive' : undefined,
  examples: [{ text: '本港新增5589宗新型冠状病毒阳性检测本地个案。三间安老院共三名院友染疫。', figure: { value: 3, metric: 'cases.positive' } }],
  negatives: [{ text: '东翼B5病房再有1名病人确诊,该病房累计已有5名病人染疫。', figure: { value: 5, metric: 'cases.confirmed' } }],
};

/** 经省级专家组会诊,确认为新冠肺炎确诊病例: suspects the rest of the sentence says were confirmed. */
const CONFIRMED_AS = /^[^。；;]{0,30}?(?:确认|确诊|诊断)为[^。；;,，]{0,8}确诊病例/;

const suspectsConfirmed: MetricRule = {
  name: 'suspects-confirmed',
  phase: 'metric',
  when: 'set',
  onValues: ['cases.suspected'],
  // 我省2名疑似病例经省级专家组会诊,确认为新冠肺炎确诊病例: a narrative of a confirmation gives confirmed cases
  apply: ({ r: { text }, p: { m } }, metric) =>
    metric === 'cases.suspected' && CONFIRMED_AS.test(text.slice(m.end, m.end + 50)) ? 'cases.confirmed' : undefined,
  examples: [{ text: '2020年2月3日,我省2名疑似病例经省级专家组会诊,确认为新冠肺炎确诊病例。', figure: { value: 2, metric: 'cases.confirmed' } }],
  negatives: [{ text: '2020年2月3日,我省新增疑似病例2名,正在等待会诊。', figure: { value: 2, metric: 'cases.suspected' } }],
};

export const NEIGHBOUR_METRIC_RULES: readonly MetricRule[] = [changeOnDayBefore, totalOfCountsBefore, infectedAsArticleCounts, suspectsConfirmed];
