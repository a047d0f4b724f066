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

/** The figures' key on every attribute but the `free` ones. */
export function keyOf(f: Figure, free: readonly Attribute[]): string {
  return keyer(free)(f);
}

/**
 * A key function for one set of free attributes: one string concatenation per
 * figure (the checks group every figure five ways, so this is their hot path).
 */
function keyer(free: readonly Attribute[]): (f: Figure) => string {
  const [metric, scope, origin, region, subject, date, unit] = ATTRIBUTES.map((a) => !free.includes(a));
  return (f) =>
    (metric ? f.metric : '') + '\u0001' + (scope ? (f.scope ?? '') : '') + '\u0001' + (origin ? (f.origin ?? '') : '') + '\u0001' +
    (region ? (f.region ?? '') : '') + '\u0001' + (subject ? (f.subject ?? '') : '') + '\u0001' + (date ? (f.date ?? '') : '') + '\u0001' +
    (unit ? f.unit : '');
}

/** Figures grouped by their key on every attribute but the `free` ones, in text order. */
export function groupBy(figures: readonly Figure[], free: readonly Attribute[]): Indexed[][] {
  const key = keyer(free);
  const groups = new Map<string, Indexed[]>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const k = key(f);
    const g = groups.get(k);
    if (g) g.push({ i, f });
    else groups.set(k, [{ i, f }]);
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
