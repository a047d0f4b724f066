// Which place a figure belongs to: a place right before it, the place its
// clause or paragraph opens with, the figure its parenthesis follows, or one
// of a 分别 list of places; and whether that place is the article's own.
import { setField } from './engine.js';
import type { NamedRule } from './rule.js';
import type { Mention } from '../read/mentions.js';
import type { Draft, FigureContext } from './draft.js';
import { indexAt, type Structure } from '../read/structure.js';
import { CharSet, isCloseParenCode, isListCode, isOpenParenCode, WHITESPACE_CHARS } from '../util/charset.js';
import { mayHoldPlace, PLACE_FORM, placeAt, type Place } from '../lexicon/places.js';

/** The place a label ends with (个案分布为新北市 -> 新北市), as written. */
export function placeAtEnd(label: string): string | null {
  // most labels hold no place name at all: a scan of their characters says so without a lookup
  if (!mayHoldPlace(label)) return null;
  for (let i = 0; i < label.length - 1; i++) {
    const p = placeAt(label, i);
    if (p && i + p.name.length === label.length) return p.name.length >= 3 || p.level > 1 ? p.name : p.full;
  }
  return null;
}

const SELF_REFERENCE = /^(?:全市|本市|我市|全省|本省|我省|全区|本区|我区|全县|本县|我县|全州|全国|本港|全港|全澳|本澳)/;

/** The place a clause is about: its first words name a place (浦东新区新增…, 扬州市共有…). */
export function clausePlace(text: string, from: number, to: number, ctx: FigureContext): string | null {
  // the same clause openings are asked about for many figures: remember the answers
  const memo = ctx.clauseMemo;
  if (memo?.has(from)) return memo.get(from)!;
  const place = readClausePlace(text, from, to, ctx);
  memo?.set(from, place);
  return place;
}

/** Words and marks a clause may open with before the place it is about (其中, 截至目前, bullets). */
const CLAUSE_OPENING = new CharSet([
  ...WHITESPACE_CHARS,
  ...'其中另据此外截至目前同时当前*·•-—、【',
  // row labels of summaries: #河南, ▲河南:, ■河南
  ...'#＃▲△■□●○◆◇►▶',
]);

/** A short verb phrase before the place a clause opens with (累计收到港澳台地区通报…). */
const LEAD = /^(?:累计|收到|新增|报告|共有|共|现有|现住|居住在|居住于|住在|已)+/;
const LEAD_FIRST = new CharSet('累收新报共现居住已');
const SELF_FIRST = new CharSet('全本我');
/** After a place, words that make it no clause topic: 的, a number, a parenthesis. */
const NOT_A_TOPIC_AFTER = new CharSet('的0123456789(（零〇一二两三四五六七八九');

function readClausePlace(text: string, from: number, to: number, ctx: FigureContext): string | null {
  let p = from;
  while (p < to && CLAUSE_OPENING.has(text.charCodeAt(p))) p++;
  // 累计收到港澳台地区通报…: a place right after a short verb phrase still opens the clause
  // (each pattern is tried only where its first character is: most clauses open with neither)
  const lead = LEAD_FIRST.has(text.charCodeAt(p)) ? LEAD.exec(text.slice(p, p + 6)) : null;
  if (lead && placeAt(text, p + lead[0].length)) p += lead[0].length;
  const self = SELF_FIRST.has(text.charCodeAt(p)) ? SELF_REFERENCE.exec(text.slice(p, p + 2)) : null;
  if (self) {
    if (self[0].endsWith('区') && ctx.places) {
      // 全区: the district or autonomous region last named before it
      for (let i = ctx.places.length - 1; i >= 0; i--) {
        const pl = ctx.places[i];
        if (pl.start >= p) continue;
        if (/区$/.test(pl.full)) return pl.full;
      }
    }
    return ctx.region ? ctx.region.full : null;
  }
  let place = placeAt(text, p);
  if (!place) return null;
  // 海南三亚, 成都市郫都区: the more specific place that follows
  const inner = placeAt(text, p + place.name.length);
  if (inner && inner.level >= place.level) {
    p += place.name.length;
    place = inner;
  }
  // 西安市政府, 郑州市疫情防控指挥部: an institution, still the place it speaks for;
  // 湖北省1921例 is a breakdown label, not the clause's topic
  if (NOT_A_TOPIC_AFTER.has(text.charCodeAt(p + place.name.length))) return null;
  return place.full;
}

const FENBIE_LIST = 'region-of-fenbie-list';

/** 城关区、七里河区分别报告5例、3例: one listed place per number, in order. */
export const regionOfFenbieList: NamedRule = {
  name: FENBIE_LIST,
  phase: 'region',
  examples: [{ text: '兰州市新增本土确诊病例8例,城关区、七里河区分别报告5例、3例。', figure: { value: 3, region: '七里河区' } }],
  negatives: [{ text: '兰州市新增本土确诊病例8例,城关区报告5例,七里河区报告3例。', figure: { value: 3, region: '七里河区' } }],
};

/** 城关区、七里河区分别报告5例、3例: one listed place per number, in order. */
export function distributeFenbieRegions(text: string, drafts: Draft[], ctx: FigureContext): void {
  for (let at0 = text.indexOf('分别'); at0 >= 0; at0 = text.indexOf('分别', at0 + 2)) {
    // the 、-list of names right before 分别 (read backwards, bounded)
    let s = at0;
    while (s > 0 && at0 - s < 120 && isListCode(text.charCodeAt(s - 1))) s--;
    const names = text.slice(s, at0).split(/[、和及]/);
    if (names.length < 2) continue;
    const m = { index: s, 0: text.slice(s, at0 + 2) };
    const places = names.map((n) => {
      // the list may start inside a longer phrase: take the place at the end of the first item
      for (let i = 0; i < n.length - 1; i++) {
        const p = placeAt(n, i);
        if (p && i + p.name.length === n.length) return p.name;
        if (PLACE_FORM.test(n.slice(i)) && n.length - i <= 6 && i > 0 === false) return n.slice(i);
      }
      return PLACE_FORM.test(n) && n.length <= 6 ? n : null;
    });
    if (places.some((p) => p === null)) continue;
    const at = m.index + m[0].length;
    // the numbers of the same sentence after 分别 (bounded look-ahead, binary search into the drafts)
    const stop = text.slice(at, at + 600).search(/[。\n]/);
    const limit = stop < 0 ? at + 600 : at + stop;
    const series: Draft[] = [];
    for (let k = firstDraftAt(drafts, at); k < drafts.length && series.length < places.length && drafts[k].mention.start < limit; k++) {
      series.push(drafts[k]);
    }
    if (series.length !== places.length) continue;
    series.forEach((d, i) => {
      const place = subRegion(places[i], ctx.region);
      if (place) setField(d, 'region', place, FENBIE_LIST);
    });
  }
}

/** The place the paragraph's clauses last opened with, before `before` (a few clauses back at most). */
export function paragraphTopic(text: string, s: Structure, paragraphStart: number, before: number, ctx: FigureContext): string | null {
  const last = indexAt(s.clauses, before) - 1;
  for (let c = last; c >= 0 && c >= last - 12; c--) {
    const cs = s.clauses[c];
    if (cs < paragraphStart) break;
    const place = clausePlace(text, cs, before, ctx);
    if (place) return place;
  }
  return null;
}

/** The figure a parenthesis holding m follows: 308594例(出院59230例,死亡8827例). */
export function parenthesisOwner(text: string, drafts: Draft[], m: Mention, from: number): Draft | null {
  const open = openParenBefore(text, m.start, Math.max(from, m.start - 80));
  if (open < 0) return null;
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 12; k--) if (drafts[k].mention.end === open) return drafts[k];
  return null;
}

/** The innermost parenthesis still open at pos, looking back to `from` (either width): its index, or -1. */
export function openParenBefore(text: string, pos: number, from: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isCloseParenCode(c)) depth++;
    else if (isOpenParenCode(c)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Index of the first draft whose mention starts at or after pos (drafts are in text order). */
function firstDraftAt(drafts: Draft[], pos: number): number {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid].mention.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A figure's region: a place unless it is the article's own (全市 figures carry no region). */
export function subRegion(place: string | null, article: Place | null): string | null {
  return place && !(article && samePlace(place, article.full)) ? place : null;
}

/** The same place: the same official name (吉林市 is not 吉林省), short forms resolved (西藏 = 西藏自治区). */
export function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  // every figure's region is compared with the article's own: the same few pairs, asked again and again
  let known = sameMemo.get(b);
  if (known === undefined) {
    if (sameMemo.size > 512) sameMemo.clear();
    sameMemo.set(b, (known = new Map()));
  }
  let same = known.get(a);
  if (same === undefined) {
    same = comparePlaces(a, b);
    if (known.size > 4096) known.clear();
    known.set(a, same);
  }
  return same;
}
const sameMemo = new Map<string, Map<string, boolean>>();

function comparePlaces(a: string, b: string): boolean {
  const pa = placeAt(a, 0);
  const pb = placeAt(b, 0);
  if (pa && pb && pa.name === a && pb.name === b) return pa.full === pb.full;
  const strip = (s: string) => s.replace(/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|新区)$/, '');
  return strip(a) === strip(b);
}
