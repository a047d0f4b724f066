// Reads figures from number mentions: each mention's metric comes from the
// cue words around it (its own phrase first), or from the figure it breaks
// down (其中…, parentheses, 、 lists). Scope, origin, region, subject and date
// are read from the same phrase, or carried over from that parent figure.
// This file walks the numbers; naming.ts says what each counts, attributes.ts
// reads the rest.
import { readMentions } from '../read/mentions.js';
import type { Cue } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';
import { analyzeStructure, closesTopicAt, indexAt, isExcluded, startOf, type Structure } from '../read/structure.js';
import { abroadNamed, isAbroad, PLACE_FORM } from '../lexicon/places.js';
import type { Draft, FigureContext, Naming, Origin, Phrase, Reading, Scope, SetAside, Span } from './draft.js';
import { cueFinder } from '../lexicon/finders.js';
import { distributeFenbieRegions, placeAtEnd } from './regions.js';
import { isHanCode } from '../text/cjk.js';
import { charIs, isOpenParenCode, WHITESPACE } from '../util/charset.js';
import { parenthesesBetween } from './cues.js';
import { listBefore, RIGHT_STOP } from './labels.js';
import { nameCount } from './naming.js';
import { originOf, placeAndSubject, scopeOf } from './attributes.js';
import { PhraseContext } from './scope.js';
import { setField } from './engine.js';
import type { NamedRule } from './rule.js';

const MAX_LEFT = 40;
const MAX_RIGHT = 24;
/** A noun phrase after "N unit" ends where its predicate starts (1723名医护人员开展核酸检测). */
const PREDICATE = /开展|进行|参与|参加|支援|负责|完成|实施|赶赴|深入|组建|共同|前往|驻守|协助|投入|落实|已经|已|正在|均|将/g;
/** A verb between a cue and the number means the number counts something else (高风险地区共封闭社区24个). */
const VERB_BREAK = /封闭|封控|划分|设立|建成|开设|涉及|派出|组织|抽调|招募|动员|出动/;
/** 核酸采样又发现4人: after 发现 or 检出 the count is of what was found, not of the tests. */
const FOUND_BREAK = /发现|检出/;
/** A parenthesis holding only another name of the disease: (武汉肺炎), (COVID-19), (新冠肺炎). */
const DISEASE_ALIAS = /^[(（](?:武汉肺炎|新冠肺炎|新型冠状病毒肺炎|新型冠状病毒|新冠病毒|COVID-19|2019冠状病毒病|严重特殊传染性肺炎)[)）]/;

/**
 * The most counts one article's rules read. Real articles hold hundreds; a page of a million table cells would
 * hold every one of their readings in memory at once. Past this, the rest is left unread, with a warning.
 */
export const MAX_COUNTS = 20_000;

export function extractFigures(text: string, context: FigureContext, structure: Structure = analyzeStructure(text)): FigureReading {
  // a page of a million table cells holds hundreds of thousands of counts: those past MAX_COUNTS are only counted
  const { mentions, total } = readMentions(text, MAX_COUNTS);
  const r: Reading = {
    text,
    structure,
    ctx: { ...context, clauseMemo: new Map() },
    mentions,
    // 其中重症: 中重症 (moderate or severe) only where it is not the 中 of 其中
    cues: cueFinder.findOverlapping(text).map((h) =>
      h.word === '中重症' && charIs(text, h.start - 1, '其') ? { ...h, start: h.start + 1, word: '重症' } : h),
    drafts: [],
    consumed: new Set<number>(),
    sentenceFirst: new Map<number, Draft>(),
    anyBlank: text.includes('空号'),
    anyCluster: text.includes('群组') || text.includes('病房'),
    anyAbroad: context.places === undefined || context.places.some(isAbroad),
    cueIdx: 0,
    setAside: [],
  };
  // Each step is a function of its own: a small function is optimized (and re-optimized) quickly.
  for (let k = 0; k < r.mentions.length; k++) {
    const p = phraseOf(r, k);
    if (!p) continue;
    const { left, right } = cuesAround(r, p);
    const n = nameCount(r, p, left, right);
    if (!n) continue;
    const choice = n.choice;
    // the whole noun phrase after the number belongs to it
    if (choice && choice.side === 'right') for (const h of right) if (h.start <= choice.hit.start) r.consumed.add(h.start);
    const s = spanOf(r, p, n);
    const c = new PhraseContext(r, p, n, s);
    const scope = scopeOf(c);
    const origin = originOf(c);
    c.origin = origin;
    const { region, subject } = placeAndSubject(c);
    addDraft(r, p, n, s, { scope, origin, region, subject });
  }
  distributeFenbieRegions(text, r.drafts, r.ctx);
  return { drafts: r.drafts, setAside: r.setAside, unread: total - mentions.length };
}

/** The figures read from an article's numbers, and the numbers a rule set aside. */
export interface FigureReading {
  drafts: Draft[];
  setAside: SetAside[];
  /** counts past MAX_COUNTS, left unread */
  unread: number;
}

/** 除…外: the clause from `from` opens with 除 (after any spaces), before `to`. */
function opensWithExcept(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && WHITESPACE.has(text.charCodeAt(p))) p++;
  return p < to && charIs(text, p, '除');
}

/** The number's phrase: its clause, sentence and paragraph, and how far its noun runs; null for no count. */
function phraseOf(r: Reading, k: number): Phrase | null {
  const { text, structure, mentions } = r;
  const m = mentions[k];
  if (isExcluded(structure, m.numStart)) return null;
  const ownClause = startOf(structure.clauses, m.start);
  const exception = opensWithExcept(text, ownClause, m.start);
  // 1例空号病例, 累计111例(空号): numbers withdrawn from the count are not cases
  if (r.anyBlank && text.slice(Math.max(ownClause, m.start - 12), m.end + 6).replace(/[,，。;；].*$/s, '').includes('空号')) return null;
  const sentence = indexAt(structure.sentences, m.start);
  const sentenceStart = structure.sentences[sentence];
  const paragraph = indexAt(structure.paragraphs, m.start);
  const prev = mentions[k - 1];
  // a cue is read within the number's own clause (密切接触者,二人为同事 is not a count)
  const leftBound = Math.max(ownClause, prev ? prev.end : 0, m.start - MAX_LEFT);
  let rightEnd = m.end;
  const next = mentions[k + 1];
  let skipped = 0;
  while (rightEnd < text.length && rightEnd - m.end - skipped < MAX_RIGHT && (!next || rightEnd < next.start)) {
    if (RIGHT_STOP.has(text.charCodeAt(rightEnd))) {
      // 315例COVID-19(武汉肺炎)确诊病例: a disease's other name in parentheses stays inside the noun phrase
      const open = isOpenParenCode(text.charCodeAt(rightEnd));
      const named = open ? DISEASE_ALIAS.exec(text.slice(rightEnd, rightEnd + 14)) : null;
      if (named) {
        skipped += named[0].length;
        rightEnd += named[0].length;
        continue;
      }
      // 12名确诊…的病人(个案编号:12049、…)出院: case numbers in parentheses are set aside, not counted in the phrase
      const close = open && /^[(（](?:个案编号|病例编号|编号|案)/.test(text.slice(rightEnd, rightEnd + 6)) ? text.indexOf(')', rightEnd) : -1;
      if (close > rightEnd && close - rightEnd < 200 && (!next || close < next.start)) {
        skipped += close + 1 - rightEnd;
        rightEnd = close + 1;
        continue;
      }
      break;
    }
    // 本港增18宗创44日新低 一日三年长患者不治: a space between phrases of a headline ends the noun phrase
    if (rightEnd > m.end && text.charCodeAt(rightEnd) === 0x20 && isHanCode(text.charCodeAt(rightEnd - 1)) &&
        isHanCode(text.charCodeAt(rightEnd + 1))) break;
    rightEnd++;
  }
  PREDICATE.lastIndex = 0;
  const pred = PREDICATE.exec(text.slice(m.end, rightEnd));
  const nounEnd = pred && pred.index > 0 ? m.end + pred.index : rightEnd;
  return { m, next, exception, sentence, sentenceStart, paragraph, leftBound, rightEnd, nounEnd };
}

/** The cue words in the number's phrase: before it (in its clause, not cut off by a verb) and in its noun after it. */
function cuesAround(r: Reading, p: Phrase): { left: WordHit<Cue[]>[]; right: WordHit<Cue[]>[] } {
  const { text, cues } = r;
  const { m, leftBound, rightEnd, nounEnd } = p;
  while (r.cueIdx < cues.length && cues[r.cueIdx].end <= leftBound) r.cueIdx++;
  const left: WordHit<Cue[]>[] = [];
  const right: WordHit<Cue[]>[] = [];
  for (let c = r.cueIdx; c < cues.length && cues[c].start < rightEnd; c++) {
    const hit = cues[c];
    if (hit.start >= m.end) {
      if (hit.end <= nounEnd) right.push(hit);
      continue;
    }
    if (hit.end > m.start || hit.start < leftBound || r.consumed.has(hit.start)) continue;
    const between = text.slice(hit.end, m.start);
    const parens = parenthesesBetween(text, hit.end, m.start);
    if (VERB_BREAK.test(between) || parens.closes || (parens.opens && /^.{0,2}[(（]/.test(between))) continue;
    if (hit.data.every((s) => s.metric.startsWith('tests.')) && FOUND_BREAK.test(between)) continue;
    left.push(hit);
  }
  return { left, right };
}

/** Where the figure's phrase, clause and quote begin and end. */
function spanOf(r: Reading, p: Phrase, n: Naming): Span {
  const { m, leftBound, sentenceStart } = p;
  const { choice } = n;
  const phraseStart = choice && choice.side === 'left' ? Math.min(choice.hit.start, m.start) : m.start;
  const clauseStart = Math.max(startOf(r.structure.clauses, m.start), leftBound);
  const quoteStart = n.inherited || n.topicStart !== null ? n.label.start : Math.min(phraseStart, m.start);
  const quoteEnd = choice && choice.side === 'right' ? Math.max(choice.hit.end, m.end) : m.end;
  const topicFrom = Math.max(sentenceStart, clauseStart - 60);
  return { phraseStart, clauseStart, quoteStart, quoteEnd, topicFrom };
}

const EACH_LIST = 'region-of-each-list';
const RESTATED = 'restated-total';

/** 宜兰县及花莲县各2例: one figure for each place named before 各, each with its place. */
export const regionOfEachList: NamedRule = {
  name: EACH_LIST,
  phase: 'region',
  examples: [{ text: '台湾新增本土病例30例,其中宜兰县及花莲县各2例。', figure: { value: 2, region: '花莲县' } }],
  negatives: [{ text: '台湾新增本土病例30例,其中宜兰县2例。', figure: { value: 2, region: '宜兰县' } }],
};

/** 31例确诊病例中,30例…: a restated total takes the attributes of the figure it restates, for the breakdown after it. */
export const restatedTotal: NamedRule = {
  name: RESTATED,
  phase: 'scope',
  examples: [{ text: '新增本土确诊病例31例。31例确诊病例中,30例为隔离观察人员。', figure: { value: 31, scope: 'new', origin: 'local' }, setAside: true }],
  negatives: [{ text: '新增本土确诊病例31例,其中30例为隔离观察人员。', figure: { value: 31, scope: 'new' } }],
};

const EACH_GOODS = 'subject-of-each-goods';

/** 储备米、面各约3000吨: one figure for each commodity named before 各, each with its commodity. */
export const subjectOfEachGoods: NamedRule = {
  name: EACH_GOODS,
  phase: 'subject',
  examples: [{ text: '截至11月19日,全市储备米、面各约3000吨,食用油800吨。', figure: { value: 3000, subject: '面' } }],
  negatives: [{ text: '截至11月19日,全市储备大米3000吨,食用油800吨。', figure: { value: 3000, subject: '大米' } }],
};

function eachGoods(drafts: Draft[], added: Draft, list: string, cue: string): void {
  const at = list.lastIndexOf(cue);
  const names = (at >= 0 ? list.slice(at + cue.length) : list).split(/[及和、与]/).filter((name) => name.length > 0);
  if (names.length < 2 || !names.every((name) => /^[\u4e00-\u9fa5]{1,4}$/.test(name))) return;
  setField(added, 'subject', names[0], EACH_GOODS);
  for (const name of names.slice(1)) {
    const copy = { ...added, trace: [...added.trace] };
    setField(copy, 'subject', name, EACH_GOODS);
    drafts.push(copy);
  }
}

/** 截至5月3日24时,各区在院治疗情况如下。 above a table's header row: the line that dates the table. */
function introOf(r: Reading, header: number): number {
  const { text, structure } = r;
  let p = indexAt(structure.paragraphs, header);
  if (structure.paragraphs[p] !== header) return header;
  // (a blank line or two between them)
  while (p > 0 && p > indexAt(structure.paragraphs, header) - 3) {
    const start = structure.paragraphs[--p];
    const line = text.slice(start, header);
    if (line.trim() === '') continue;
    return /如下[。:：]?\s*$/.test(line) ? start : header;
  }
  return header;
}

/** A part on a line below its head's paragraph is dated as its head is: from the head's paragraph on. */
function headParagraphStart(r: Reading, n: Naming): number | null {
  const { parent, inherited } = n;
  return inherited && parent ? Math.min(parent.datesFrom ?? Infinity, r.structure.paragraphs[parent.paragraph]) : null;
}

/** Adds the figure, one per place for 各 lists, and a restated total's attributes to it. */
function addDraft(r: Reading, p: Phrase, n: Naming, s: Span,
  attributes: { scope: Scope | null; origin: Origin | null; region: string | null; subject: string | null }): void {
  const { text, drafts } = r;
  const { m, sentence, sentenceStart, paragraph, leftBound } = p;
  const { metric, choice, parent, topicStart, trace, inherited } = n;
  const itemLabel = n.label.text;
  drafts.push({
    metric, value: m.value, unit: m.unit, approx: m.approx,
    scope: attributes.scope, origin: attributes.origin, region: attributes.region, subject: attributes.subject, date: null,
    start: s.quoteStart, end: s.quoteEnd, trace, inherited, mention: m, sentence, paragraph, windowDate: false, asOfDate: false, parent: parent ?? undefined,
    datesFrom: (topicStart !== null ? introOf(r, topicStart) : null) ?? headParagraphStart(r, n) ?? undefined,
    // 31例确诊病例中,: a restatement whose topic a breakdown follows
    hidden: choice?.side === 'right' && closesTopicAt(text, choice.hit.end),
  });
  const added = drafts[drafts.length - 1];
  // 宜兰县及花莲县各2例: one figure for each place named before 各
  const each = !itemLabel.endsWith('各') ? null : charIs(text, m.start - 2, '(') && charIs(text, m.start - 1, '各')
    ? /^(.{2,60})$/.exec(listBefore(text, m.start - 2, Math.max(sentenceStart, m.start - 62)))
    : /^(.{2,60})各$/.exec(listBefore(text, m.start, leftBound));
  if (each && !n.inherited && metric.startsWith('supplies.') && choice?.side === 'left') eachGoods(drafts, added, each[1], choice.hit.word);
  if (each && n.inherited) {
    // …、宜兰县2例、屏东县、南投县各1例: the list item starts after the 、 that ends the one before
    const places = each[1].split(/[及和、与]/).filter((name) => name.length > 0).map((name) => placeAtEnd(name) ?? (PLACE_FORM.test(name) ? name : null));
    if (places.length >= 2 && places.every((place) => place !== null)) {
      // 越南及泰国(各3例) after 境外移入: imported cases name the country they came from as subject
      const group = parent?.subject && !abroadNamed(parent.subject) ? parent.subject : null;
      const place = (d: Draft, name: string) => {
        const country = added.origin === 'imported' ? abroadNamed(name) : null;
        setField(d, 'region', country ? null : name, EACH_LIST);
        setField(d, 'subject', country ?? group, EACH_LIST);
      };
      place(added, places[0]!);
      for (const name of places.slice(1)) {
        const copy = { ...added, trace: [...added.trace] };
        place(copy, name!);
        drafts.push(copy);
      }
    }
  }
  if (added.hidden) {
    // 31例确诊病例中: the restated figure's attributes, for the breakdown that follows
    for (let i = drafts.length - 1; i >= 0; i--) {
      const twin = drafts[i];
      if (twin === added || twin.metric !== added.metric || twin.value !== added.value) continue;
      if (added.origin === null) setField(added, 'origin', twin.origin, RESTATED);
      if (added.scope === null) setField(added, 'scope', twin.scope, RESTATED);
      if (added.region === null) setField(added, 'region', twin.region, RESTATED);
      break;
    }
  }
  if (!r.sentenceFirst.has(sentence)) r.sentenceFirst.set(sentence, added);
}

