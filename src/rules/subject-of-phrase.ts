// Subject rules that read the number's own phrase, by the family of what it
// counts: the test kind, cues written together, the level of a lifted area,
// the hospital of its beds, the staff or vehicles named, the goods, and the
// group of cases (found in, by test kind, named after or before the count).
import { lastWord, testKindFinder } from '../lexicon/finders.js';
import { familyOf } from '../lexicon/metrics.js';
import { indexAt } from '../read/structure.js';
import { CharSet } from '../util/charset.js';
import type { Rule } from './rule.js';
import type { PhraseContext } from './scope.js';
import { cleanSubject, cutAtFirst, lastTestingRound, stripWords, withoutPlace } from './subjects.js';

type SubjectRule = Rule<PhraseContext, string | null>;

const familyOfFigure = (c: PhraseContext) => familyOf(c.n.metric);
const AREA_LEVEL = /[高中低]风险(?:区域|地区|区)/;
const LEVEL_OF: Record<string, string> = { 'areas.high_risk': '高风险区', 'areas.medium_risk': '中风险区', 'areas.low_risk': '低风险区' };
/**
 * Each rule decides for its own kind of figure. Where one finds nothing (null), the subject stays empty and
 * the rules after it are still asked, but each of them checks a kind of figure (a family, cues written
 * together) that excludes the ones before it, so nothing after it reads a subject for that figure.
 */
const NOTHING = null;

const testKind: SubjectRule = {
  name: 'subject-of-test-kind',
  phase: 'subject',
  metrics: ['tests.'],
  when: 'unset',
  // 全员核酸检测1200万人次, 抗原检测: tests are counted by the kind of test
  apply: (c) => {
    if (familyOfFigure(c) !== 'tests') return undefined;
    const from = Math.max(0, Math.min(c.s.clauseStart, c.p.leftBound) - 30);
    const near = lastWord(testKindFinder, c.r.text, from, c.p.rightEnd);
    if (near) return near.data;
    // 第八轮全员核酸检测于13日启动…已检测40.2万人: else the kind the paragraph's topic names, before the count
    const paragraphStart = c.r.structure.paragraphs[c.p.paragraph];
    return paragraphStart < from ? lastWord(testKindFinder, c.r.text, Math.max(paragraphStart, from - 200), from)?.data ?? NOTHING : NOTHING;
  },
  examples: [
    { text: '全市共完成核酸检测1200万人次。', figure: { value: 12000000, subject: '核酸' } },
    { text: '长春市第八轮全员核酸检测于13日启动,设采样点650个;截至13日24时,已采样120.5万人,已检测40.2万人。', figure: { value: 402000, subject: '核酸' } },
  ],
  negatives: [{ text: '全市新增确诊病例12例。', figure: { value: 12, subject: null } }],
};

const joinedCues: SubjectRule = {
  name: 'subject-of-joined-cues',
  phase: 'subject',
  when: 'unset',
  // 密接、次密接人员2553人: two counts written together name both
  apply: (c) => (c.n.choice?.joined && familyOfFigure(c) !== 'tests' ? cleanSubject(c.r.text.slice(c.n.choice.hit.start, c.n.choice.joined.end)) : undefined),
  examples: [{ text: '累计排查密接、次密接人员2553人。', figure: { value: 2553, subject: '密接、次密接人员' } }],
  negatives: [{ text: '累计排查密接人员2553人。', figure: { value: 2553, subject: null } }],
};

const liftedArea: SubjectRule = {
  name: 'subject-of-lifted-area',
  phase: 'subject',
  metrics: ['areas.lifted'],
  when: 'unset',
  // 解除高风险区15个: the level of the areas lifted (or of the areas its parent counts)
  apply: (c) => {
    const { text } = c.r;
    const { m, leftBound } = c.p;
    const { metric, choice, parent } = c.n;
    if (metric !== 'areas.lifted' || choice?.joined) return undefined;
    const after = choice && choice.side === 'right' ? AREA_LEVEL.exec(text.slice(m.end, choice.hit.start)) : null;
    if (after) return after[0];
    const before = AREA_LEVEL.exec(text.slice(Math.max(c.s.clauseStart, leftBound), m.start));
    if (before) return before[0];
    if (parent && parent.metric.startsWith('areas.')) return parent.subject ?? LEVEL_OF[parent.metric] ?? NOTHING;
    return NOTHING;
  },
  examples: [{ text: '经研判,全市已解除高风险区15个。', figure: { value: 15, metric: 'areas.lifted', subject: '高风险区' } }],
  negatives: [{ text: '全市现有高风险区15个。', figure: { value: 15, metric: 'areas.high_risk' } }],
};

const hospitalBeds: SubjectRule = {
  name: 'subject-of-hospital-beds',
  phase: 'subject',
  metrics: ['resources.beds'],
  when: 'unset',
  // 2所方舱医院(2500张床位), 定点救治医院共设置400个床位: the beds are the hospital's
  apply: (c) => {
    if (c.n.metric !== 'resources.beds' || c.n.choice?.joined) return undefined;
    const { text } = c.r;
    const before = text.slice(Math.max(0, c.s.clauseStart - 30), c.p.m.start);
    const at = Math.max(before.lastIndexOf('医院'), before.lastIndexOf('方舱'));
    if (at < 0) return undefined;
    const end = before.startsWith('医院', at) ? at + 2 : before.startsWith('医院', at + 2) ? at + 4 : at + 2;
    // the hospital's name back to a classifier or a break: 三家方舱医院 -> 方舱医院
    let start = at;
    while (start > 0 && at - start < 6 && !'家个所座、,，的和及在由(（'.includes(before[start - 1]) && /[\u4e00-\u9fa5]/.test(before[start - 1])) start--;
    return before.slice(start, end);
  },
  examples: [{ text: '定点救治医院共设置床位400张。', figure: { value: 400, subject: '定点救治医院' } }],
  negatives: [{ text: '全市共设置隔离床位400张。', figure: { value: 400, metric: 'resources.beds' } }],
};

const resourceNoun: SubjectRule = {
  name: 'subject-of-resource-noun',
  phase: 'subject',
  metrics: ['resources.'],
  when: 'unset',
  // 1723名医护人员, 救护车30辆: staff, vehicles and places are counted by the noun that names them
  apply: (c) => {
    const { choice } = c.n;
    if (familyOfFigure(c) !== 'resources' || !choice || choice.joined) return undefined;
    return choice.side === 'right' ? cleanSubject(c.r.text.slice(c.p.m.end, choice.hit.end)) : choice.hit.word;
  },
  examples: [{ text: '全市出动救护车30辆。', figure: { value: 30, metric: 'resources.vehicles', subject: '救护车' } }],
  negatives: [{ text: '全市调运蔬菜3万吨。', figure: { value: 30000, metric: 'supplies.delivered', subject: '蔬菜' } }],
};

const supplyDaysPhrase: SubjectRule = {
  name: 'subject-of-days-phrase',
  phase: 'subject',
  metrics: ['supplies.days'],
  when: 'unset',
  // 粮油储备可满足全市30天: the goods before the cue of the days of supply
  apply: (c) => {
    const { choice } = c.n;
    if (c.n.metric !== 'supplies.days' || !choice || choice.side !== 'left' || choice.joined) return undefined;
    return cleanSubject(c.r.text.slice(Math.max(c.s.clauseStart, c.p.leftBound), choice.hit.start).replace(/^.*的/, ''));
  },
  examples: [{ text: '全市粮油储备可保障30天。', figure: { value: 30, metric: 'supplies.days', subject: '粮油储备' } }],
  negatives: [{ text: '全市蔬菜储备5000吨。', figure: { value: 5000, metric: 'supplies.stock' } }],
};

const goodsOrStaff: SubjectRule = {
  name: 'subject-of-goods',
  phase: 'subject',
  metrics: ['supplies.', 'resources.'],
  when: 'unset',
  // 调运蔬菜3万吨, 调运3万份蔬菜包3月28日送达, 4657箱速食: the goods between, after or before the cue and the count
  apply: (c) => {
    const family = familyOfFigure(c);
    const { choice, metric, inherited, parent } = c.n;
    if ((family !== 'supplies' && family !== 'resources') || choice?.joined || (family === 'resources' && choice)) return undefined;
    if (metric === 'supplies.days' && choice && choice.side === 'left') return undefined;
    if (inherited) return parent?.subject ?? NOTHING;
    if (choice && choice.side === 'left') return goodsAroundLeftCue(c, family) ?? NOTHING;
    if (choice && choice.side === 'right') {
      // (4657箱已陆续送达南明并有序发放: words after 已 are the predicate, not the goods)
      const raw = c.r.text.slice(c.p.m.end, choice.hit.start);
      const between = /^(?:已|将|正在|均|陆续|并)/.test(raw) ? null : cleanSubject(raw);
      if (between) return between;
    }
    return NOTHING;
  },
  examples: [{ text: '全市调运蔬菜3万吨。', figure: { value: 30000, metric: 'supplies.delivered', subject: '蔬菜' } }],
  negatives: [{ text: '全市新增确诊病例12例。', figure: { value: 12, subject: null } }],
};

function goodsAroundLeftCue(c: PhraseContext, family: string): string | null {
  const { text } = c.r;
  const { m, leftBound, rightEnd } = c.p;
  const { choice, parent } = c.n;
  const between = cleanSubject(text.slice(choice!.hit.end, m.start));
  if (between) return between;
  // 调运3万份蔬菜包3月28日送达: the goods named right after the count
  if (family === 'supplies') {
    const after = /^[\u4e00-\u9fa5“”"]{2,8}/.exec(cutAtFirst(text.slice(m.end, rightEnd), ['送达', '发往', '运往', '运抵', '抵达', '陆续', '已', '将', '到', '至', '给', '的']));
    const goods = after ? cleanSubject(after[0]) : null;
    if (goods) return goods;
  }
  const before = cleanSubject(withoutPlace(text.slice(Math.max(c.s.clauseStart, leftBound), choice!.hit.start).replace(/^.*的/, '')));
  if (before) return before;
  // (a resource with a cue of its own never gets here: subject-of-resource-noun reads it)
  return parent && parent.metric.startsWith('supplies') ? parent.subject : null;
}

const casesOwn = (c: PhraseContext) => familyOfFigure(c) === 'cases' && !c.n.inherited && !c.n.choice?.joined;

const foundIn: SubjectRule = {
  name: 'subject-found-in',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 3例在隔离管控人员中发现: where the cases were found
  apply: (c) => {
    if (!casesOwn(c)) return undefined;
    return /^在(.{2,20}?)中?(?:发现|检出)/.exec(c.r.text.slice(c.p.m.end, c.p.rightEnd + 12))?.[1];
  },
  examples: [{ text: '新增本土确诊病例3例在隔离管控人员中发现。', figure: { value: 3, subject: '隔离管控人员' } }],
  negatives: [{ text: '新增本土确诊病例3例。', figure: { value: 3, subject: null } }],
};

const positiveTestKind: SubjectRule = {
  name: 'subject-of-positive-test-kind',
  phase: 'subject',
  metrics: ['cases.positive'],
  when: 'unset',
  // 核酸检测阳性个案, 快速抗原测试阳性个案: positives by test kind (the kind may sit just before the cue word)
  apply: (c) => {
    const { choice, metric } = c.n;
    if (!casesOwn(c) || metric !== 'cases.positive' || !choice) return undefined;
    const { m } = c.p;
    const phrase = c.r.text.slice(Math.max(c.s.clauseStart, Math.min(choice.hit.start, m.start) - 6), Math.max(choice.hit.end, m.end));
    if (!/阳性(?:检测)?(?:个案|样本)|检测阳性|测试阳性/.test(phrase)) return undefined;
    return /抗原/.test(phrase) ? '抗原' : /核酸/.test(phrase) ? '核酸' : undefined;
  },
  examples: [{ text: '本港新增19095宗快速抗原测试阳性个案。', figure: { value: 19095, metric: 'cases.positive', subject: '抗原' } }],
  negatives: [{ text: '本港新增19095宗阳性个案。', figure: { value: 19095, metric: 'cases.positive', subject: null } }],
};

const namedAfterCount: SubjectRule = {
  name: 'subject-named-after-count',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 3名院友染疫, 1例缅籍人员核酸检测呈阳性, 17份混管阳性样本: who or what the count is of
  apply: (c) => {
    const { choice } = c.n;
    if (!casesOwn(c) || !choice || choice.side !== 'right') return undefined;
    const between = cutAtFirst(c.r.text.slice(c.p.m.end, choice.hit.start), ['核酸', '抗原', '检测', '结果'])
      .replace(/新冠肺炎|新冠病毒|新型冠状病毒|COVID-19|本土|本地|境外输入|境外移入|输入|新增|的/g, '').replace(/^[为是系]/, '').trim();
    if (between.length < 2 || between.length > 12 || !/^[\u4e00-\u9fa5]+$/.test(between)) return undefined;
    return choice.hit.word.endsWith('样本') ? between + choice.hit.word : between;
  },
  examples: [{ text: '安老院新增3名院友染疫。', figure: { value: 3, subject: '院友' } }],
  negatives: [{ text: '全港新增3宗确诊个案。', figure: { value: 3, subject: null } }],
};

/** The last characters of the group words a subject may end with, and the first of those it may hold. */
const GROUP_MARKS = new CharSet('链条场区部司面员友店' + '社封管隔闭重混单');

const groupBeforeCue: SubjectRule = {
  name: 'subject-group-before-cue',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 清徐韵达快递疫情链确诊11例, 社会面阳性5例: the cluster or group named before the cue
  apply: (c) => {
    const { choice } = c.n;
    if (!casesOwn(c) || !choice || choice.side !== 'left') return undefined;
    // a group's word leaves one of its characters before the cue: most clauses have none of them
    if (!GROUP_MARKS.anyIn(c.r.text, c.s.clauseStart, choice.hit.start)) return undefined;
    const before = stripWords(c.r.text.slice(c.s.clauseStart, choice.hit.start),
      [' ', ',', '，', '其中', '当中', '本轮疫情', '本轮', '累计', '新增', '报告', '发现', '共', '已', '目前'],
      ['累计', '新增', '报告', '发现', '共', '已', '本土', '境外输入', '新冠肺炎', '相关聚集性疫情', '相关']);
    if (/(?:链|链条|市场|园区|分部|公司|社会面|人员|院友|酒店)$/.test(before) && before.length <= 16) return before;
    return /社会面|封控区|管控区|隔离点|闭环管理|重点人群|混管|单管/.exec(before)?.[0];
  },
  examples: [{ text: '其中,韵达快递疫情链确诊11例。', figure: { value: 11, subject: '韵达快递疫情链' } }],
  negatives: [{ text: '其中,新增确诊11例。', figure: { value: 11, subject: null } }],
};

/** The phrase's subject rules, in the order they are asked (after the cue's own subjects, before days of supply). */
/** 系在隔离管控中发现, 为社区筛查发现: how counted cases were found, as a predicate after them. */
const FOUND_PREDICATE = /(?:系|为|是)在?([\u4e00-\u9fa5]{2,10}?)中?(?:发现|检出)|在([\u4e00-\u9fa5]{2,10}?)中(?:发现|检出)/;

const clausePredicate: SubjectRule = {
  name: 'subject-of-clause-predicate',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 900例确诊病例和23000例无症状感染者系在隔离管控中发现: a predicate said once after the counts of its clause
  apply: (c) => {
    if (!casesOwn(c)) return undefined;
    const { text, structure } = c.r;
    const { m } = c.p;
    const clauseEnd = structure.clauses[indexAt(structure.clauses, m.start) + 1] ?? text.length;
    const tail = text.slice(m.end, Math.min(clauseEnd, m.end + 40));
    if (!tail.includes('发现') && !tail.includes('检出')) return undefined;
    const found = FOUND_PREDICATE.exec(tail);
    const group = found?.[1] ?? found?.[2];
    return group && !/[和及、与]/.test(group) ? group : undefined;
  },
  examples: [{ text: '新增本土确诊病例1006例和无症状感染者23937例,其中900例确诊病例和23000例无症状感染者系在隔离管控中发现。', figure: { value: 900, subject: '隔离管控' } }],
  negatives: [{ text: '新增本土确诊病例1006例和无症状感染者23937例,均已转运至定点医院。', figure: { value: 1006, subject: null } }],
};

const testingRound: SubjectRule = {
  name: 'subject-of-testing-round',
  phase: 'subject',
  metrics: ['cases.positive'],
  when: 'unset',
  // 莆田市第二轮全员检测找到11个阳性个案: positives found in a round of mass testing are that round's
  apply: (c) => {
    const { text, structure } = c.r;
    const from = Math.max(structure.sentences[c.p.sentence], c.p.m.start - 40);
    return lastTestingRound(text.slice(from, c.p.m.start)) ?? undefined;
  },
  examples: [{ text: '莆田市第二轮全员检测找到11个阳性个案。', figure: { value: 11, subject: '第二轮' } }],
  negatives: [{ text: '莆田市全员检测找到11个阳性个案。', figure: { value: 11, subject: null } }],
};

export const PHRASE_SUBJECT_RULES: readonly SubjectRule[] = [
  testKind, joinedCues, liftedArea, hospitalBeds, resourceNoun, supplyDaysPhrase, goodsOrStaff,
  foundIn, clausePredicate, positiveTestKind, namedAfterCount, groupBeforeCue, testingRound,
];
