// The subject phase: what exactly a figure counts, in the text's words. A
// part's group label, a topic's label, the class, goods, zone or kind of site
// its cue names, else what its phrase says (rules/subjects.ts).
import { PLACE_FORM } from '../lexicon/places.js';
import { startOf } from '../read/structure.js';
import { charIs, CharSet } from '../util/charset.js';
import { placeAtEnd } from './regions.js';
import { importedFrom } from './region.js';
import type { PhraseContext } from './scope.js';
import type { Rule } from './rule.js';
import { cleanSubject, cutAtFirst, stripWords } from './subjects.js';
import { PHRASE_SUBJECT_RULES } from './subject-of-phrase.js';
import { clusterSubject, GROUP_SUBJECT_RULES } from './subject-of-group.js';


type SubjectRule = Rule<PhraseContext, string | null>;

const SEVERITY_CLASS = new Set(['轻型', '普通型', '轻症']);

const importCountrySubject: SubjectRule = {
  name: 'subject-of-import-country',
  phase: 'subject',
  when: 'unset',
  // 来自美国3例, 菲律宾(8例) after 境外移入: imported cases are named by the country they came from
  apply: (c) => (c.region === null && c.r.anyAbroad ? importedFrom(c) ?? undefined : undefined),
  examples: [{ text: '新增治愈出院12例,其中来自加拿大4例,来自韩国2例。', figure: { value: 4, subject: '加拿大', region: null } }],
  negatives: [{ text: '全国新增确诊病例30例。国际间累计确诊病例8233例,以韩国3736例、意大利1577例为多。', figure: { value: 1577, region: '意大利', subject: null } }],
};

const partGroup: SubjectRule = {
  name: 'subject-of-part-label',
  phase: 'subject',
  when: 'unset',
  // 确诊病例20例,其中男性12例: a part's label that names no place names its group
  apply: ({ part }) => part?.subject ?? undefined,
  examples: [{ text: '新增确诊病例20例,其中男性12例、女性8例。', figure: { value: 12, subject: '男性' } }],
  negatives: [{ text: '上海市新增确诊病例20例,其中浦东新区12例、徐汇区8例。', figure: { value: 12, subject: null } }],
};

const parentGroupByPlace: SubjectRule = {
  name: 'subject-of-parent',
  phase: 'subject',
  when: 'unset',
  // 阳性混管17份,其中16份来自同安: a part by place is still of what the whole counts
  apply: ({ n: { parent }, part }) => {
    if (!part || !parent?.subject || part.subject) return undefined;
    return part.region || parent.region ? parent.subject : undefined;
  },
  examples: [{ text: '天津市共发现混管阳性14管(西青区8管、津南区6管)。', figure: { value: 8, region: '西青区', subject: '混管' } }],
  negatives: [{ text: '天津市共发现阳性14例(西青区8例、津南区6例)。', figure: { value: 8, region: '西青区', subject: null } }],
};

const topicLabel: SubjectRule = {
  name: 'subject-of-topic-label',
  phase: 'subject',
  when: 'unset',
  // 新增确诊病例中,隔离观察人员9例: under a topic, the label is a group (even where the region comes from elsewhere)
  apply: ({ n: { topicStart, label }, region }) => {
    // (a label that names a place, the article's own included, names no group)
    const name = label.text.trim();
    if (topicStart === null || !name || placeAtEnd(name) || (region && (PLACE_FORM.test(name) || region === name))) return undefined;
    // 合计 165: a table's total row is the total, no group
    if (/^(?:合计|总计|小计|共计)$/.test(name)) return undefined;
    return stripWords(label.text, ['其中', '当中'], ['筛查发现', '中发现', '发现']) || undefined;
  },
  examples: [{ text: '北京市新增确诊病例中,隔离观察人员9例,社会面筛查人员2例。', figure: { value: 9, subject: '隔离观察人员' } }],
  negatives: [{ text: '北京市新增确诊病例11例,均为隔离观察人员。', figure: { value: 11, subject: null } }],
};

const severityClass: SubjectRule = {
  name: 'subject-of-severity-class',
  phase: 'subject',
  metrics: ['cases.confirmed'],
  when: 'unset',
  // 轻型1例, 普通型135例: a severity class is counted as confirmed cases of that class
  apply: ({ n: { choice, metric } }) => (choice && metric === 'cases.confirmed' && SEVERITY_CLASS.has(choice.hit.word) ? choice.hit.word : undefined),
  examples: [{ text: '现有确诊病例136例,其中轻型1例、普通型135例。', figure: { value: 135, subject: '普通型' } }],
  negatives: [{ text: '现有确诊病例136例,其中重型1例。', figure: { value: 136, subject: null } }],
};

const goodsDelivered: SubjectRule = {
  name: 'subject-of-goods-delivered',
  phase: 'subject',
  metrics: ['supplies.delivered'],
  when: 'unset',
  // 近10万份免费蔬菜包已陆续送达: the goods named between the number and the verb
  apply: ({ r: { text }, p: { m, nounEnd }, n: { trace } }) =>
    trace.some((t) => t.rule === 'goods-delivered') ? cleanSubject(text.slice(m.end, nounEnd)) ?? undefined : undefined,
  examples: [{ text: '近10万份免费蔬菜包已陆续送达居民手中。', figure: { value: 100000, subject: '蔬菜包' } }],
  negatives: [{ text: '全市配送蔬菜包10万份。', figure: { value: 100000, metric: 'supplies.delivered' } }],
};

const preliminary: SubjectRule = {
  name: 'subject-of-preliminary',
  phase: 'subject',
  metrics: ['cases.positive', 'cases.confirmed'],
  when: 'unset',
  // 另有50宗初步确诊个案 (confirmed, said to be preliminary), 初步阳性 (positives): a preliminary count says so
  apply: ({ n: { afterPreliminary, choice } }) =>
    afterPreliminary ? (choice!.hit.word.startsWith('阳性') ? '初步阳性' : '初步确诊') : undefined,
  examples: [
    { text: '本港今日新增12宗确诊个案,另有50宗初步确诊个案。', figure: { value: 50, metric: 'cases.confirmed', subject: '初步确诊' } },
    { text: '本港今日新增12宗确诊个案,另有37宗初步阳性个案。', figure: { value: 37, metric: 'cases.positive', subject: '初步阳性' } },
  ],
  negatives: [{ text: '本港今日新增12宗确诊个案。', figure: { value: 12, subject: null } }],
};

const releasedRecovered: SubjectRule = {
  name: 'subject-of-release',
  phase: 'subject',
  metrics: ['cases.discharged'],
  when: 'unset',
  // 已有13,195人解除隔离: recovered cases counted by their release from isolation say so
  apply: ({ n: { metric, choice } }) => (metric === 'cases.discharged' && choice?.hit.word === '解除隔离' ? '解除隔离' : undefined),
  examples: [{ text: '国内累计公布14653位确诊个案,已有13195人解除隔离。', figure: { value: 13195, subject: '解除隔离' } }],
  negatives: [{ text: '今日治愈出院12例。', figure: { value: 12, subject: null } }],
};

const goodsListItem: SubjectRule = {
  name: 'subject-of-goods-list-item',
  phase: 'subject',
  metrics: ['supplies.'],
  when: 'unset',
  // 捐赠的蔬菜264吨、生鲜包5.1万份、大米2吨: each item of a list of goods names its goods
  apply: ({ r: { text }, n: { metric, choice, label } }) => {
    if (!metric.startsWith('supplies.') || metric === 'supplies.days' || !choice || !(choice.side === 'right' || choice.hit.end < label.start)) return undefined;
    return /^[\u4e00-\u9fa5]{1,8}$/.test(label.text) && charIs(text, label.start - 1, '、') ? label.text : undefined;
  },
  examples: [{ text: '爱心企业捐赠的蔬菜264吨、生鲜包5.1万份、大米2吨已送达。', figure: { value: 2, subject: '大米' } }],
  negatives: [{ text: '爱心企业捐赠蔬菜264吨。', figure: { value: 264, subject: '蔬菜' } }],
};

const zone: SubjectRule = {
  name: 'subject-of-zone',
  phase: 'subject',
  metrics: ['areas.'],
  when: 'unset',
  // 封控区14个: a zone stands for its risk level, and says which zone it is
  apply: ({ n: { metric, choice } }) =>
    metric.startsWith('areas.') && choice && /^(?:封控区|管控区|防范区)$/.test(choice.hit.word) ? choice.hit.word : undefined,
  examples: [{ text: '全市现有封控区14个。', figure: { value: 14, metric: 'areas.high_risk', subject: '封控区' } }],
  negatives: [{ text: '全市现有高风险区14个。', figure: { value: 14, metric: 'areas.high_risk', subject: null } }],
};

const siteKind: SubjectRule = {
  name: 'subject-of-site-kind',
  phase: 'subject',
  metrics: ['tests.sites'],
  when: 'unset',
  // 采样点1066个: sites are counted by the kind of site
  apply: ({ n: { metric, choice } }) => (metric === 'tests.sites' && choice ? choice.hit.word : undefined),
  examples: [{ text: '全市共设置便民采样点1066个。', figure: { value: 1066, subject: '便民采样点' } }],
  negatives: [{ text: '全市共完成核酸采样100万人次。', figure: { value: 1000000, metric: 'tests.samples', subject: '核酸' } }],
};

const supplyDays: SubjectRule = {
  name: 'subject-of-supply-days',
  phase: 'subject',
  metrics: ['supplies.days'],
  when: 'unset',
  // 蔬菜储备3.44万吨,可保障市场一周左右供应: the days of supply are of the goods the clause before names
  apply: ({ r: { text, structure, drafts }, p: { sentence, sentenceStart }, n: { metric }, s: { clauseStart } }) => {
    if (metric !== 'supplies.days' || clauseStart <= sentenceStart) return undefined;
    const before = drafts[drafts.length - 1];
    if (before && before.sentence === sentence && before.metric.startsWith('supplies.') && before.subject) return before.subject;
    return cleanSubject(cutAtFirst(text.slice(startOf(structure.clauses, clauseStart - 1), clauseStart - 1).replace(/^.*的/, ''), ['等'])) ?? undefined;
  },
  examples: [{ text: '目前全市蔬菜储备3.44万吨,可保障市场7天供应。', figure: { value: 7, metric: 'supplies.days', subject: '蔬菜' } }],
  negatives: [{ text: '目前全市蔬菜储备3.44万吨。', figure: { value: 34400, metric: 'supplies.stock' } }],
};

/** #国外 确诊 43 例, 【国外】: a label opening a summary row (the marks read/region.ts knows), ended by a space, 】 or a colon. */
// (not 【…】: brackets open a line with a source or a headline far more often than with a row label; not 全国, a total)
const ROW_MARK = new CharSet(['#', '＃', '▲']);
const ROW_LABEL = /^[#＃▲](?!全国|全省|全市)(?<label>[\u4e00-\u9fa5]{2,6})\s/;

const rowLabelGroup: SubjectRule = {
  name: 'subject-of-row-label',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // #国外 确诊 43 例，治愈 3 例: a row label that names no place names the group every pair on its line counts
  apply: ({ r: { text, structure }, p: { m, paragraph }, region }) => {
    if (region) return undefined;
    // (paragraphs are lines: the line's first character says whether a label can open it)
    const lineStart = structure.paragraphs[paragraph];
    if (!ROW_MARK.has(text.charCodeAt(lineStart))) return undefined;
    const label = ROW_LABEL.exec(text.slice(lineStart, m.start))?.groups!.label;
    return label && !placeAtEnd(label) && !PLACE_FORM.test(label) ? label : undefined;
  },
  examples: [{ text: '#湖北 确诊 4586 例，治愈 90 例\n#国外 确诊 43 例，治愈 3 例', figure: { value: 3, metric: 'cases.discharged', subject: '国外' } }],
  negatives: [{ text: '#湖北 确诊 4586 例，治愈 90 例\n#河南 确诊 352 例，治愈 6 例', figure: { value: 6, region: '河南省', subject: null } }],
};

const listedWithParent: SubjectRule = {
  name: 'subject-of-listed-parent',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 社会面阳性检出数为9例、10例: a count listed after another of one group is of that group
  apply: ({ r: { text }, p: { sentence }, n: { metric, parent } }) =>
    // (轻型500例、重型2例: a clinical class is a class of confirmed cases, not of a count with a metric of its own)
    parent && parent.subject && parent.sentence === sentence && (metric === parent.metric || !SEVERITY_CLASS.has(parent.subject)) && metric.startsWith('cases.') &&
      charIs(text, parent.mention.end, '、') ? parent.subject : undefined,
  examples: [
    { text: '12月2日0时至24时,太原市社会面阳性检出数为9例、10例。', figure: { value: 10, subject: '太原市社会面' } },
    { text: '其中,清徐韵达快递疫情链确诊11例、无症状感染者59例。', figure: { value: 59, metric: 'cases.asymptomatic', subject: '清徐韵达快递疫情链' } },
  ],
  negatives: [
    { text: '12月2日0时至24时,太原市社会面阳性检出数为9例,隔离点阳性检出数为10例。', figure: { value: 9 } },
    { text: '全省新增本地确诊病例520例(轻型500例、普通型18例、重型2例)。', figure: { value: 2, metric: 'cases.severe', subject: null } },
  ],
};

/** The subject phase, in the order the rules are asked. */
export const SUBJECT_RULES: readonly SubjectRule[] = [
  importCountrySubject, clusterSubject, partGroup, parentGroupByPlace, topicLabel, severityClass, goodsDelivered, preliminary, releasedRecovered,
  goodsListItem, zone, siteKind, rowLabelGroup, ...GROUP_SUBJECT_RULES, ...PHRASE_SUBJECT_RULES, supplyDays, listedWithParent,
];
