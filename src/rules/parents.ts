// The figure a number breaks down or continues (its parent), and the totals a
// paragraph states, which lists of places and topic lines break down.
import type { Mention } from '../read/mentions.js';
import type { Draft } from './draft.js';
import { closesTopic, indexAt, type Structure } from '../read/structure.js';
import { PLACE_FORM } from '../lexicon/places.js';
import { parenthesisOwner, placeAtEnd } from './regions.js';
import { RIGHT_STOP } from './labels.js';
import { cueFinder, lastWord } from '../lexicon/finders.js';
import { tableHeader } from './cues.js';
import { charIs, isCloseParenCode, isOpenParenCode } from '../util/charset.js';

/** A topic phrase opening a part of a sentence: ;现有重症病例中, */
const NEW_TOPIC = /[;；][^;；]{0,3}[\u4e00-\u9fa5]{2,10}中[,，:：]/;

/** A semicolon outside the parentheses of the text between two figures (from..to). */
export function topLevelSemicolon(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenParenCode(c)) depth++;
    else if (isCloseParenCode(c)) depth = Math.max(0, depth - 1);
    else if ((c === 0x3b || c === 0xff1b) && depth === 0) return true; // ; ；
  }
  return false;
}

/** More closing than opening parentheses between from and to. */
export function closesMore(text: string, from: number, to: number): boolean {
  let balance = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenParenCode(c)) balance++;
    else if (isCloseParenCode(c)) balance--;
  }
  return balance < 0;
}

/**
 * The figure a number breaks down or continues: the last one before it in the
 * sentence at the same parenthesis level (香港12052例(出院…,死亡…),澳门63例 -> 香港's
 * figure), the sentence's first figure after a semicolon (…;管控人员四十五例), or
 * the last figure of the previous sentence when this one opens with 其中.
 */
export function findParent(text: string, drafts: Draft[], m: Mention, sentence: number, s: Structure,
  sentenceFirst: Map<number, Draft>): Draft | null {
  const last = drafts[drafts.length - 1];
  if (!last) return null;
  if (last.sentence === sentence) {
    const firstInSentence = sentenceFirst.get(sentence) ?? null;
    // a few levels back at most: a breakdown's parent is near it
    for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 8 && drafts[i].sentence === sentence; i--) {
      const d = drafts[i];
      // a breakdown follows its total closely
      if (m.start - d.mention.end > 240) return null;
      const between = text.slice(d.mention.end, m.start);
      // …浙南产业集聚区1例;现有重症病例中,鹿城区2例: a new topic after a semicolon starts a new list
      if (NEW_TOPIC.test(between)) return null;
      if (closesMore(text, d.mention.end, m.start)) continue; // inside a parenthesis that has closed
      if (topLevelSemicolon(text, d.mention.end, m.start)) {
        // inside a parenthesis the semicolon separates its parts: back to the figure the parenthesis follows
        const owner = parenthesisOwner(text, drafts, m, s.sentences[sentence]);
        if (owner) return owner;
        if (firstInSentence && firstInSentence !== d) return firstInSentence;
      }
      return d;
    }
    return null;
  }
  const sentenceStart = s.sentences[sentence];
  const paragraph = indexAt(s.paragraphs, m.start);
  // 其中:确诊病例中,郑州市72例: a topic of its own names what the list counts
  if (/^\s*(?:其中|当中)[:：,，]?\s*[\u4e00-\u9fa5]{2,10}中[,，:：]/.test(text.slice(sentenceStart, sentenceStart + 20))) return null;
  if (last.sentence === sentence - 1 && /^\s*(?:其中|当中|包括|含|另有)/.test(text.slice(sentenceStart, sentenceStart + 4))) {
    // …台中市及彰化县各5例、云林县各1例。其中万华活动史相关107例: after a list of places, 其中 breaks down its total
    return last.inherited && last.region !== null ? recentTotal(drafts, paragraph) ?? last : last;
  }
  // 新增…无症状感染者30例(含1例外省关联病例)。…按行政区域划分:和平区11例、辽中区7例: a list of places with
  // counts, and no count named, breaks down the paragraph's last total
  if (last.paragraph === paragraph && m.start - last.mention.end < 400 && last.unit === m.unit && placeItem(text, m)) {
    return recentTotal(drafts, paragraph);
  }
  // 辽宁312例,其中大连市290例… on the line under 本土病例505例; a county list in a paragraph of its own: a place's
  // count that opens no head of its own continues the head still open above it
  if (last.paragraph < paragraph && m.start - last.mention.end < 1500) {
    // across lines only a count in the head's own unit continues it (高雄9例 under 203人解除隔離 does not)
    const head = openHead(drafts);
    if (head && head.unit === m.unit && placeItem(text, m) && !namesItsCount(text, s, paragraph, m) && !underCountingHeader(text, s, m)) {
      return head;
    }
  }
  return null;
}

/**
 * The number names its own count: a topic on its line (新增确诊病例中,丰台区6例), a cue word in its clause
 * before it, or one after it (包头市1例确诊患者治愈出院).
 */
function namesItsCount(text: string, s: Structure, paragraph: number, m: Mention): boolean {
  const clause = indexAt(s.clauses, m.start);
  if (closesTopic(text, s.paragraphs[paragraph], m.start, true)) return true;
  if (lastWord(cueFinder, text, Math.max(s.clauses[clause], s.paragraphs[paragraph]), m.start) !== null) return true;
  const clauseEnd = s.clauses[clause + 1] ?? text.length;
  return lastWord(cueFinder, text, m.end, Math.min(clauseEnd, m.end + 16)) !== null;
}

/**
 * Two items of one list (…香港2例、泰國1例; 天府新区18例,高新区298例): a list mark between them, no 其中
 * and no parenthesis between, so that the second is not a part of the first.
 */
export function isListSibling(text: string, firstEnd: number, secondStart: number): boolean {
  if (secondStart - firstEnd > 30) return false;
  const between = text.slice(firstEnd, secondStart);
  // 渝北区3例,1例在隔离管控人员中发现: an item with no label of its own after the mark is a part of the one before
  return !/其中|当中|[(（)）:：]/.test(between) && /[\u4e00-\u9fa5]$/.test(between);
}

/** A table row under a header that names its count (区域 在院治疗确诊病例): the header, not a head above, names it. */
function underCountingHeader(text: string, s: Structure, m: Mention): boolean {
  const header = tableHeader(text, s, m.start);
  if (header === null) return false;
  const end = s.paragraphs[indexAt(s.paragraphs, header) + 1] ?? text.length;
  return lastWord(cueFinder, text, header, end) !== null;
}

/** The last figure that is no part of another (the head its parts follow), a few dozen figures back at most. */
function openHead(drafts: Draft[]): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 64; i--) if (!drafts[i].inherited) return drafts[i];
  return null;
}

/** The last figure of this metric before pos, close by, that is a total (no sub-region, part of no other). */
export function recentTotalOf(drafts: Draft[], metric: string, pos: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 64 && pos - drafts[i].mention.end < 600; i--) {
    const d = drafts[i];
    if (d.metric === metric && !d.inherited && d.region === null && d.subject === null) return d;
  }
  return null;
}

/**
 * The paragraph's last figure that is a total: read from its own cue, a part of no other figure
 * (其中包含467例为无症状 is a part of the 874 before it), of no sub-group and no sub-region.
 */
export function recentTotal(drafts: Draft[], paragraph: number, anySubject = false): Draft | null {
  // a few dozen figures back at most, so that a paragraph-long list stays linear
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 64 && drafts[i].paragraph === paragraph; i--) {
    const d = drafts[i];
    if (!d.inherited && d.parent === undefined && (anySubject || d.subject === null) && d.region === null) return d;
  }
  return null;
}

/** A number labelled by a place right before it (桃园市13例), the place a gazetteer name or a listed one (…、X区2例). */
function placeItem(text: string, m: Mention): boolean {
  // 新北市(360例), 南投县、彰化县及苗栗县(各3例): the place before the parenthesis
  if (charIs(text, m.start - 1, '(') || (charIs(text, m.start - 1, '各') && charIs(text, m.start - 2, '('))) {
    const open = charIs(text, m.start - 1, '(') ? m.start - 1 : m.start - 2;
    return placeItem(text, { ...m, start: open });
  }
  let s = m.start;
  while (s > 0 && m.start - s < 12 && !RIGHT_STOP.has(text.charCodeAt(s - 1))) s--;
  // (竞秀区 20 例: a space between the place and its count)
  const label = text.slice(s, m.start).trimEnd();
  if (label.length < 2) return false;
  if (placeAtEnd(label)) return true;
  const listed = s > 0 && (charIs(text, s - 1, '、') || charIs(text, s - 1, ':')) || charIs(text, m.end, '、');
  return listed && PLACE_FORM.test(label);
}

