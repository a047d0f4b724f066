// Subject rules for the group a count of cases or contacts belongs to, where
// the text names it around the count rather than before its cue: a predicate
// after it, the kind an included part names, the setting a contact group
// shared, the test that confirmed the cases, a link to imported cases, the
// group that the opening of a list of places names for all its items, and
// the cluster or ward its clause names.
import { indexAt } from '../read/structure.js';
import type { Reading } from './draft.js';
import type { Rule } from './rule.js';
import type { PhraseContext } from './scope.js';
import { stripWords } from './subjects.js';
import { CharSet } from '../util/charset.js';

type SubjectRule = Rule<PhraseContext, string | null>;

/** 为确诊病例的密切接触者, 系密接: a contact group said after the count, as what the counted people are. */
const PREDICATE_VERB = new CharSet(['为', '系', '是']);
const CONTACT_PREDICATE = /^(?:为|系|是)[\u4e00-\u9fa5]{0,8}?的?(?<group>次密切接触者|密切接触者|次密接|密接)/;

const contactPredicate: SubjectRule = {
  name: 'subject-of-contact-predicate',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 其中6例为确诊病例的密切接触者: cases who were contacts are a group of the cases, not a contacts figure
  apply: ({ r: { text }, p: { m } }) => (PREDICATE_VERB.has(text.charCodeAt(m.end)) ? CONTACT_PREDICATE.exec(text.slice(m.end, m.end + 20))?.groups!.group : undefined),
  examples: [{ text: '新增本土确诊病例8例,其中6例为确诊病例的密切接触者,2例为社区筛查发现。', figure: { value: 6, metric: 'cases.confirmed', subject: '密切接触者' } }],
  negatives: [{ text: '新增本土确诊病例8例,其中6例在集中隔离点。', figure: { value: 6, subject: null } }],
};

/** Words of an included part that say its origin or scope, not its kind (含境外输入病例3例). */
const NOT_A_KIND = ['境外输入', '境外移入', '本土', '本地', '新增', '累计', '其中', '另有'];

const includedKind: SubjectRule = {
  name: 'subject-of-included-kind',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 新增确诊病例14840例(含临床诊断病例13332例): an included part's modifier names the kind of case it counts
  apply: ({ r: { text }, p: { m }, n: { choice, continuesParent } }) => {
    if (!continuesParent || !choice || choice.side !== 'left') return undefined;
    const from = Math.max(0, choice.hit.start - 12);
    const before = text.slice(from, choice.hit.start);
    const at = Math.max(before.lastIndexOf('含'), before.lastIndexOf('包括'));
    if (at < 0 || choice.hit.end > m.start) return undefined;
    const kind = stripWords(before.slice(before.startsWith('包括', at) ? at + 2 : at + 1), NOT_A_KIND, []);
    return /^[\u4e00-\u9fa5]{2,8}$/.test(kind) ? kind + choice.hit.word : undefined;
  },
  examples: [{ text: '湖北省新增确诊病例14840例(含临床诊断病例13332例),其中武汉市13436例。', figure: { value: 13332, subject: '临床诊断病例' } }],
  negatives: [{ text: '湖北省新增确诊病例148例(含境外输入病例3例)。', figure: { value: 3, subject: null } }],
};

/** 同航班, 同车厢: the setting a contact group shared with the case (not 共同, 相同, 如同). */
const SHARED_SETTING = /(?<![共相如协])同[\u4e00-\u9fa5]{1,4}$/;

const sharedSetting: SubjectRule = {
  name: 'subject-of-shared-setting',
  phase: 'subject',
  metrics: ['contacts.'],
  when: 'unset',
  // 已追踪同航班密切接触者21人: contacts named by the setting they shared with the case
  apply: ({ r: { text }, s: { clauseStart }, n: { choice } }) => {
    if (!choice || choice.side !== 'left') return undefined;
    return SHARED_SETTING.exec(text.slice(Math.max(clauseStart, choice.hit.start - 8), choice.hit.start))?.[0];
  },
  examples: [{ text: '新增本土确诊病例1例,已追踪同航班密切接触者21人。', figure: { value: 21, metric: 'contacts.close', subject: '同航班' } }],
  negatives: [{ text: '新增本土确诊病例1例,已追踪共同居住的密切接触者21人。', figure: { value: 21, metric: 'contacts.close', subject: null } }],
};

/** 由核酸检测确诊, 经快速抗原测试: the test that found or confirmed the cases, said between the count and its cue. */
const CONFIRMING_TEST = /^[^,，。；;]{0,4}?(?:由|经)(?<kind>快速抗原|抗原|核酸)/;

const confirmingTest: SubjectRule = {
  name: 'subject-of-confirming-test',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 其中2,100宗由核酸检测确诊: cases counted by the test that confirmed them
  apply: ({ r: { text }, p: { m }, n: { choice } }) =>
    choice && choice.side === 'right' ? CONFIRMING_TEST.exec(text.slice(m.end, choice.hit.start))?.groups!.kind : undefined,
  examples: [{ text: '今日新增3400宗个案,其中2100宗由核酸检测确诊。', figure: { value: 2100, metric: 'cases.confirmed', subject: '核酸' } }],
  negatives: [{ text: '今日新增3400宗确诊个案。', figure: { value: 3400, subject: null } }],
};

/** 输入相关 right after the count, or after one or two characters of its noun (名输入相关, 例为输入相关). */
function linkedAfter(text: string, end: number): boolean {
  for (let at = end; at <= end + 2; at++) {
    if (text.startsWith('输入相关', at)) return true;
    if (CLAUSE_BREAK.has(text.charCodeAt(at))) return false;
  }
  return false;
}
const CLAUSE_BREAK = new CharSet([',', '，', '。', '；', ';']);

const importLinked: SubjectRule = {
  name: 'subject-of-import-link',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 3名输入相关确诊者在医院留医: cases linked to imported ones are a group, not imported themselves
  apply: ({ r: { text }, p: { m } }) => (linkedAfter(text, m.end) ? '输入相关' : undefined),
  examples: [{ text: '目前共有3名输入相关确诊者在医院留医。', figure: { value: 3, metric: 'cases.hospitalized', origin: null, subject: '输入相关' } }],
  negatives: [{ text: '目前共有3名输入确诊者在医院留医。', figure: { value: 3, metric: 'cases.hospitalized', origin: 'imported' } }],
};

/**
 * 在40例校正回归个案中, 社会面筛查发现的病例涉及4个区: the opening of a sentence that names the group its
 * list of places breaks down.
 */
const AMONG_GROUP = /在[0-9]{0,6}[例宗名]?([\u4e00-\u9fa5]{2,8}?)(?:个案|病例|感染者)中/;
const FOUND_GROUP = /([\u4e00-\u9fa5]{2,8}?)(?:发现|检出)的(?:病例|感染者|阳性)/;

interface Intro { group: string | null; end: number }
/** The group each sentence's opening names, and where its words end, per article: a list's parts all ask. */
const intros = new WeakMap<Reading, Map<number, Intro>>();

function introGroup(r: Reading, from: number): Intro {
  let memo = intros.get(r);
  if (!memo) intros.set(r, (memo = new Map()));
  const known = memo.get(from);
  if (known) return known;
  const opening = r.text.slice(from, from + 40);
  // (the words each pattern needs, looked for first: most openings hold neither)
  const match = (opening.includes('中') ? AMONG_GROUP.exec(opening) : null) ??
    (opening.includes('的') ? FOUND_GROUP.exec(opening) : null);
  const group = match ? stripWords(match[1], ['其中', '本土', '本地', '新增', '累计'], ['本土', '本地']) || null : null;
  const intro = { group, end: match ? from + match.index + match[0].length : 0 };
  memo.set(from, intro);
  return intro;
}

const listIntroGroup: SubjectRule = {
  name: 'subject-of-list-intro',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 其中,社会面筛查发现的病例涉及4个区:城关区9例、七里河区6例: each district's count is of that group
  apply: ({ r, p: { m, sentenceStart }, n: { inherited }, part }) => {
    if (!inherited || !part?.region || part.subject) return undefined;
    const intro = introGroup(r, sentenceStart);
    return intro.group !== null && intro.end <= m.start ? intro.group : undefined;
  },
  examples: [
    { text: '11月3日,兰州市新增本土感染者86例。其中,社会面筛查发现的病例涉及4个区:城关区9例、七里河区6例。', figure: { value: 9, region: '城关区', subject: '社会面筛查' } },
    { text: '中央流行疫情指挥中心今日新增270例本土个案,另校正回归40例。在40例校正回归个案中,居住地以台北市25例最多,新北市15例次之。', figure: { value: 25, region: '台北市', subject: '校正回归' } },
  ],
  negatives: [{ text: '北京市新增本土阳性感染者500例,其中隔离观察人员460例。分区情况:西城区220例,通州区120例。', figure: { value: 220, region: '西城区', subject: null } }],
};

/** The name of a cluster or ward right before 群组 or 病房 (健身中心群组, 东翼B5病房). */
function clusterNamedBefore(text: string, end: number, from: number): string | null {
  // only the clause is searched (a lastIndexOf over the whole text would cost the text's length per figure)
  const clause = text.slice(from, end);
  for (const word of ['群组', '病房']) {
    const inClause = clause.lastIndexOf(word);
    if (inClause < 0) continue;
    const at = from + inClause;
    let s = at;
    while (s > from && at - s < 10 && /[\u4e00-\u9fa5A-Za-z0-9]/.test(text[s - 1])) s--;
    const name = text.slice(s, at).replace(/^(?:另有|其中|此外|另外|该|此|本)/, '');
    if (name.length >= 1) return name + word;
    // 该群组, 群组累计增至110宗: the cluster named last before, in the paragraph
    return clusterNamedBefore(text, s, Math.max(0, from - 300));
  }
  return null;
}

export const clusterSubject: SubjectRule = {
  name: 'subject-of-cluster',
  phase: 'subject',
  metrics: ['cases.'],
  when: 'unset',
  // 健身中心群组今日多12宗个案, 该群组至今共有21人确诊, B5病房再有1名病人确诊: the cluster or ward its clause names
  apply: (c) => {
    if (!c.r.anyCluster) return undefined;
    const { text, structure } = c.r;
    const clauseStart = Math.max(structure.clauses[indexAt(structure.clauses, c.p.m.start)], structure.paragraphs[c.p.paragraph]);
    return clusterNamedBefore(text, c.p.m.start, clauseStart) ?? undefined;
  },
  examples: [{ text: '健身中心群组今日多12宗个案,群组累计增至110宗。', figure: { value: 110, subject: '健身中心群组' } }],
  negatives: [{ text: '本港今日新增12宗确诊个案,累计确诊个案增至110宗。', figure: { value: 12, subject: null } }],
};

/** The group rules, in the order they are asked (before the rules that read the number's own phrase). */
export const GROUP_SUBJECT_RULES: readonly SubjectRule[] = [
  contactPredicate, includedKind, sharedSetting, confirmingTest, importLinked, listIntroGroup,
];
