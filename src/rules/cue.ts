// The cue phase: which vocabulary word names what a number counts. It starts
// from the cue of the number's own phrase (cues.ts) and these rules, in this
// order, set the number aside (null), drop or re-read the cue, or find it in
// the sentence's topic or a table's header line.
import type { Metric } from '../lexicon/metrics.js';
import { cueFinder, lastWord, originFinder, scopeFinder } from '../lexicon/finders.js';
import { SO_FAR_METRICS } from '../lexicon/vocabulary.js';
import type { CueChoice, Draft, Phrase, Reading } from './draft.js';
import { cueFits, unitFits } from './cues.js';
import { CLASSIFIERS, COMMODITY } from './metric.js';
import { recentTotal } from './parents.js';
import type { Rule } from './rule.js';
import { topicCue } from './topic.js';
import { endsWithin, isOpenParenCode } from '../util/charset.js';

/** The cue chosen for a number, and what it says beyond the cue. */
export interface ChoiceRead {
  choice: CueChoice | null;
  /** where the topic or table header that names the count begins */
  topicStart: number | null;
  /** a bare 病例 or 个案 continuing the parent's count */
  continuesParent: boolean;
}

export interface CueContext {
  r: Reading;
  p: Phrase;
  parent: Draft | null;
}

type CueRule = Rule<CueContext, ChoiceRead | null>;

/** Nouns that only say "cases", whatever the count is. */
const BARE_CASES = new Set(['病例', '个案', '患者']);

const withMetric = (read: ChoiceRead, metric: Metric, more: Partial<CueChoice['cue']> = {}): ChoiceRead =>
  ({ ...read, choice: { ...read.choice!, cue: { ...read.choice!.cue, metric, ...more } } });

/** How a cue rule shows in a trace: the metric its cue names, or null for a number set aside. */
const cueRule = (rule: Omit<CueRule, 'phase' | 'when' | 'traced' | 'detail'>): CueRule => ({
  ...rule, phase: 'metric', when: 'set', traced: (v) => v?.choice?.cue.metric ?? null,
  // a rule that drops the cue leaves the number to the metric phase: the trace says so, not that the number was set aside
  detail: (_c, v) => (v === null ? undefined : v.choice ? v.choice.hit.word : 'cue dropped'),
});

const exceptionClause = cueRule({
  name: 'exception-clause',
  // 除5例普通型外: an exception, not a count; 除2份呈阳性外均为阴性 still counts the positives
  apply: ({ p }, read) => (p.exception && !(read!.choice && read!.choice.side === 'right' && read!.choice.cue.kind === 'verb') ? null : undefined),
  examples: [{ text: '现有确诊病例20例,除5例普通型外均为轻型。', figure: { value: 5 }, setAside: true }],
  negatives: [{ text: '共采集样本500份,除2份呈阳性外均为阴性。', figure: { value: 2, metric: 'cases.positive' } }],
});

const negativesNotCounted = cueRule({
  name: 'negatives-not-counted',
  // 检测结果呈阴性的207321人: counts of negatives are not figures
  apply: ({ r: { text }, p: { m, leftBound } }) => (endsWithin(text, '阴性', m.start, leftBound) || endsWithin(text, '阴性的', m.start, leftBound) ? null : undefined),
  examples: [{ text: '已出结果中,检测结果呈阴性的207321人。', figure: { value: 207321 }, setAside: true }],
  negatives: [{ text: '已出结果中,检测结果呈阳性的3人。', figure: { value: 3, metric: 'cases.positive' } }],
});

const classifierNoun = cueRule({
  name: 'classifier-counts-its-noun',
  // 划分为20个网格: the classifier counts its own noun, not the cue before it
  apply({ r: { text }, p: { m, next, nounEnd } }, read) {
    if (!CLASSIFIERS.has(m.unit)) return undefined;
    const choice = read!.choice;
    // 20个和27个网格: coordinated counts share the noun after the last one
    const coordinated = next && /^(?:和|、|或|至|到|-)$/.test(text.slice(m.end, next.start)) && next.unit === m.unit;
    const nounAfter = coordinated ? text.slice(next.end, next.end + 6) : text.slice(m.end, nounEnd);
    return (!choice || choice.side === 'left') && /^[\u4e00-\u9fff]{2}/.test(nounAfter) && !cueFits(nounAfter, m.unit) &&
      !(choice && choice.cue.metric.startsWith('supplies.') && COMMODITY.test(nounAfter)) &&
      !/^(?:以上|左右|上下|余|多)/.test(text.slice(m.unitEnd, m.unitEnd + 2)) && !/^[的为在均已是和及、]/.test(nounAfter) ? null : undefined;
  },
  examples: [{ text: '高风险区共划分为20个网格。', figure: { value: 20 }, setAside: true }],
  negatives: [{ text: '全市共有高风险区20个。', figure: { value: 20, metric: 'areas.high_risk' } }],
});

const zoneIsPlace = cueRule({
  name: 'zone-is-a-part-place',
  // 设立接驳点共608个,其中花果园封控区82个: a zone right before a part of another count is where the part is
  apply: ({ p: { m }, parent }, read) => {
    const choice = read!.choice;
    return choice && choice.side === 'left' && /^(?:封控区|管控区|防范区)$/.test(choice.hit.word) && parent && parent.unit === m.unit &&
      !parent.metric.startsWith('areas.') ? { ...read!, choice: null } : undefined;
  },
  examples: [{ text: '全区设立接驳点共608个,其中花果园封控区82个。', figure: { value: 82, region: '花果园封控区' } }],
  negatives: [{ text: '全区现有封控区82个。', figure: { value: 82, metric: 'areas.high_risk' } }],
});

const continuesParent = cueRule({
  name: 'continues-parent',
  // 病例, 个案 continue whatever the sentence counts; 境外输入病例 after 出院63例 names the kind of case,
  // not what happened to them (出院63例,60例为境外输入病例)
  apply: ({ p: { m }, parent }, read) => {
    const choice = read!.choice;
    if (!choice || choice.cue.kind !== 'generic' || !parent || !parent.metric.startsWith('cases.') || !unitFits(parent.metric, m.unit)) return undefined;
    return BARE_CASES.has(choice.hit.word) || !SO_FAR_METRICS.has(parent.metric) ? { ...withMetric(read!, parent.metric), continuesParent: true } : undefined;
  },
  examples: [{ text: '今日治愈出院63例,其中60例病例来自方舱医院。', figure: { value: 60, metric: 'cases.discharged' } }],
  negatives: [{ text: '今日出院63例,60例为境外输入病例。', figure: { value: 60, metric: 'cases.confirmed' } }],
});

/** Heads whose parts name only the kind of case they are (境外输入病例, 本土无症状感染者), not what happened. */
const KIND_NAMING_HEADS = new Set<Metric>(['cases.discharged', 'cases.released', 'cases.deaths', 'cases.hospitalized', 'cases.in_shelter']);
const PART_KEEPS = 'part-keeps-head-metric';

const partKeepsHeadMetric = cueRule({
  name: PART_KEEPS,
  // 治愈出院860例,其中境外输入病例12例、本土病例848例: the parts of a count of the discharged (released, dead,
  // in hospital) are discharged; their nouns say which kind of case they were
  apply: ({ r: { text }, p: { m }, parent }, read) => {
    const choice = read!.choice;
    if (!choice || choice.side !== 'left' || !parent || !KIND_NAMING_HEADS.has(parent.metric) || !unitFits(parent.metric, m.unit)) return undefined;
    if ((choice.cue.metric !== 'cases.confirmed' && choice.cue.metric !== 'cases.asymptomatic') || choice.cue.kind === 'verb' || choice.cue.kind === 'state') {
      return undefined;
    }
    // (530例无症状感染者解除医学观察,其中…: after the head's whole phrase)
    const between = text.slice(Math.max(parent.mention.end, Math.min(parent.end, choice.hit.start)), choice.hit.start);
    // right after the head: ,其中 or an opening parenthesis, then at most the kind of origin
    const opensParts = /^[,，]?\s*(?:其中|[(（]其中|[(（])[,，:：]?\s*(?:境外输入|输入|本土|本地)?$/.test(between);
    // …、境外输入无症状感染者4例: the next item of the same list
    const nextPart = parent.trace.some((t) => t.rule === PART_KEEPS) && /^[、,，和及][\u4e00-\u9fa5]{0,6}$/.test(between);
    return opensParts || nextPart ? { ...withMetric(read!, parent.metric), continuesParent: true } : undefined;
  },
  examples: [{ text: '9月5日0—24时,当天治愈出院860例,其中境外输入病例12例、本土病例848例。', figure: { value: 848, metric: 'cases.discharged', origin: 'local' } }],
  negatives: [{ text: '今日出院63例,60例为境外输入病例。', figure: { value: 60, metric: 'cases.confirmed' } }],
});

const kitIsGoods = cueRule({
  name: 'test-kit-is-goods',
  // 核酸检测试剂12万人份, 采样管25万支: kits and tubes are goods, not tests done
  apply: ({ r: { text } }, read) => {
    const choice = read!.choice;
    if (!choice || !choice.cue.metric.startsWith('tests.') || !/^(?:试剂|采样管|管)/.test(text.slice(choice.hit.end, choice.hit.end + 3))) return undefined;
    return { ...read!, choice: null };
  },
  examples: [{ text: '全县现有储备:抗原试剂盒40万盒、核酸检测试剂12万人份。', figure: { value: 120000, subject: '核酸检测试剂' } }],
  negatives: [{ text: '全市已完成核酸检测12万人份。', figure: { value: 120000, metric: 'tests.samples' } }],
});

const statusOfCounted = cueRule({
  name: 'status-of-counted-people',
  // 因4人皆无症状; (6名密切接触者)他们当中2人仍在住院: what is said of people already counted, or of a group
  // counted as something else, is no count of its own
  apply: ({ r: { text }, p: { m }, parent }, read) => {
    const choice = read!.choice;
    if (!choice || choice.side !== 'right' || !choice.cue.metric.startsWith('cases.')) return undefined;
    const between = text.slice(m.end, choice.hit.start);
    if (/^[皆均都]$/.test(between)) return null;
    const ofContacts = parent !== null && parent.metric.startsWith('contacts.') &&
      /(?:他们|他們)?当中|其中/.test(text.slice(parent.mention.end, m.start));
    return ofContacts ? null : undefined;
  },
  examples: [
    { text: '指挥中心表示，案801至804为移工，因4人皆无症状，未匡列接触者。', figure: { value: 4 }, setAside: true },
    { text: '院方把同房6名病人列为密切接触者，他们当中2人仍在住院，4人已经出院。', figure: { value: 2 }, setAside: true },
  ],
  negatives: [{ text: '新增本土确诊病例4例，其中2人仍在住院。', figure: { value: 2, metric: 'cases.hospitalized' } }],
});

const bareCure = cueRule({
  name: 'bare-cure-names-its-count',
  // 治愈 5 例, 其中治愈1例: a bare 治愈 names the count right after it, not a group it describes
  // (7名治癒康復者在…接受隔離); a number before it across a space (新增73例 治愈10例) never takes it
  apply: ({ r: { text }, p: { m } }, read) => {
    const choice = read!.choice;
    if (!choice || choice.hit.word !== '治愈') return undefined;
    // (2例已治愈) after the number too, when nothing follows it in the clause
    const namesThis = choice.side === 'left' ? /^\s?$/.test(text.slice(choice.hit.end, m.start))
      : /^(?:已经?|均已)?$/.test(text.slice(m.end, choice.hit.start)) && /^(?:[)）,，。;；]|$)/.test(text.slice(choice.hit.end, choice.hit.end + 1));
    return namesThis ? undefined : { ...read!, choice: null };
  },
  examples: [{ text: '另有7名治愈康复者在酒店接受隔离。', figure: { value: 7 }, setAside: true }],
  negatives: [{ text: '【全国 确诊 8214 例，疑似 13026 例，治愈 152 例，死亡 187 例】', figure: { value: 152, metric: 'cases.discharged' } }],
});

const bareGeneric = cueRule({
  name: 'bare-generic-unnamed',
  // a bare 患者 or 病例, with no parent and no scope or origin word, says nothing of which count it is
  apply: ({ r: { text, anyCluster }, p: { m, leftBound }, parent }, read) => {
    const choice = read!.choice;
    if (!choice || choice.cue.kind !== 'generic' || parent || read!.continuesParent) return undefined;
    // 健身中心群组今日多12宗个案: the cases of a named cluster or ward are counted
    if (anyCluster && /群组|病房/.test(text.slice(Math.max(0, m.start - 16), m.start))) return undefined;
    return !lastWord(scopeFinder, text, leftBound, Math.max(m.start, choice.hit.start)) &&
      !lastWord(originFinder, text, leftBound, Math.max(m.end + 4, choice.hit.start)) ? { ...read!, choice: null } : undefined;
  },
  examples: [{ text: '该医院共收治患者120人。', figure: { value: 120 }, setAside: true }],
  negatives: [{ text: '该市新增本土病例12例。', figure: { value: 12, metric: 'cases.confirmed' } }],
});

const genericOfTotal = cueRule({
  name: 'generic-is-paragraph-total',
  // 累计报告351宗阳性检测个案。201宗为本地个案: with no parent in its sentence, a bare 个案 counts what the paragraph counts
  apply: ({ r: { drafts }, p: { m, paragraph }, parent }, read) => {
    const choice = read!.choice;
    if (!choice || choice.cue.kind !== 'generic' || parent || read!.continuesParent || !BARE_CASES.has(choice.hit.word)) return undefined;
    const total = recentTotal(drafts, paragraph, true);
    return total && total.metric.startsWith('cases.') && total.metric !== choice.cue.metric && unitFits(total.metric, m.unit) &&
      !SO_FAR_METRICS.has(total.metric) ? withMetric(read!, total.metric) : undefined;
  },
  examples: [{ text: '过去14天累计报告351宗阳性检测个案。201宗为本地个案,150宗为输入个案。', figure: { value: 201, metric: 'cases.positive', origin: 'local' } }],
  negatives: [{ text: '过去14天累计报告351宗阳性检测个案,201宗为本地个案。', figure: { value: 201, metric: 'cases.positive' } }],
});

const beforeParenthesis = cueRule({
  name: 'cue-before-parenthesis',
  // 1.封控区(14个), 确诊病例(3例): a count in parentheses right after its noun counts that noun
  apply: ({ r: { text, drafts }, p: { m } }, read) => {
    if (read!.choice) return undefined;
    const open = m.start - 1;
    if (!isOpenParenCode(text.charCodeAt(open))) return undefined;
    const last = drafts[drafts.length - 1];
    for (let i = Math.max(0, open - 10); i < open; i++) {
      const hit = cueFinder.at(text, i);
      if (!hit || i + hit.word.length !== open) continue;
      // 19 095宗快速抗原测试阳性个案(13 973宗有病征…): the noun of a figure just read, whose parts the parenthesis holds
      if (last && last.mention.end <= i && !/[,，。;；:：\n]/.test(text.slice(last.mention.end, i))) return undefined;
      const cue = hit.data.find((c) => unitFits(c.metric, m.unit));
      if (cue) return { ...read!, choice: { cue, hit: { start: i, end: open, word: hit.word, data: hit.data }, side: 'left' } };
    }
    return undefined;
  },
  examples: [{ text: '本轮疫情共划定封控区(14个)、管控区(6个)。', figure: { value: 14, metric: 'areas.high_risk' } }],
  negatives: [{ text: '中心接获19 095宗快速抗原测试阳性个案(13 973宗有病征及5 122宗无症状感染)呈报。', figure: { value: 13973, subject: '有病征' } }],
});

/** The disease's name right after a count's unit, ending its phrase: 新增25例新冠肺炎. */
const DISEASE_NAME = '新冠肺炎';
const DISEASE_CASES: CueChoice['cue'] = { word: DISEASE_NAME, metric: 'cases.confirmed', kind: 'generic' };

const diseaseName = cueRule({
  name: 'disease-name-as-noun',
  // 该邮轮又新增25例新冠肺炎: the disease's name stands for its cases (never before a count: 新冠肺炎疫苗500万人),
  // unless a noun of its own follows it (25例新冠肺炎确诊病例 is read by that noun)
  apply: ({ r: { text }, p: { m } }, read) => {
    if (read!.choice || !text.startsWith(DISEASE_NAME, m.end) || !unitFits(DISEASE_CASES.metric, m.unit)) return undefined;
    const end = m.end + DISEASE_NAME.length;
    if (cueFinder.at(text, end) !== null) return undefined;
    return { ...read!, choice: { cue: DISEASE_CASES, hit: { start: m.end, end, word: DISEASE_NAME, data: [DISEASE_CASES] }, side: 'right' } };
  },
  examples: [{ text: '据日本厚生劳动省消息,停靠在横滨港的该邮轮又新增25例新冠肺炎。', figure: { value: 25, metric: 'cases.confirmed', scope: 'new' } }],
  negatives: [{ text: '截至目前,全省累计接种新冠肺炎疫苗500万人,新增确诊病例3例。', figure: { value: 3, metric: 'cases.confirmed' } }],
});

const topic = cueRule({
  name: 'topic-cue',
  // 昨日新增确诊病例中,A区、B区分别报告5例、3例; 各区新增本土确诊病例如下:\n小店区 24例: the sentence's topic
  // or the table's header line names what is counted, when the number's phrase and its parent do not
  apply: ({ r, p, parent }, read) => {
    if (read!.choice || parent) return undefined;
    const found = topicCue(r, p);
    return found ? { ...read!, choice: found.choice, topicStart: found.topicStart } : undefined;
  },
  examples: [{ text: '太原市各区新增本土确诊病例如下:\n小店区 24例\n迎泽区 5例\n', figure: { value: 24, metric: 'cases.confirmed', region: '小店区' } }],
  negatives: [{ text: '太原市新增本土确诊病例29例,小店区24例、迎泽区5例。', figure: { value: 24, metric: 'cases.confirmed', region: '小店区' } }],
});

const liftedList = cueRule({
  name: 'lifted-list',
  // 已解除高风险区15个、中风险区3个: the listed areas are lifted too
  apply: ({ r: { text }, p: { sentence }, parent }, read) => {
    const choice = read!.choice;
    return choice && choice.cue.metric.startsWith('areas.') && parent?.metric === 'areas.lifted' && parent.sentence === sentence &&
      /^[、和及]$/.test(text.slice(parent.mention.end, choice.hit.start)) ? withMetric(read!, 'areas.lifted', { kind: 'verb' }) : undefined;
  },
  examples: [{ text: '全市已解除高风险区15个、中风险区3个。', figure: { value: 3, metric: 'areas.lifted' } }],
  negatives: [{ text: '全市现有高风险区15个、中风险区3个。', figure: { value: 3, metric: 'areas.medium_risk' } }],
});

const notGoods = cueRule({
  name: 'places-are-not-goods',
  // 两个大型批发市场供应, 蔬菜品种400多个: places and kinds are not goods
  apply: ({ r: { text }, p: { m, leftBound } }, read) => {
    const choice = read!.choice;
    if (!choice || !choice.cue.metric.startsWith('supplies.') || !CLASSIFIERS.has(m.unit)) return undefined;
    const noun = choice.side === 'right' ? text.slice(m.end, choice.hit.start) : '';
    return (noun.length >= 2 && !COMMODITY.test(noun)) || /(?:品种|种类|批次|类)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start)) ? null : undefined;
  },
  examples: [{ text: '全市超市供应蔬菜品种400多个。', figure: { value: 400 }, setAside: true }],
  negatives: [{ text: '全市超市供应口罩400多个。', figure: { value: 400, metric: 'supplies.delivered' } }],
});

/** The cue phase, in the order the rules are asked. */
export const CUE_RULES: readonly CueRule[] = [
  exceptionClause, negativesNotCounted, classifierNoun, zoneIsPlace, continuesParent, partKeepsHeadMetric, kitIsGoods, statusOfCounted, bareCure, bareGeneric, genericOfTotal, diseaseName,
  beforeParenthesis, topic, liftedList, notGoods,
];
