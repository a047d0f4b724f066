// The metric phase: after the cue of a number's phrase (or its topic) names a
// metric, these rules, in this order, name a number no cue names, correct a
// cue's reading, or set the number aside as no figure (null).
import type { Metric } from '../lexicon/metrics.js';
import { PLACE_FORM } from '../lexicon/places.js';
import type { CountContext, Draft, Phrase } from './draft.js';
import type { Rule } from './rule.js';
import { unitFits } from './cues.js';
import { placeAtEnd } from './regions.js';
import { NEIGHBOUR_METRIC_RULES } from './metric-of-neighbours.js';

type MetricRule = Rule<CountContext, Metric | null>;

/** Goods that supplies figures count. */
const GOODS = ['口罩', '蔬菜', '粮', '肉', '蛋', '奶', '米', '面', '水果', '物资', '药品', '食品', '盒饭', '防护服', '消毒', '抗原', '试剂'];
/** Goods named anywhere in a noun phrase (近10万份免费蔬菜包); short words only as part of longer ones. */
const COMMODITY_IN = new RegExp([...GOODS, '食用油', '爱心菜', '菜包'].join('|'));
/** Goods opening a noun: a classifier before them still counts supplies (售出106万个口罩). */
export const COMMODITY = new RegExp(`^(?:${[...GOODS, '油', '生活', '爱心', '菜', '包', '套餐'].join('|')})`);
/** Classifiers that count the noun right after them (20个网格, 2万套系统), never a cue before them. */
export const CLASSIFIERS = new Set(['个', '处', '家', '所', '套', '间', '张', '台', '辆', '座', '批']);
/** A delivery verb opening the predicate after the goods (已陆续送达, 已全部派送到, 就迅速到位). */
const DELIVERED_AFTER = /^(?:已经|已|均|正在|将|就)?(?:陆续|全部|迅速|及时|顺利)?(?:送达|发放|配送|派送|运抵|送到|发往|到位|分发|运送)/;
/** 例 and 宗, and no unit at all (8,215COVID-19本土病例、境外移入12例): counts of cases. */
const CASE_UNITS = new Set(['例', '宗', '']);
const PEOPLE_UNITS = new Set(['人', '名']);
const FOUND_UNITS = new Set(['例', '人', '名', '宗']);

const fired = (c: CountContext, name: string) => c.trace.some((t) => t.rule === name);
const phraseWindow = (c: CountContext) => c.r.text.slice(c.p.leftBound, c.p.rightEnd);

const cueWord = (c: CountContext) => c.choice?.hit.word;

const cueBefore: MetricRule = {
  name: 'cue-before',
  phase: 'metric',
  when: 'unset',
  // 新增死亡病例12例: the vocabulary word before the number, in its clause
  apply: ({ choice, topicStart, continuesParent }) =>
    choice && choice.side === 'left' && topicStart === null && !continuesParent ? choice.cue.metric : undefined,
  detail: cueWord,
  examples: [{ text: '今日新增死亡病例12例。', figure: { value: 12, metric: 'cases.deaths' } }],
  negatives: [{ text: '今日新增12例死亡病例。', figure: { value: 12, metric: 'cases.deaths' } }],
};

const cueAfter: MetricRule = {
  name: 'cue-after',
  phase: 'metric',
  when: 'unset',
  // 新增12例死亡病例, 1723名医护人员: the noun after the number
  apply: ({ choice, topicStart, continuesParent }) =>
    choice && choice.side === 'right' && topicStart === null && !continuesParent ? choice.cue.metric : undefined,
  detail: cueWord,
  examples: [{ text: '今日新增12例死亡病例。', figure: { value: 12, metric: 'cases.deaths' } }],
  negatives: [{ text: '今日新增死亡病例12例。', figure: { value: 12, metric: 'cases.deaths' } }],
};

const foundPositive: MetricRule = {
  name: 'found-positive',
  phase: 'metric',
  when: 'unset',
  // 又发现4人, 筛查出2例: found, with nothing else named, are positives
  apply({ r: { text }, p: { m, leftBound }, parent, choice }) {
    if (choice || (parent && unitFits(parent.metric, m.unit)) || !FOUND_UNITS.has(m.unit)) return undefined;
    const before = text.slice(leftBound, m.start);
    if (!/(?:发现|筛查出|检出)[^,，。;；]{0,4}$/.test(before) || (m.unit === '人' && /检出/.test(before))) return undefined;
    return 'cases.positive';
  },
  examples: [{ text: '今日在隔离点又发现4人。', figure: { value: 4, metric: 'cases.positive' } }],
  negatives: [{ text: '本轮筛查共检出12人,均已转运。' }],
};

const roundsOfTesting: MetricRule = {
  name: 'rounds-of-testing',
  phase: 'metric',
  when: 'unset',
  // 轮 counts testing rounds whenever the sentence is about testing
  apply({ r: { text, structure }, p: { m, sentence, sentenceStart } }) {
    if (m.unit !== '轮') return undefined;
    const about = text.slice(Math.max(sentenceStart, m.start - 60), Math.min(structure.sentences[sentence + 1] ?? text.length, m.end + 60));
    return /核酸|抗原|检测|筛查|核检|核筛/.test(about) ? 'tests.rounds' : undefined;
  },
  examples: [{ text: '截至目前,全市已累计开展7轮,每轮均为全员核酸检测。', figure: { value: 7, metric: 'tests.rounds' } }],
  negatives: [{ text: '本次会议共进行3轮讨论。' }],
};

const breakdownPart: MetricRule = {
  name: 'breakdown-part',
  phase: 'metric',
  when: 'unset',
  // 其中…, 、 lists, parentheses: a number with no cue of its own is a part of the figure it breaks down
  apply({ r: { text }, p, parent, label }) {
    return parent && isPartOf(text, p, parent, label.text) ? parent.metric : undefined;
  },
  examples: [{ text: '新增本土确诊病例5例,其中浦东新区3例、徐汇区2例。', figure: { value: 3, metric: 'cases.confirmed', region: '浦东新区' } }],
  negatives: [{ text: '追踪密切接触者5000人,其中4990人为阴性。', figure: { value: 5000, metric: 'contacts.close' } }],
};

const stillObserved: MetricRule = {
  name: 'still-observed-contacts',
  phase: 'metric',
  when: 'set',
  onValues: ['contacts.released'],
  // …已解除观察1729人,尚在接受医学观察20366人: those still observed are contacts, not released ones
  apply(c, metric) {
    return metric === 'contacts.released' && fired(c, 'breakdown-part') && /尚在|正在|仍在/.test(c.label.text) ? 'contacts.close' : undefined;
  },
  examples: [{ text: '累计追踪到密切接触者5000人,已解除医学观察1729人,尚在接受医学观察3271人。', figure: { value: 3271, metric: 'contacts.close' } }],
  negatives: [{ text: '累计追踪到密切接触者5000人,已解除医学观察1729人。', figure: { value: 1729, metric: 'contacts.released' } }],
};

/** 情况稳定, 病情平稳: the condition of the people a part names, said right after its count. */
const STABLE_AFTER = /^(?:情况|病情|生命体征)(?:稳定|平稳)/;
function stableAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // (the first characters the words start with, asked before any slice)
  return (c === 0x60c5 || c === 0x75c5 || c === 0x751f) && STABLE_AFTER.test(text.slice(end, end + 6)); // 情 病 生
}

const stableRest: MetricRule = {
  name: 'stable-rest-not-counted',
  phase: 'metric',
  when: 'set',
  // 其中危殆5人、严重8人,其余287人情况稳定: the rest of a count, described as stable, is no figure of its own
  apply: ({ r: { text }, p: { m }, choice }, metric) =>
    (choice === null && stableAfter(text, m.end) && metric!.startsWith('cases.') ? null : undefined),
  examples: [{ text: '目前共有300名患者住院,其中危殆5人、严重8人,其余287人情况稳定。', figure: { value: 287 }, setAside: true }],
  negatives: [{ text: '目前共有300名患者住院,其中危殆5人病情稳定。', figure: { value: 5, metric: 'cases.critical' } }],
};

const goodsDelivered: MetricRule = {
  name: 'goods-delivered',
  phase: 'metric',
  when: 'unset',
  // 近10万份免费蔬菜包已陆续送达…, 1万份蔬菜包已全部派送到…: goods counted before the verb that delivers them
  apply({ r: { text }, p: { m, nounEnd, rightEnd }, choice }) {
    if (choice || !unitFits('supplies.delivered', m.unit) || !COMMODITY_IN.test(text.slice(m.end, nounEnd))) return undefined;
    return DELIVERED_AFTER.test(text.slice(nounEnd, rightEnd + 12).replace(/[,，。;；].*$/s, '')) ? 'supplies.delivered' : undefined;
  },
  examples: [{ text: '近10万份免费蔬菜包已陆续送达居民手中。', figure: { value: 100000, metric: 'supplies.delivered' } }],
  negatives: [{ text: '近10万份免费蔬菜包正在打包。' }],
};

const positiveFoundAsConfirmed: MetricRule = {
  name: 'confirmed-found-positive',
  phase: 'metric',
  when: 'set',
  onValues: ['cases.positive'],
  // 108例境外移入(75例为航班落地采检阳性): a part of confirmed cases said to have been found positive is still
  // confirmed; 为 describes how they were found
  apply({ r: { text }, p: { m, sentence }, parent, choice }, metric) {
    return metric === 'cases.positive' && parent?.metric === 'cases.confirmed' && parent.sentence === sentence && choice?.side === 'right' &&
      /^[为是系]/.test(text.slice(m.end, m.end + 1)) ? parent.metric : undefined;
  },
  examples: [{ text: '新增确诊病例108例,均为境外移入(75例为航班落地采检阳性)。', figure: { value: 75, metric: 'cases.confirmed' } }],
  negatives: [{ text: '新增确诊病例108例,另有75例核酸检测阳性。', figure: { value: 75, metric: 'cases.positive' } }],
};

const countOfPlaces: MetricRule = {
  name: 'count-of-places',
  phase: 'metric',
  when: 'set',
  // 全市有14个区无本地报告新增确诊病例, 3个省: a count of places, whatever the sentence goes on to count
  // (risk areas are places counted: 2个区域划定为高风险区)
  apply({ r: { text }, p: { m } }, metric) {
    return CLASSIFIERS.has(m.unit) && !metric!.startsWith('areas.') &&
      /^(?:区|县|市|省|镇|乡|村|街道|社区|国家|地区)/.test(text.slice(m.unitEnd, m.unitEnd + 4)) ? null : undefined;
  },
  examples: [{ text: '全市有14个区无本地报告新增确诊病例。', figure: { value: 14 }, setAside: true }],
  negatives: [{ text: '全市新增2个高风险区。', figure: { value: 2, metric: 'areas.high_risk' } }],
};

const samplesNotCases: MetricRule = {
  name: 'positive-samples-not-cases',
  phase: 'metric',
  when: 'set',
  // 4个阳性环境标本: positive samples are not infected people
  apply({ r: { text }, choice }, metric) {
    return metric!.startsWith('cases.') && choice?.side === 'right' &&
      /^[\u4e00-\u9fa5]{0,3}(?:标本|样本|样品)/.test(text.slice(choice.hit.end, choice.hit.end + 6)) ? null : undefined;
  },
  examples: [{ text: '市场内检出4个阳性环境标本。', figure: { value: 4 }, setAside: true }],
  negatives: [{ text: '市场内检出4个阳性病例。', figure: { value: 4, metric: 'cases.positive' } }],
};

const stocksSufficeForRounds: MetricRule = {
  name: 'stocks-suffice-not-rounds',
  phase: 'metric',
  when: 'set',
  onValues: ['tests.rounds'],
  // 储备…可满足一轮次全市核酸检测: what stocks suffice for, not rounds carried out
  apply({ r: { text }, p: { m, leftBound } }, metric) {
    return metric === 'tests.rounds' && /(?:满足|保障|足够|够)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start)) ? null : undefined;
  },
  examples: [{ text: '全市储备的采样物资可满足3轮全员核酸检测。', figure: { value: 3 }, setAside: true }],
  negatives: [{ text: '全市已完成3轮全员核酸检测。', figure: { value: 3, metric: 'tests.rounds' } }],
};

const recoveredByRelease: MetricRule = {
  name: 'cases-released-recovered',
  phase: 'metric',
  when: 'set',
  onValues: ['cases.released'],
  // 累计公布14,653位确诊个案,已有13,195人解除隔离 (Taiwan): confirmed cases released from isolation have
  // recovered; the sentence is about cases, and names no contacts and no medical observation
  apply({ r: { text, structure }, p: { sentence, sentenceStart }, choice }, metric) {
    if (metric !== 'cases.released' || choice?.hit.word !== '解除隔离') return undefined;
    return aboutCasesOnly(text.slice(sentenceStart, structure.sentences[sentence + 1] ?? text.length)) ? 'cases.discharged' : undefined;
  },
  examples: [{ text: '国内累计公布14653位确诊个案,已有13195人解除隔离。', figure: { value: 13195, metric: 'cases.discharged' } }],
  negatives: [{ text: '今日无症状感染者解除隔离医学观察12例。', figure: { value: 12, metric: 'cases.released' } }],
};

const releasedContacts: MetricRule = {
  name: 'released-are-contacts',
  phase: 'metric',
  when: 'set',
  onValues: ['cases.released'],
  // 解除医学观察 of people, or of contacts, is contacts.released
  apply(c, metric) {
    if (metric !== 'cases.released') return undefined;
    const window = phraseWindow(c);
    return /密切接触|密接/.test(window) || (PEOPLE_UNITS.has(c.p.m.unit) && !/无症状|确诊|感染者/.test(window)) ? 'contacts.released' : undefined;
  },
  examples: [{ text: '当日解除医学观察的密切接触者1706人。', figure: { value: 1706, metric: 'contacts.released' } }],
  negatives: [{ text: '当日解除医学观察无症状感染者35例。', figure: { value: 35, metric: 'cases.released' } }],
};

const contactsReleasedByVerb: MetricRule = {
  name: 'contacts-released-by-verb',
  phase: 'metric',
  when: 'set',
  onValues: ['contacts.close', 'contacts.secondary'],
  // 解离 is the short form of 解除隔离 (共解离密切接触者9667人), 解除观察 of 解除医学观察
  apply(c, metric) {
    if (metric !== 'contacts.close' && metric !== 'contacts.secondary') return undefined;
    const { text } = c.r;
    const { m, leftBound } = c.p;
    return /解除(?:隔离)?(?:医学观察|隔离|观察)|解除隔离|解离/.test(text.slice(Math.max(leftBound, m.start - 12), m.start)) &&
      !/尚在|正在/.test(phraseWindow(c)) ? 'contacts.released' : undefined;
  },
  examples: [{ text: '截至目前,共解离密切接触者9667人。', figure: { value: 9667, metric: 'contacts.released' } }],
  negatives: [{ text: '截至目前,共追踪密切接触者9667人。', figure: { value: 9667, metric: 'contacts.close' } }],
};

const releasedInPeople: MetricRule = {
  name: 'released-counted-in-people',
  phase: 'metric',
  when: 'set',
  onValues: ['contacts.released'],
  // contacts released are people: another unit counts something else
  apply({ p: { m } }, metric) {
    return metric === 'contacts.released' && !unitFits(metric, m.unit) ? null : undefined;
  },
  examples: [{ text: '当日解除医学观察的密切接触者12例。', figure: { value: 12 }, setAside: true }],
  negatives: [{ text: '当日解除医学观察的密切接触者12人。', figure: { value: 12, metric: 'contacts.released' } }],
};

/** Whether a number with no cue of its own is a part of the parent's count (其中…, 、 lists, parentheses). */
function isPartOf(text: string, p: Phrase, parent: Draft, itemLabel: string): boolean {
  const m = p.m;
  // 中九龙干线地盘多2人,累计22人确诊;将军澳蓝田隧道群组再多2宗: after cases counted in people, 例 and 宗 still count
  // cases (the other way, 24例确诊个案,…接触者共255人, the people are often another group)
  // (新北市(900): a place's count with no unit is counted in its head's unit)
  const sameUnit = parent.unit === m.unit || m.unit === '' || parent.metric.startsWith('supplies.') ||
    (CASE_UNITS.has(parent.unit) && CASE_UNITS.has(m.unit)) ||
    (parent.metric.startsWith('cases.') && PEOPLE_UNITS.has(parent.unit) && CASE_UNITS.has(m.unit)) ||
    // 阳性感染者42个病例…其中鼓楼区20例: cases counted with 个, broken down in 例
    (parent.metric.startsWith('cases.') && parent.unit === '个' && CASE_UNITS.has(m.unit)) ||
    // 14例境外移入个案,为8名男性、6名女性: cases described as people by sex
    (parent.metric.startsWith('cases.') && CASE_UNITS.has(parent.unit) && m.unit === '名' && /^[为是]?\d*名?$/.test(itemLabel) &&
      /^(?:男|女)/.test(text.slice(m.end, m.end + 1)));
  if (!sameUnit) return false;
  // 11297人为阴性: negatives are not a breakdown of the positives before them
  if (/^[为呈均]?阴性/.test(text.slice(m.end, m.end + 4))) return false;
  // 同轨迹人士6,216人 after 次密切接触者…人: another group of people, not a part of the contacts
  // (尚在接受医学观察20366人 after the contacts traced is a state of the same contacts, not another group)
  // (包括邻座乘客20人, 其中3人为同住家人: a group named as a part of the contacts is theirs)
  if (parent.metric.startsWith('contacts.') && itemLabel.length > 0 && !placeAtEnd(itemLabel) && !PLACE_FORM.test(itemLabel) &&
      !/观察|隔离/.test(itemLabel) && !parent.inherited && !/包括|其中/.test(text.slice(parent.mention.end, m.start))) return false;
  const unit = m.unit || parent.unit;
  return (unit === '' || unitFits(parent.metric, unit)) && !/^(?:除|比|较|增加|减少|超过|达到|占|总共|合计|共计|总计)/.test(itemLabel) &&
    // (疑似 10 例 (已解除 8 例): suspects ruled out are no longer suspects)
    !(parent.metric === 'cases.suspected' && /^(?:已解除|已排除|排除)/.test(itemLabel));
}

/** A sentence about cases that names no contacts and no medical observation. */
function aboutCasesOnly(sentence: string): boolean {
  return /确诊|病例|个案/.test(sentence) && !/接触|密接|观察|无症状/.test(sentence);
}

/** The metric phase, in the order the rules are asked. */
export const METRIC_RULES: readonly MetricRule[] = [
  cueBefore, cueAfter, foundPositive, roundsOfTesting, breakdownPart, stillObserved, stableRest, goodsDelivered,
  positiveFoundAsConfirmed, countOfPlaces, samplesNotCases, stocksSufficeForRounds,
  recoveredByRelease, releasedContacts, contactsReleasedByVerb, releasedInPeople, ...NEIGHBOUR_METRIC_RULES,
];

