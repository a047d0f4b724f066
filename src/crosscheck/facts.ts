// Checks between statements of one fact: two values for it, a day's new or
// current count above the cumulative count, a date after publication.
import type { Check, Figure } from '../validate/schema.js';
import { agree, amount, describe, groupBy, singleValue, type Indexed } from './keys.js';

/** One fact (metric, scope, origin, region, subject, date, unit) stated with values that disagree. */
export function twoValues(figures: readonly Figure[]): Check[] {
  const checks: Check[] = [];
  for (const group of groupBy(figures, [])) {
    if (group.length < 2 || singleValue(group)) continue;
    const values = distinct(group);
    checks.push({
      kind: 'two-values',
      message: `${describe(group[0].f)} is stated as ${values.map((x) => amount(x.f)).join(' and ')}`,
      figures: group.map((x) => x.i),
    });
  }
  return checks;
}

/** The group's figures with the first of each value that disagrees with those before it. */
function distinct(group: readonly Indexed[]): Indexed[] {
  const out: Indexed[] = [];
  for (const x of group) if (!out.some((y) => agree(x.f, y.f))) out.push(x);
  return out;
}

/**
 * A day's new count, or a current count, above the cumulative count of the
 * same metric, origin, place, subject and date: the cumulative includes them.
 */
export function aboveCumulative(figures: readonly Figure[]): Check[] {
  const checks: Check[] = [];
  for (const group of groupBy(figures, ['scope'])) {
    const cumulative = group.filter((x) => x.f.scope === 'cumulative');
    if (cumulative.length === 0) continue;
    for (const scope of ['new', 'current'] as const) {
      const seen = new Set<string>();
      for (const part of group.filter((x) => x.f.scope === scope)) {
        for (const total of cumulative) {
          if (!exceeds(part.f, total.f)) continue;
          const pair = `${part.f.value}/${total.f.value}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          checks.push({
            kind: scope === 'new' ? 'new-exceeds-cumulative' : 'current-exceeds-cumulative',
            message: `${describe(part.f)} ${amount(part.f)} is more than the cumulative ${amount(total.f)}`,
            figures: [part.i, total.i],
          });
        }
      }
    }
  }
  return checks;
}

/** `part` is surely more than `total` (approximate values only when their bounds say so). */
function exceeds(part: Figure, total: Figure): boolean {
  if (part.value <= total.value) return false;
  // `超过100` against 90 exceeds; `近100` against 90 may not
  return part.approx !== 'under' && part.approx !== 'about' && total.approx !== 'over' && total.approx !== 'about';
}

/** The first day of a full date or range (`2022-04-03` of `2022-04-03/2022-04-12`), or null when yearless. */
function firstDay(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return m ? m[1] : null;
}

/** Figures whose date begins after the day the article was published: one check per date. */
export function datedAfterPublication(figures: readonly Figure[], published: string | null): Check[] {
  const day = firstDay(published);
  if (!day) return [];
  const byDate = new Map<string, number[]>();
  figures.forEach((f, i) => {
    const first = firstDay(f.date);
    if (first && first > day) {
      const list = byDate.get(f.date!);
      if (list) list.push(i);
      else byDate.set(f.date!, [i]);
    }
  });
  return [...byDate].map(([date, indexes]) => ({
    kind: 'dated-after-publication' as const,
    message: `${indexes.length === 1 ? '1 figure is' : `${indexes.length} figures are`} dated ${date}, after the publication date ${published}`,
    figures: indexes,
  }));
}
