// Parts against their stated total: places against the place they are in
// (districts against the city), `其中` parts named by subject against the
// figure they split, local and imported against the count of both.
import { createRequire } from 'node:module';
import { placeAt, type Place } from '../lexicon/places.js';
import type { Check, Figure } from '../validate/schema.js';
import { amount, describe, groupBy, singleValue, type Attribute, type Indexed } from './keys.js';

/** Names GB/T 2260 gives to more than one city or district (城关区 of Lanzhou and of Lhasa, 江北区, 和平区). */
let shared: Set<string> | null = null;

function sharedNames(): Set<string> {
  if (shared) return shared;
  const data = createRequire(import.meta.url)('china-area-data/data.json') as Record<string, Record<string, string>>;
  const seen = new Set<string>();
  shared = new Set<string>();
  for (const [code, names] of Object.entries(data)) {
    if (code === '86') continue;
    for (const name of Object.values(names)) {
      if (seen.has(name)) shared.add(name);
      else seen.add(name);
    }
  }
  return shared;
}

/**
 * The place a region names exactly, or null (`来自台湾地区`, a cluster's name, and a name two
 * places share: the place table knows only one of them).
 */
function placeOf(region: string | null): Place | null {
  if (!region) return null;
  const p = placeAt(region, 0);
  return p && p.name === region && !sharedNames().has(p.full) ? p : null;
}

/** `inner` lies inside `outer` (unknown outer: anywhere). */
function inside(inner: Place, outer: Place | null): boolean {
  if (!outer) return true;
  if (inner.level <= outer.level) return false;
  return outer.level === 1 ? inner.province === outer.full : inner.city === outer.full;
}

/** Figures of one group with one value per distinct `by` attribute, or null when one of them has two values. */
function onePerValue(group: readonly Indexed[], by: Attribute): Map<string, Indexed> | null {
  const buckets = new Map<string, Indexed[]>();
  for (const x of group) {
    const k = String(x.f[by] ?? '');
    const b = buckets.get(k);
    if (b) b.push(x);
    else buckets.set(k, [x]);
  }
  const out = new Map<string, Indexed>();
  for (const [k, b] of buckets) {
    const one = singleValue(b);
    if (!one) return null; // two values for one part: `two-values` reports it
    out.set(k, one);
  }
  return out;
}

function compare(total: Indexed, parts: Indexed[], below: boolean, what: string, by: Attribute): Check | null {
  const sum = parts.reduce((s, x) => s + x.f.value, 0);
  const rough = [total, ...parts].some((x) => x.f.approx !== 'exact');
  if (rough || sum === total.f.value) return null;
  if (sum < total.f.value && !below) return null;
  const over = sum > total.f.value;
  const listed = parts.map((x) => `${x.f[by] ?? ''}${amount(x.f)}`).join(' + ');
  return {
    kind: over ? 'parts-exceed-total' : 'parts-below-total',
    message: `${what} of ${describe(total.f)} add up to ${sum}${total.f.unit} (${listed}), ${over ? 'more' : 'less'} than the total ${amount(total.f)}`,
    figures: [total.i, ...parts.map((x) => x.i)],
  };
}

/**
 * Places against each stated place that holds them, and against the
 * article's total: the parts are the places of the highest level inside it
 * (provinces of a national total, not also their cities). A list of places
 * that sums to less than the total is reported too when it names two or more
 * and every place of the group is known.
 */
export function placesAgainstTotals(figures: readonly Figure[], articleRegion: string | null): Check[] {
  const checks: Check[] = [];
  const articlePlace = placeOf(articleRegion);
  for (const group of groupBy(figures, ['region'])) {
    if (group.length < 2) continue;
    const byRegion = onePerValue(group, 'region');
    if (!byRegion) continue;
    const placed: Array<{ x: Indexed; place: Place }> = [];
    // a part that names no known place (延边州, 钱塘区, 瓯江口产业集聚区) may belong to any total: without it
    // a short sum proves nothing
    let unplaced = false;
    for (const x of byRegion.values()) {
      const place = placeOf(x.f.region);
      if (place) placed.push({ x, place });
      else if (x.f.region) unplaced = true;
    }
    const totals: Array<{ x: Indexed; place: Place | null }> = [...placed];
    const own = byRegion.get('');
    if (own) totals.unshift({ x: own, place: articlePlace });
    for (const total of totals) {
      const within = placed.filter((p) => p.x !== total.x && inside(p.place, total.place));
      if (within.length === 0) continue;
      const level = Math.min(...within.map((p) => p.place.level));
      const parts = within.filter((p) => p.place.level === level).map((p) => p.x);
      // a place outside the article's own (和平区 read as Tianjin's in a Shenyang bulletin) may be a
      // name shared by two places: the list may be complete
      const stray = total.x === own && within.length < placed.length;
      const check = compare(total.x, parts, parts.length >= 2 && !unplaced && !stray, 'places', 'region');
      if (check) checks.push(check);
    }
  }
  return checks;
}

/** `其中` parts named by subject (clinical types, where cases were found, countries of origin) against the figure they split. */
export function subjectsAgainstTotal(figures: readonly Figure[]): Check[] {
  const checks: Check[] = [];
  for (const group of groupBy(figures, ['subject'])) {
    if (group.length < 2) continue;
    const bySubject = onePerValue(group, 'subject');
    const total = bySubject?.get('');
    if (!bySubject || !total) continue;
    const parts = [...bySubject].filter(([k]) => k !== '').map(([, x]) => x);
    if (parts.length === 0) continue;
    const check = compare(total, parts, false, 'parts', 'subject');
    if (check) checks.push(check);
  }
  return checks;
}

/** Local and imported counts against the count that covers both: together they cannot exceed it. */
export function originsAgainstTotal(figures: readonly Figure[]): Check[] {
  const checks: Check[] = [];
  for (const group of groupBy(figures, ['origin'])) {
    if (group.length < 2) continue;
    const byOrigin = onePerValue(group, 'origin');
    const total = byOrigin?.get('');
    if (!byOrigin || !total) continue;
    const parts = [byOrigin.get('local'), byOrigin.get('imported')].filter((x): x is Indexed => !!x);
    if (parts.length === 0) continue;
    // short is no error: Taiwan's totals also hold 敦睦艦隊, 航空器感染 and 不明 cases
    const check = compare(total, parts, false, 'local and imported counts', 'origin');
    if (check) checks.push(check);
  }
  return checks;
}
