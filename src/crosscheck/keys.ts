// Grouping helpers shared by the cross-checks: figures compared with each
// other must agree on every attribute except the one a check is about.
import type { Figure } from '../validate/schema.js';

export type Attribute = 'metric' | 'scope' | 'origin' | 'region' | 'subject' | 'date' | 'unit';
const ATTRIBUTES: readonly Attribute[] = ['metric', 'scope', 'origin', 'region', 'subject', 'date', 'unit'];

/** A figure with its index in the document's figures array. */
export interface Indexed {
  i: number;
  f: Figure;
}

/**
 * Each figure's attributes as small numbers, one per distinct value in the
 * document: a key is then a string of a few character codes, cheap to build
 * and to hash (the checks group every figure five ways: their hot path).
 * While every code fits in 7 bits, each figure's whole key is also kept as
 * one number of 7 bits per attribute (49 bits: exact in a double).
 */
interface Coded {
  codes: Uint16Array;
  whole: Float64Array | null;
}

function codesOf(figures: readonly Figure[]): Coded {
  const n = ATTRIBUTES.length;
  const codes = new Uint16Array(figures.length * n);
  const seen = ATTRIBUTES.map(() => new Map<string | null, number>());
  let small = true;
  for (let i = 0; i < figures.length; i++) {
    for (let a = 0; a < n; a++) {
      const v = figures[i][ATTRIBUTES[a]] ?? null;
      let code = seen[a].get(v);
      if (code === undefined) seen[a].set(v, (code = seen[a].size + 1));
      codes[i * n + a] = code;
      if (code >= 128) small = false;
    }
  }
  if (!small) return { codes, whole: null };
  const whole = new Float64Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    let key = 0;
    for (let a = 0; a < n; a++) key = key * 128 + codes[i * n + a];
    whole[i] = key;
  }
  return { codes, whole };
}

/** Codes of the figures arrays grouped last: the checks group one array five ways in a row. */
let lastFigures: readonly Figure[] | null = null;
let lastCoded: Coded = { codes: new Uint16Array(0), whole: null };

/**
 * A key function (by figure index) for one set of free attributes: the whole
 * key less the free attributes' parts while the codes are small, else a
 * string of the codes.
 */
function keyer(free: readonly Attribute[], { codes, whole }: Coded): (i: number) => number | string {
  const n = ATTRIBUTES.length;
  const freeIndexes = free.map((f) => ATTRIBUTES.indexOf(f));
  if (whole) {
    const weights = freeIndexes.map((a) => 128 ** (n - 1 - a));
    return (i) => {
      let key = whole[i];
      for (let k = 0; k < freeIndexes.length; k++) key -= codes[i * n + freeIndexes[k]] * weights[k];
      return key;
    };
  }
  const kept = ATTRIBUTES.map((a) => !free.includes(a));
  return (i) => {
    let key = '';
    for (let a = 0; a < n; a++) key += String.fromCharCode(kept[a] ? codes[i * n + a] : 0);
    return key;
  };
}

/** Figures grouped by their key on every attribute but the `free` ones, in text order. */
export function groupBy(figures: readonly Figure[], free: readonly Attribute[]): Indexed[][] {
  if (figures !== lastFigures) {
    lastFigures = figures;
    lastCoded = codesOf(figures);
  }
  const key = keyer(free, lastCoded);
  const groups = new Map<number | string, Indexed[]>();
  for (let i = 0; i < figures.length; i++) {
    const k = key(i);
    const g = groups.get(k);
    if (g) g.push({ i, f: figures[i] });
    else groups.set(k, [{ i, f: figures[i] }]);
  }
  return [...groups.values()];
}

/** What a figure is, in a message: `cases.confirmed new local 浦东新区 2022-04-01`. */
export function describe(f: Figure, omit: readonly Attribute[] = []): string {
  const parts: string[] = [f.metric];
  for (const a of ['scope', 'origin', 'region', 'subject', 'date'] as const) {
    const v = f[a];
    if (v && !omit.includes(a)) parts.push(v);
  }
  return parts.join(' ');
}

/** The value with its unit as written: `43例`. */
export function amount(f: Figure): string {
  return `${f.value}${f.unit}`;
}

/**
 * Whether two statements of one fact agree: equal values, or an approximate
 * one (`180多`, `近200`, `约190`) that the other lies within.
 */
export function agree(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return true;
  if (a.approx === 'exact' && b.approx === 'exact') return false;
  const [rough, exact] = a.approx === 'exact' ? [b, a] : [a, b];
  switch (rough.approx) {
    case 'over':
      return exact.value >= rough.value;
    case 'under':
      return exact.value <= rough.value;
    default:
      return Math.abs(exact.value - rough.value) <= 0.1 * Math.max(exact.value, rough.value);
  }
}

/** The one value the figures of a group state, or null when they state several. */
export function singleValue(group: readonly Indexed[]): Indexed | null {
  const exact = group.find((x) => x.f.approx === 'exact') ?? group[0];
  return group.every((x) => agree(x.f, exact.f)) ? exact : null;
}
