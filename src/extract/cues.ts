// Choosing the cue that names what a number counts: the vocabulary word in the
// number's own phrase, left or right of it, that can count in its unit.
import type { Metric } from '../validate/schema.js';
import type { Mention } from './mentions.js';
import { METRIC_UNITS, type Cue, type CueKind } from './vocabulary.js';
import type { WordHit } from './words.js';
import { indexAt, type Structure } from './structure.js';
import type { CueChoice } from './draft.js';
import { cueFinder } from './finders.js';


const UNIT_SETS = new Map(Object.entries(METRIC_UNITS).map(([metric, units]) => [metric, new Set(units)]));
export const unitFits = (metric: Metric, unit: string) => UNIT_SETS.get(metric)!.has(unit);

export function sense(hit: WordHit<Cue[]>, unit: string): Cue | null {
  for (const c of hit.data) if (unitFits(c.metric, unit)) return c;
  return null;
}

const KIND_RANK: Record<CueKind, number> = { verb: 3, state: 2, noun: 1, generic: 0 };

/** The cue that names what the number counts, in its own phrase. */
export function chooseCue(text: string, m: Mention, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[]): CueChoice | null {
  const fitL = left.map((h) => ({ h, c: sense(h, m.unit) })).filter((x): x is { h: WordHit<Cue[]>; c: Cue } => x.c !== null);
  const fitR = right.map((h) => ({ h, c: sense(h, m.unit) })).filter((x): x is { h: WordHit<Cue[]>; c: Cue } => x.c !== null);
  const pickLeft = () => {
    if (fitL.length === 0) return null;
    const specific = fitL.filter((x) => x.c.kind !== 'generic');
    const pool = specific.length ? specific : fitL;
    // nearest to the number; a verb anywhere in the phrase decides over nouns (累计治愈出院病例)
    let best = pool[pool.length - 1];
    const verb = [...pool].reverse().find((x) => x.c.kind === 'verb');
    if (verb && best.c.kind !== 'verb' && best.c.kind !== 'state') best = verb;
    const i = pool.indexOf(best);
    const before = pool[i - 1];
    let joined: WordHit<Cue[]> | undefined;
    // (密接者次密接者2553人 in a headline: two counts of one family written together, with no mark between)
    const gap = text.slice(before?.h.end ?? 0, best.h.start);
    if (before && (/^(?:、|和|及|与|或|以及)$/.test(gap) ||
          (before.h.end === best.h.start && before.c.metric !== best.c.metric &&
            before.c.metric.slice(0, before.c.metric.indexOf('.')) === best.c.metric.slice(0, best.c.metric.indexOf('.')))) &&
        KIND_RANK[before.c.kind] >= KIND_RANK[best.c.kind] - 1) {
      joined = best.h;
      best = before;
    }
    return { cue: best.c, hit: best.h, side: 'left' as const, joined };
  };
  const pickRight = () => {
    if (fitR.length === 0) return null;
    const verb = fitR.find((x) => x.c.kind === 'verb');
    if (verb) return { cue: verb.c, hit: verb.h, side: 'right' as const };
    const specific = fitR.filter((x) => x.c.kind !== 'generic');
    const pool = specific.length ? specific : fitR;
    // the head noun of "N unit + noun phrase" is its last noun (核酸检测队员 -> 队员)
    const head = pool[pool.length - 1];
    return { cue: head.c, hit: head.h, side: 'right' as const };
  };
  const l = pickLeft();
  const r = pickRight();
  if (l && r) {
    // 检出17份混管阳性样本: what was detected, written after the number, is what is counted
    if ((l.hit.word === '检出' || l.hit.word === '发现') && r.hit.start - m.end <= 10) return r;
    const tightLeft = m.start - l.hit.end <= 6;
    const tightRight = r.hit.start - m.end <= 10;
    if (tightRight && !tightLeft) return r;
    if (r.cue.kind === 'verb' && l.cue.kind !== 'verb' && r.hit.start - m.end <= 10) return r;
    return l;
  }
  return l ?? r;
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
    if (/[:：]$/.test(line)) return s.paragraphs[p];
    if (line.length > 30) return null;
  }
  return null;
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
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') {
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
