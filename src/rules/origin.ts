// The origin phase: local or imported. An origin word in the number's phrase,
// or stated for the whole count right after it; a part's own word after it;
// else its topic's, its paragraph's opening, or its parent's.
import type { Origin } from '../lexicon/metrics.js';
import { lastWord, originFinder } from '../lexicon/finders.js';
import type { Rule } from './rule.js';
import { decidedBy } from './engine.js';
import { closesMore } from './parents.js';
import { openParenBefore } from './regions.js';
import { closesTopic } from '../read/structure.js';
import type { PhraseContext } from './scope.js';
import { charIs, isCloseParenCode } from '../util/charset.js';

type OriginRule = Rule<PhraseContext, Origin | null>;

const originWord: OriginRule = {
  name: 'origin-word',
  phase: 'origin',
  when: 'unset',
  // 5,589宗…阳性检测本地个案: the origin anywhere in the number's own noun phrase
  apply({ r: { text }, p: { m, nounEnd }, n: { choice, topicStart }, s }) {
    const end = choice && choice.side === 'right' ? Math.max(choice.hit.end, nounEnd) : m.end;
    return lastWord(originFinder, text, topicStart ?? Math.min(s.clauseStart, s.phraseStart), topicStart !== null ? choice!.hit.end : end)?.data;
  },
  examples: [{ text: '今日新增境外输入确诊病例3例。', figure: { value: 3, origin: 'imported' } }],
  negatives: [{ text: '今日新增确诊病例3例。', figure: { value: 3, origin: null } }],
};

const statedForAll: OriginRule = {
  name: 'origin-stated-for-all',
  phase: 'origin',
  when: 'unset',
  // 新增确诊病例3例,均为境外输入: an origin stated for the whole count right after it
  apply({ r: { text }, p: { rightEnd }, n: { inherited } }) {
    if (inherited) return undefined;
    const all = /^[,，]?(?:均为|均系|全部为|都是)(境外输入|境外移入|输入(?!相关)|本土|本地)/.exec(text.slice(rightEnd, rightEnd + 10));
    return all ? originFinder.findAll(all[1])[0]?.data : undefined;
  },
  examples: [{ text: '新增确诊病例3例,均为境外输入。', figure: { value: 3, origin: 'imported' } }],
  negatives: [{ text: '新增确诊病例3例,均为男性。', figure: { value: 3, origin: null } }],
};

const inParenthesisAfter: OriginRule = {
  name: 'origin-in-parenthesis-after',
  phase: 'origin',
  when: 'unset',
  // 新增确诊病例3例(均为境外输入): the same, in a parenthesis
  apply({ r: { text }, p: { rightEnd } }) {
    if (!/^[(（]均为/.test(text.slice(rightEnd, rightEnd + 3))) return undefined;
    const close = text.indexOf(')', rightEnd);
    return close > 0 && close - rightEnd < 16 ? lastWord(originFinder, text, rightEnd, close)?.data : undefined;
  },
  examples: [{ text: '新增确诊病例3例(均为境外输入),无症状感染者2例。', figure: { value: 3, origin: 'imported' } }],
  negatives: [{ text: '新增确诊病例3例(均为男性),无症状感染者2例。', figure: { value: 3, origin: null } }],
};

const partsOwn: OriginRule = {
  name: 'origin-of-part',
  phase: 'origin',
  when: 'always',
  // 分别为978例本土及23例境外移入: the origin written after a part is its own
  apply({ r: { text }, p: { m, rightEnd }, n: { inherited } }) {
    return inherited ? originFinder.findAll(text, m.end, rightEnd)[0]?.data : undefined;
  },
  examples: [{ text: '新增确诊病例1001例,分别为978例本土及23例境外输入。', figure: { value: 23, origin: 'imported' } }],
  negatives: [{ text: '新增确诊病例1001例,分别为978例及23例。', figure: { value: 23, origin: null } }],
};

const topicOrigin: OriginRule = {
  name: 'origin-of-topic',
  phase: 'origin',
  metrics: ['cases.'],
  when: 'unset',
  // 在本地个案中,49宗个案与其他确诊者有关: the topic's origin
  apply({ r: { text }, n: { metric }, s: { topicFrom, clauseStart } }) {
    if (!metric.startsWith('cases.') || !closesTopic(text, topicFrom, clauseStart)) return undefined;
    const topic = lastWord(originFinder, text, topicFrom, clauseStart);
    return topic && closesTopic(text, topic.end, clauseStart) ? topic.data : undefined;
  },
  examples: [{ text: '在本地个案中,49宗个案与其他确诊者有关。', figure: { value: 49, origin: 'local' } }],
  negatives: [{ text: '在所有个案中,49宗个案与其他确诊者有关。', figure: { value: 49, origin: null } }],
};

const paragraphOpening: OriginRule = {
  name: 'origin-of-paragraph',
  phase: 'origin',
  metrics: ['cases.'],
  when: 'unset',
  // 境外输入现有确诊病例746例…。累计确诊病例8084例: a paragraph that opens with an origin is about it
  apply({ r: { text, structure }, p: { paragraph }, n: { metric } }) {
    if (!metric.startsWith('cases.')) return undefined;
    const at = structure.paragraphs[paragraph];
    const opening = /^\s*(境外输入|本土)/.exec(text.slice(at, at + 8));
    return opening ? (opening[1] === '本土' ? 'local' : 'imported') : undefined;
  },
  examples: [{ text: '境外输入现有确诊病例746例。累计确诊病例8084例。', figure: { value: 8084, origin: 'imported' } }],
  negatives: [{ text: '现有确诊病例746例。累计确诊病例8084例。', figure: { value: 8084, origin: null } }],
};

const parentOrigin: OriginRule = {
  name: 'origin-of-parent',
  phase: 'origin',
  metrics: ['cases.'],
  when: 'unset',
  // 新增本土确诊病例5例,其中浦东新区3例: a part of a count of cases, in its paragraph or on the lines that
  // continue it, has its origin
  apply({ r: { text }, p: { m, sentence, paragraph }, n: { metric, parent, inherited, continuesParent } }) {
    if (!parent || !metric.startsWith('cases.') || !parent.metric.startsWith('cases.')) return undefined;
    if (parent.paragraph !== paragraph && !inherited) return undefined;
    // a count with a cue of its own after a parenthesis is a new head: a part's origin in that parenthesis
    // ((境外输入7例)) or one stated in it for the figure before ((均为境外输入)) stays there
    if (!inherited && !continuesParent && (decidedBy(parent.trace, 'origin')?.rule === inParenthesisAfter.name ||
        (parent.inherited && closesMore(text, parent.mention.end, m.start)))) {
      return undefined;
    }
    return inherited || continuesParent || parent.sentence === sentence ? parent.origin ?? undefined : undefined;
  },
  examples: [
    { text: '新增本土确诊病例5例,其中浦东新区3例、徐汇区2例。', figure: { value: 3, origin: 'local' } },
    { text: '全国新增本土确诊病例505例。\n辽宁312例,其中大连市290例;\n山东193例。', figure: { value: 193, origin: 'local', region: '山东省' } },
  ],
  negatives: [{ text: '新增本土确诊病例5例,追踪密切接触者30人。', figure: { value: 30, metric: 'contacts.close', origin: null } }],
};

const includedIn: OriginRule = {
  name: 'origin-of-including-head',
  phase: 'origin',
  metrics: ['cases.'],
  when: 'unset',
  // 本土病例240例(广东30例,…),含12例由无症状感染者转为确诊病例: what the head includes is of the head's origin
  apply({ r: { text, drafts }, p: { m, sentenceStart } }) {
    const word = /(?:含|包括|包含)$/.exec(text.slice(Math.max(sentenceStart, m.start - 3), m.start));
    if (!word) return undefined;
    let at = m.start - word[0].length - 1;
    while (at > sentenceStart && (charIs(text, at, ',') || charIs(text, at, '，') || charIs(text, at, ' '))) at--;
    if (!isCloseParenCode(text.charCodeAt(at))) return undefined;
    const open = openParenBefore(text, at, Math.max(sentenceStart, at - 400));
    if (open < 0) return undefined;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 40; k--) {
      if (drafts[k].mention.end === open && drafts[k].mention.start < m.start) return drafts[k].origin ?? undefined;
    }
    return undefined;
  },
  examples: [{ text: '全国新增确诊病例60例。其中境外输入病例20例,本土病例40例(广东30例,四川10例),含12例由无症状感染者转为确诊病例。', figure: { value: 12, origin: 'local' } }],
  negatives: [{ text: '全国新增确诊病例60例,含12例由无症状感染者转为确诊病例。', figure: { value: 12, origin: null } }],
};

const tableSection: OriginRule = {
  name: 'origin-of-table-section',
  phase: 'origin',
  metrics: ['cases.'],
  when: 'unset',
  // 本市居住或工作地 / 境外输入人员(按输入地分): a section row of a table sets the origin of the rows below it
  // (not of the total: 合计 counts every section)
  apply({ r: { text, structure }, p: { m, paragraph }, n: { topicStart, label } }) {
    if (topicStart === null || /^(?:合计|总计|小计|共计)/.test(label.text.trim())) return undefined;
    for (let p = paragraph - 1; p >= 0 && structure.paragraphs[p] > topicStart; p--) {
      const line = text.slice(structure.paragraphs[p], structure.paragraphs[p + 1] ?? m.start);
      if (/[0-9]/.test(line)) continue;
      if (/境外|输入/.test(line)) return 'imported';
      if (/本市|本土|本地|本省|居住/.test(line)) return 'local';
    }
    return undefined;
  },
  examples: [{ text: '截至5月10日24时,在院治疗情况如下。\n分类 在院治疗确诊病例\n本市居住或工作地\n闵行 32\n境外输入人员\n美国 3\n合计 35', figure: { value: 3, origin: 'imported', subject: '美国' } }],
  negatives: [{ text: '截至5月3日24时,各区在院治疗情况如下。\n区域 在院治疗确诊病例\n浦东 120\n合计 120', figure: { value: 120, region: '浦东', origin: null } }],
};

/** The origin phase, in the order the rules are asked. */
export const ORIGIN_RULES: readonly OriginRule[] = [
  originWord, statedForAll, inParenthesisAfter, partsOwn, topicOrigin, tableSection, includedIn, paragraphOpening, parentOrigin,
];
