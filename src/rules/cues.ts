// Choosing the cue that names what a number counts: the vocabulary word in the
// number's own phrase, left or right of it, that can count in its unit.
import { familyOf, type Metric } from '../lexicon/metrics.js';
import type { Mention } from '../read/mentions.js';
import { METRIC_UNITS, type Cue, type CueKind } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';
import { indexAt, type Structure } from '../read/structure.js';
import type { CueChoice } from './draft.js';
import { cueFinder } from '../lexicon/finders.js';
import { CharSet, isCloseParenCode, isOpenParenCode } from '../util/charset.js';


const UNIT_SETS = new Map(Object.entries(METRIC_UNITS).map(([metric, units]) => [metric, new Set(units)]));
/** Whether the metric counts in the unit; a count printed with no unit (8,215COVID-19本土病例) counts cases. */
export const unitFits = (metric: Metric, unit: string) => (unit === '' ? metric.startsWith('cases.') : UNIT_SETS.get(metric)!.has(unit));

export function sense(hit: WordHit<Cue[]>, unit: string): Cue | null {
  for (const c of hit.data) if (unitFits(c.metric, unit)) return c;
  return null;
}

/** Nouns that say what kind of case is counted, not what state it is in. */
const KIND_OF_CASE = new Set<Metric>(['cases.confirmed', 'cases.asymptomatic', 'cases.positive', 'cases.suspected']);

/** A character a count can start with. */
const COUNT_START = /^[\d零〇一二两三四五六七八九十]/;

const KIND_RANK: Record<CueKind, number> = { verb: 3, state: 2, noun: 1, generic: 0 };

/** The cue that names what the number counts, in its own phrase. */
export function chooseCue(text: string, m: Mention, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[]): CueChoice | null {
  const l = pickLeft(text, fitting(left, m.unit));
  // 新增境外输入12例  治愈出院29例 (a headline's items set apart by spaces): a gap after the unit ends the
  // item, and the cue after it is the next item's
  const picked = pickRight(fitting(right, m.unit));
  const r = picked && ITEM_GAP.anyIn(text, m.end, picked.hit.start) ? null : picked;
  if (l && r) {
    // 本土病例3,120例死亡15例: a cue that starts right at the unit and runs into the next count is that count's
    // own; with a cue before it, the number's item ends at its unit
    if (r.hit.start === m.end && COUNT_START.test(text.slice(r.hit.end, r.hit.end + 1))) return l;
    // 检出17份混管阳性样本: what was detected, written after the number, is what is counted
    if ((l.hit.word === '检出' || l.hit.word === '发现') && r.hit.start - m.end <= 10) return r;
    const tightLeft = m.start - l.hit.end <= 6;
    const tightRight = r.hit.start - m.end <= 10;
    if (tightRight && !tightLeft) return r;
    // 无新增本土确诊病例、新增61例本土无症状感染者: a cue before a list mark closed the item before
    if (tightRight && LIST_MARK.anyIn(text, l.hit.end, m.start)) return r;
    if (r.cue.kind === 'verb' && l.cue.kind !== 'verb' && r.hit.start - m.end <= 10) return r;
    return l;
  }
  return l ?? r;
}

/** The spaces that set a headline's items apart. */
const ITEM_GAP = new CharSet([' ', '\t', '\n', '\u3000']);
/** 、 , ， ; ；: the marks that close a list item. */
const LIST_MARK = new CharSet(['、', ',', '，', ';', '；']);

/** A cue word with the sense it has for the number's unit. */
interface Fit {
  h: WordHit<Cue[]>;
  c: Cue;
}

/** The cue words that can count in the unit, in order. */
function fitting(hits: WordHit<Cue[]>[], unit: string): Fit[] {
  const out: Fit[] = [];
  for (const h of hits) {
    const c = sense(h, unit);
    if (c !== null) out.push({ h, c });
  }
  return out;
}

/** The cues more specific than 病例 or 个案, or all of them when none is. */
function specificOnes(fit: Fit[]): Fit[] {
  let generic = 0;
  for (const x of fit) if (x.c.kind === 'generic') generic++;
  return generic === 0 || generic === fit.length ? fit : fit.filter((x) => x.c.kind !== 'generic');
}

function pickLeft(text: string, fit: Fit[]): CueChoice | null {
  if (fit.length === 0) return null;
  const pool = specificOnes(fit);
  // nearest to the number; a verb anywhere in the phrase decides over nouns (累计治愈出院病例)
  let i = pool.length - 1;
  let best = pool[i];
  if (best.c.kind !== 'verb' && best.c.kind !== 'state') {
    for (let k = pool.length - 1; k >= 0; k--) {
      if (pool[k].c.kind === 'verb') {
        best = pool[k];
        i = k;
        break;
      }
    }
  }
  // 目前在院治疗的确诊病例为52例: where the counted are (a state) decides over what kind of case they are, as a
  // verb does (在治重症5例 stays severe: a state of its own)
  if (best.c.kind !== 'verb' && best.c.kind !== 'state' && KIND_OF_CASE.has(best.c.metric)) {
    for (let k = pool.length - 1; k >= 0; k--) {
      if (pool[k].c.kind === 'state' && /^[\u4e00-\u9fa5]{0,4}$/.test(text.slice(pool[k].h.end, pool[k + 1]?.h.start ?? pool[k].h.end))) {
        best = pool[k];
        i = k;
        break;
      }
    }
  }
  const before = i > 0 ? pool[i - 1] : undefined;
  let joined: WordHit<Cue[]> | undefined;
  // (密接者次密接者2553人 in a headline: two counts of one family written together, with no mark between)
  if (before && (/^(?:、|和|及|与|或|以及)$/.test(text.slice(before.h.end, best.h.start)) ||
        (before.h.end === best.h.start && before.c.metric !== best.c.metric && before.c.kind !== 'state' &&
          familyOf(before.c.metric) === familyOf(best.c.metric))) &&
      KIND_RANK[before.c.kind] >= KIND_RANK[best.c.kind] - 1) {
    joined = best.h;
    best = before;
  }
  return { cue: best.c, hit: best.h, side: 'left', joined };
}

function pickRight(fit: Fit[]): CueChoice | null {
  if (fit.length === 0) return null;
  for (const x of fit) if (x.c.kind === 'verb') return { cue: x.c, hit: x.h, side: 'right' };
  // the head noun of "N unit + noun phrase" is its last noun (核酸检测队员 -> 队员)
  const pool = specificOnes(fit);
  const head = pool[pool.length - 1];
  return { cue: head.c, hit: head.h, side: 'right' };
}


/** Index of the last cue starting before pos (binary search), or -1. */
export function lastCueBefore(cues: WordHit<Cue[]>[], pos: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A table row (小店区 24例) under a header line ending in 如下: or a colon: the
 * header's start, when pos lies in such a row. Rows are short lines; the
 * header is at most a few rows up.
 */
export function tableHeader(text: string, s: Structure, pos: number): number | null {
  let p = indexAt(s.paragraphs, pos);
  const rowLength = (i: number) => (s.paragraphs[i + 1] ?? text.length) - s.paragraphs[i];
  if (rowLength(p) > 30) return null;
  for (let rows = 0; p > 0 && rows < 60; rows++) {
    p--;
    const line = text.slice(s.paragraphs[p], s.paragraphs[p + 1] ?? text.length).trim();
    if (line.length === 0) continue;
    if (/[:：]$/.test(line) || headerRow(line)) return s.paragraphs[p];
    if (line.length > 30) return null;
  }
  return null;
}

/** 区域 在院治疗确诊病例, 縣市別 | 病例數 |: a table's header row, cells of words, the last naming a count. */
function headerRow(line: string): boolean {
  if (/[0-9]/.test(line)) return false;
  const cells = line.split(/[ \t|\u3000]+/).filter(Boolean);
  if (cells.length < 2) return false;
  const last = cells[cells.length - 1];
  return cueFinder.findAll(last).length > 0;
}

/**
 * The parentheses between a cue and a number: `closes`, one closes that opened
 * before the cue (the cue was inside a parenthesis and belongs to it);
 * `opens`, one stays open at the number (阳性个案(4 444宗确诊、…): the cue names
 * the figure the parenthesis follows, not its parts).
 */
export function parenthesesBetween(text: string, from: number, to: number): { opens: boolean; closes: boolean } {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenParenCode(c)) depth++;
    else if (isCloseParenCode(c)) {
      if (depth === 0) return { opens: false, closes: true };
      depth--;
    }
  }
  return { opens: depth > 0, closes: false };
}

/** A vocabulary word at the start of the noun that can count in this unit (3个检测点; not 3千多个样本樽). */
export function cueFits(noun: string, unit: string): boolean {
  const hit = cueFinder.at(noun, 0);
  return hit !== null && hit.data.some((c) => unitFits(c.metric, unit));
}
