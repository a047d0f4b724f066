// One fact is reported once: a figure repeated in a headline or summary merges
// into the fuller statement, and a rounded headline figure gives way to the
// exact one in the body.
import type { Draft } from '../rules/draft.js';
import { setField } from '../rules/engine.js';
import type { Structure } from '../read/structure.js';
import { setAside, type DraftRefiner, type RefineContext } from './context.js';

function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}

function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const [a0, a1] = a.split('/');
  const [b0, b1] = b.split('/');
  const day = (x: string) => x.slice(0, 10);
  const inside = (x: string, lo: string, hi: string | undefined) => day(x) >= day(lo) && (hi === undefined || hi === '..' || day(x) <= day(hi));
  if (a1 !== undefined && b1 === undefined) return inside(b0, a0, a1);
  if (b1 !== undefined && a1 === undefined) return inside(a0, b0, b1);
  return false;
}

const information = (d: Draft) =>
  (d.scope ? 1 : 0) + (d.origin ? 1 : 0) + (d.date ? 1 : 0) + (d.region ? 1 : 0) + (d.subject ? 1 : 0) + (d.unit ? 1 : 0);

/** One fact is reported once: a repeated figure (headline, summary) merges into the fuller statement. */
function deduplicate(context: RefineContext, drafts: Draft[], headlineParagraphs: HeadlineParagraphs): Draft[] {
  const out: Draft[] = [];
  const facts = new FactKeys();
  for (const d of drafts) {
    const same = facts.statementsOf(d);
    // the last few statements of the same fact are enough to compare with
    const recent = same.length > 32 ? same.slice(-32) : same;
    const twin = recent.find((o) => o.metric === d.metric && o.value === d.value && o.approx === d.approx &&
      compatible(o.scope, d.scope) && o.origin === d.origin && o.region === d.region &&
      compatible(o.subject, d.subject) && datesCompatible(o.date, d.date) && o.mention.start !== d.mention.start);
    if (!twin) {
      out.push(d);
      same.push(d);
      continue;
    }
    // keep the body statement over a headline, else the one that says more
    const keepNew = (headlineParagraphs.has(twin.paragraph) && !headlineParagraphs.has(d.paragraph)) ||
      (headlineParagraphs.has(twin.paragraph) === headlineParagraphs.has(d.paragraph) &&
        (information(d) > information(twin) || (information(d) === information(twin) && (d.date ?? '').length > (twin.date ?? '').length)));
    const [keep, drop] = keepNew ? [d, twin] : [twin, d];
    for (const field of MERGED) if (keep[field] === null) setField(keep, field, drop[field], ONE_FACT);
    if (keepNew) {
      drop.hidden = true;
      same[same.indexOf(twin)] = keep;
      out.push(keep);
    }
  }
  hideRoundedHeadlines(out, headlineParagraphs);
  const kept = out.filter((d) => !d.hidden).sort((a, b) => a.start - b.start);
  const keptSet = new Set(kept);
  for (const d of drafts) if (!keptSet.has(d)) setAside(context, d, ONE_FACT);
  return kept;
}

/**
 * The statements of one fact (metric, value, approximation, region, origin), found by small-integer keys:
 * a string key per figure (its value printed, five parts joined) cost more than the comparisons it saved.
 */
class FactKeys {
  private readonly metrics = new Map<string | null, number>();
  private readonly approximations = new Map<string | null, number>();
  private readonly origins = new Map<string | null, number>();
  private readonly regions = new Map<string | null, number>();
  private readonly values = new Map<number, number>();
  /** the fact as one key (a number below 2^52 while the article has few enough of each part) -> its statements */
  private readonly statements = new Map<number | string, Draft[]>();

  /** The small number that stands for `word` in `ids`: the order in which it was first seen. */
  private static idIn<K>(ids: Map<K, number>, word: K): number {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  }

  statementsOf(d: Draft): Draft[] {
    const value = FactKeys.idIn(this.values, d.value);
    const metric = FactKeys.idIn(this.metrics, d.metric);
    const approx = FactKeys.idIn(this.approximations, d.approx);
    const origin = FactKeys.idIn(this.origins, d.origin);
    const region = FactKeys.idIn(this.regions, d.region);
    // (one map, not one per value: a map per distinct value was most of this step's garbage)
    const key = value < 2 ** 23 && metric < 128 && approx < 8 && origin < 8 && region < 65536
      ? value * 2 ** 29 + ((metric * 8 + approx) * 8 + origin) * 65536 + region
      : `${value}|${metric}|${approx}|${origin}|${region}`;
    let same = this.statements.get(key);
    if (!same) this.statements.set(key, (same = []));
    return same;
  }
}

/**
 * A headline restating a body figure: 北京昨日新增报告7例新冠肺炎确诊病例 over 新增报告本地确诊病例7例
 * (the headline leaves the origin out), and a rounded one, 配送约11万包蔬菜 over 已配送蔬菜包113024包
 * (约, 逾, 近, 多 within a tenth of a body figure of the same metric).
 */
function hideRoundedHeadlines(drafts: Draft[], headlineParagraphs: HeadlineParagraphs): void {
  const headlines = drafts.filter((d) => !d.hidden && headlineParagraphs.has(d.paragraph));
  if (headlines.length === 0) return;
  // only the body figures of the headlines' metrics are compared with them
  const metrics = new Set(headlines.map((d) => d.metric));
  const body = new Map<string, number[]>();
  /** metric -> value -> the exact body statements */
  const exact = new Map<string, Map<number, Draft[]>>();
  for (const d of drafts) {
    if (d.hidden || !metrics.has(d.metric) || headlineParagraphs.has(d.paragraph) || d.approx !== 'exact') continue;
    const list = body.get(d.metric) ?? [];
    list.push(d.value);
    body.set(d.metric, list);
    let byValue = exact.get(d.metric);
    if (!byValue) exact.set(d.metric, (byValue = new Map()));
    const same = byValue.get(d.value);
    if (!same) byValue.set(d.value, [d]);
    else if (same.length < 8) same.push(d);
  }
  const sorted = new Set<string>();
  for (const d of headlines) {
    if (d.approx === 'exact') {
      const same = exact.get(d.metric)?.get(d.value) ?? [];
      if (same.some((b) => compatible(b.origin, d.origin) && compatible(b.scope, d.scope) && compatible(b.region, d.region))) d.hidden = true;
      continue;
    }
    const list = body.get(d.metric);
    if (!list) continue;
    if (!sorted.has(d.metric)) {
      list.sort((a, b) => a - b);
      sorted.add(d.metric);
    }
    // the first body value at or above d.value / 1.1, by binary search
    const low = d.value / 1.1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && list[lo] <= d.value / 0.9) d.hidden = true;
  }
}

/**
 * Paragraphs that are headlines: short lines without a full stop. Only the paragraphs of figures are asked
 * about: a page of table rows has hundreds of thousands of short lines.
 */
class HeadlineParagraphs {
  private readonly known = new Map<number, boolean>();

  constructor(private readonly text: string, private readonly s: Structure) {}

  has(i: number): boolean {
    if (!(i >= 0 && i < this.s.paragraphs.length)) return false;
    let headline = this.known.get(i);
    if (headline === undefined) {
      const line = this.text.slice(this.s.paragraphs[i], this.s.paragraphs[i + 1] ?? this.text.length).trim();
      headline = line.length > 0 && line.length < 40 && !/[。]/.test(line);
      this.known.set(i, headline);
    }
    return headline;
  }
}

const ONE_FACT = 'one-fact-once';
const MERGED = ['scope', 'origin', 'subject', 'date'] as const;

export const oneFactOnce: DraftRefiner = {
  name: ONE_FACT,
  phase: 'refine',
  apply: (context, drafts) => deduplicate(context, drafts, new HeadlineParagraphs(context.text, context.structure)),
  examples: [{ text: '北京新增本地确诊病例7例\n6月23日0时至24时,北京新增报告本地确诊病例7例。', figure: { value: 7 }, setAside: true }],
  negatives: [{ text: '6月23日0时至24时,北京新增报告本地确诊病例7例。', figure: { value: 7, origin: 'local' } }],
};
