// Comparison of an extracted document with the figures a person read in the
// same article (an `.expected.json` beside it). Pure: no I/O.
//
// Figures are paired one-to-one on metric and value, each expected figure
// taking the unpaired actual figure that agrees with it on the most stated
// attributes; the attributes the expected figure states are then compared.
// Places compare without their administrative suffix and subjects by
// containment, as the corpus scorer does. Known gaps (`known` on a figure,
// `knownExtra` on the document) are reported but do not fail; a known gap
// that no longer occurs is reported as fixed, which fails so that the
// expectation gets updated.

export const ATTRIBUTES = ['unit', 'approx', 'scope', 'origin', 'region', 'subject', 'date'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const PRIMARY_FAMILIES = ['cases', 'contacts', 'tests', 'supplies'] as const;
export const SECONDARY_FAMILIES = ['resources', 'areas'] as const;
export const FAMILIES = [...PRIMARY_FAMILIES, ...SECONDARY_FAMILIES] as const;
export type Family = (typeof FAMILIES)[number];

export type KnownGap = 'missing' | 'differs';

/** The attributes a figure may state, expected or produced. */
export interface FigureAttributes {
  metric: string;
  value: number;
  unit?: string;
  approx?: string;
  scope?: string | null;
  origin?: string | null;
  region?: string | null;
  subject?: string | null;
  date?: string | null;
}

/** A figure as a person read it. Attributes that are absent are not compared (`approx` defaults to exact). */
export interface ExpectedFigure extends FigureAttributes {
  /** Neither required nor, when produced, counted as extra. */
  optional?: boolean;
  /** The words the figure was read from. */
  evidence?: string;
  /** A known gap: the tool does not produce the figure, or produces it with a wrong attribute. */
  known?: KnownGap;
  [key: string]: unknown;
}

/** A figure the tool produces that a person judged wrong. */
export interface KnownExtra {
  metric: string;
  value: number;
  quote?: string;
}

export interface ExpectedDocument {
  file: string;
  published?: string | null;
  region?: string | null;
  figures: ExpectedFigure[];
  knownExtra?: KnownExtra[];
  [key: string]: unknown;
}

/** The part of an extracted figure the comparison reads. */
export interface ActualFigure extends FigureAttributes {
  quote?: string;
  [key: string]: unknown;
}

export interface ActualDocument {
  published?: string | null;
  region?: string | null;
  figures: ActualFigure[];
}

export interface AttributeDifference {
  attribute: Attribute;
  expected: unknown;
  actual: unknown;
}

/** An expected figure the tool does not produce. */
export interface MissingEntry {
  index: number;
  expected: ExpectedFigure;
}

/** An expected figure produced with some stated attribute wrong. */
export interface ChangedEntry {
  index: number;
  expected: ExpectedFigure;
  actual: ActualFigure;
  differences: AttributeDifference[];
}

/** A produced figure no expected figure accounts for. */
export interface ExtraEntry {
  actual: ActualFigure;
}

export type GapEntry =
  | ({ kind: 'missing' } & MissingEntry)
  | ({ kind: 'differs' } & ChangedEntry)
  | { kind: 'extra'; actual: ActualFigure; entry: KnownExtra };

/** A known gap that no longer occurs. */
export type FixedEntry =
  | { kind: 'missing' | 'differs'; index: number; expected: ExpectedFigure; actual: ActualFigure }
  | { kind: 'extra'; entry: KnownExtra };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ComparisonReport {
  file: string;
  /** Document-level notes (published date, article region); informational, never failing. */
  notes: string[];
  /** Unknown differences: each fails the check. */
  missing: MissingEntry[];
  changed: ChangedEntry[];
  extra: ExtraEntry[];
  /** Known gaps that still occur. */
  known: GapEntry[];
  /** Known gaps that no longer occur: each fails the check until the expectation is updated. */
  fixed: FixedEntry[];
  /** Per family: paired (tp), produced but not expected (fp), expected but not produced (fn). Optional figures are not counted. */
  counts: Record<Family, Counts>;
  /** Current state of every expected figure, by index: undefined when it is produced as read. */
  status: Array<KnownGap | undefined>;
  /** Every produced figure that no expected figure accounts for, known or not, in text order. */
  unpaired: ActualFigure[];
  /** True when there is no unknown difference and no fixed gap. */
  ok: boolean;
}

export const familyOf = (metric: string): string => String(metric).split('.')[0];

const sameValue = (a: unknown, b: number): boolean => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const norm = (s: unknown): string => String(s ?? '').replace(/[\s“”"'‘’「」]/g, '');
const PLACE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|新区|省|市|区|县)$/;
/** Place names compare without their administrative suffix: 广东 = 广东省, 浦东 = 浦东新区. */
const place = (s: unknown): string => norm(s).replace(PLACE_SUFFIX, '');
const samePlace = (a: unknown, b: unknown): boolean => a != null && b != null && place(a) === place(b);

/** The value an expected figure states for an attribute (approx defaults to exact). */
function expectedValue(key: Attribute, figure: ExpectedFigure): unknown {
  return key === 'approx' ? (figure.approx ?? 'exact') : (figure[key] ?? null);
}

/** The attributes an expected figure states: approx always, the others when present. */
export function statedAttributes(figure: ExpectedFigure): Attribute[] {
  return ATTRIBUTES.filter((k) => k === 'approx' || k in figure);
}

export function attributeAgrees(key: Attribute, expected: ExpectedFigure, actual: ActualFigure, docRegion: string | null): boolean {
  const e = expectedValue(key, expected);
  const a = actual[key] ?? null;
  if (key === 'region') {
    if (e === null) return a === null || samePlace(a, docRegion);
    return a !== null && samePlace(a, e);
  }
  if (key === 'subject') {
    if (e === null) return a === null;
    if (a === null) return false;
    const x = norm(e);
    const y = norm(a);
    return x.includes(y) || y.includes(x);
  }
  return e === a;
}

function differences(expected: ExpectedFigure, actual: ActualFigure, docRegion: string | null): AttributeDifference[] {
  return statedAttributes(expected)
    .filter((k) => !attributeAgrees(k, expected, actual, docRegion))
    .map((k) => ({ attribute: k, expected: expectedValue(k, expected), actual: actual[k] ?? null }));
}

function emptyCounts(): Record<Family, Counts> {
  return Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>;
}

function countsFor(counts: Record<Family, Counts>, metric: string): Counts | undefined {
  return (counts as Record<string, Counts>)[familyOf(metric)];
}

/** Pairs expected figures (required first, then optional) with actual ones; returns the actual index per expected figure. */
function pair(expected: ExpectedFigure[], actual: ActualFigure[], docRegion: string | null): number[] {
  const taken = new Set<number>();
  const result: number[] = new Array(expected.length).fill(-1);
  const order = [...expected.keys()].sort((a, b) => Number(!!expected[a].optional) - Number(!!expected[b].optional));
  for (const i of order) {
    const g = expected[i];
    let best = -1;
    let bestScore = -1;
    actual.forEach((p, j) => {
      if (taken.has(j) || p.metric !== g.metric || !sameValue(p.value, g.value)) return;
      const score = statedAttributes(g).filter((k) => attributeAgrees(k, g, p, docRegion)).length;
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) taken.add(best);
    result[i] = best;
  }
  return result;
}

/** Matches unpaired actual figures with the known extras: metric and value, same quote preferred. */
function matchKnownExtras(extras: ActualFigure[], known: KnownExtra[]): Array<KnownExtra | undefined> {
  const used = new Set<number>();
  const result: Array<KnownExtra | undefined> = new Array(extras.length).fill(undefined);
  for (const preferQuote of [true, false]) {
    extras.forEach((a, i) => {
      if (result[i]) return;
      const k = known.findIndex(
        (e, j) => !used.has(j) && e.metric === a.metric && sameValue(a.value, e.value) && (!preferQuote || e.quote === undefined || e.quote === a.quote),
      );
      if (k >= 0) {
        used.add(k);
        result[i] = known[k];
      }
    });
  }
  return result;
}

export function compareDocument(expected: ExpectedDocument, actual: ActualDocument): ComparisonReport {
  const docRegion = expected.region ?? null;
  const report: ComparisonReport = {
    file: expected.file,
    notes: [],
    missing: [],
    changed: [],
    extra: [],
    known: [],
    fixed: [],
    counts: emptyCounts(),
    status: [],
    unpaired: [],
    ok: true,
  };
  if ('published' in expected && (actual.published ?? null) !== (expected.published ?? null)) {
    report.notes.push(`published: expected ${JSON.stringify(expected.published ?? null)}, got ${JSON.stringify(actual.published ?? null)}`);
  }
  if ('region' in expected && !(expected.region == null ? actual.region == null : samePlace(actual.region, expected.region))) {
    report.notes.push(`region: expected ${JSON.stringify(expected.region ?? null)}, got ${JSON.stringify(actual.region ?? null)}`);
  }

  const figures = actual.figures;
  const pairing = pair(expected.figures, figures, docRegion);
  expected.figures.forEach((g, index) => {
    const j = pairing[index];
    const a = j >= 0 ? figures[j] : undefined;
    if (g.optional) {
      report.status.push(undefined);
      return;
    }
    const c = countsFor(report.counts, g.metric);
    if (c) {
      if (a) c.tp++;
      else c.fn++;
    }
    const diffs = a ? differences(g, a, docRegion) : [];
    const state: KnownGap | undefined = !a ? 'missing' : diffs.length ? 'differs' : undefined;
    report.status.push(state);
    if (state === undefined) {
      if (g.known && a) report.fixed.push({ kind: g.known, index, expected: g, actual: a });
      return;
    }
    if (state === 'missing') {
      if (g.known === 'missing') report.known.push({ kind: 'missing', index, expected: g });
      else report.missing.push({ index, expected: g });
      return;
    }
    const entry: ChangedEntry = { index, expected: g, actual: a!, differences: diffs };
    if (g.known === 'differs') report.known.push({ kind: 'differs', ...entry });
    else report.changed.push(entry);
  });

  const pairedActual = new Set(pairing.filter((j) => j >= 0));
  report.unpaired = figures.filter((_, j) => !pairedActual.has(j));
  const knownExtra = expected.knownExtra ?? [];
  const matches = matchKnownExtras(report.unpaired, knownExtra);
  report.unpaired.forEach((a, i) => {
    const c = countsFor(report.counts, a.metric);
    if (c) c.fp++;
    const k = matches[i];
    if (k) report.known.push({ kind: 'extra', actual: a, entry: k });
    else report.extra.push({ actual: a });
  });
  const usedKnown = new Set(matches.filter((m): m is KnownExtra => !!m));
  for (const entry of knownExtra) if (!usedKnown.has(entry)) report.fixed.push({ kind: 'extra', entry });

  report.ok = !report.missing.length && !report.changed.length && !report.extra.length && !report.fixed.length;
  return report;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Sums the family counts of several reports; `families` limits the sum to some families. */
export function sumCounts(reports: Array<Pick<ComparisonReport, 'counts'>>, families: readonly Family[] = FAMILIES): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const r of reports) {
    for (const f of families) {
      total.tp += r.counts[f].tp;
      total.fp += r.counts[f].fp;
      total.fn += r.counts[f].fn;
    }
  }
  return total;
}

export interface UpdateResult {
  document: ExpectedDocument;
  /** One line per change made to the bookkeeping. */
  changes: string[];
}

const describe = (f: { metric: string; value: number }): string => `${f.metric}=${f.value}`;

/**
 * The expected document with its known-gap bookkeeping set to the report: figures
 * now missing or differing are marked `known`, fixed ones unmarked, and
 * `knownExtra` lists exactly the produced figures no expected figure accounts
 * for. Figures' values and attributes are never touched.
 */
export function updateExpected(expected: ExpectedDocument, report: ComparisonReport): UpdateResult {
  const changes: string[] = [];
  const figures = expected.figures.map((g, i) => {
    const state = g.optional ? undefined : report.status[i];
    if (state === g.known) return g;
    const { known: _previous, ...rest } = g;
    if (state === undefined) {
      changes.push(`fixed (${g.known}): ${describe(g)}`);
      return rest as ExpectedFigure;
    }
    changes.push(`known ${state}${g.known ? ` (was ${g.known})` : ''}: ${describe(g)}`);
    return { ...rest, known: state } as ExpectedFigure;
  });
  const previous = expected.knownExtra ?? [];
  const matches = matchKnownExtras(report.unpaired, previous);
  const knownExtra = report.unpaired.map((a, i) => {
    const kept = matches[i];
    if (kept) return kept;
    const entry: KnownExtra = { metric: a.metric, value: a.value, quote: a.quote ?? '' };
    changes.push(`known extra: ${describe(entry)} ${JSON.stringify(entry.quote)}`);
    return entry;
  });
  const kept = new Set(matches.filter((m): m is KnownExtra => !!m));
  for (const e of previous) if (!kept.has(e)) changes.push(`fixed (extra): ${describe(e)}${e.quote ? ` ${JSON.stringify(e.quote)}` : ''}`);

  const document: ExpectedDocument = { ...expected, figures };
  if (knownExtra.length) document.knownExtra = knownExtra;
  else delete document.knownExtra;
  return { document, changes };
}

/** Serializes an expected document as the gold files are written: one figure per line. */
export function formatExpected(doc: ExpectedDocument): string {
  const inline = (o: object): string =>
    '{' +
    Object.entries(o)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ') +
    '}';
  const list = (items: object[]): string => (items.length ? '[\n' + items.map((x) => '    ' + inline(x)).join(',\n') + '\n  ]' : '[]');
  const lines = Object.entries(doc).map(([k, v]) => {
    const body = (k === 'figures' || k === 'knownExtra') && Array.isArray(v) ? list(v as object[]) : JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${body}`;
  });
  return '{\n' + lines.join(',\n') + '\n}\n';
}
