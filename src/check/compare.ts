// Comparison of an extracted document with the figures a person read in the
// same article (an `.expected.json` beside it). Pure: no I/O.
//
// Figures are paired one-to-one on metric and value, each expected figure
// taking the unpaired actual figure that agrees with it on the most stated
// attributes; the attributes the expected figure states are then compared.
// What is left is paired as a person would: an expected and a produced figure
// of the same metric that agree on where, when and what (region, date,
// subject, scope, origin, as far as the expected figure states them), and have
// no other such partner, are one figure whose value changed. Places compare
// without their administrative suffix and subjects by containment, as the
// corpus scorer does. Known gaps are reported but do not fail; a known gap
// that no longer occurs is reported as fixed, which fails so that the
// expectation gets updated.
import { familyOf } from '../lexicon/metrics.js';
import { agreesOn, documentAgrees } from './attributes.js';
import { matchKnownExtras, pairByIdentity, pairByValue } from './pair.js';
import {
  ATTRIBUTES,
  DOCUMENT_FIELDS,
  FAMILIES,
  type ActualDocument,
  type ActualFigure,
  type ChangedEntry,
  type ComparisonReport,
  type Counts,
  type DocumentDifference,
  type ExpectedDocument,
  type ExpectedFigure,
  type Family,
  type FieldDifference,
  type KnownGap,
} from './types.js';

export * from './types.js';
export { attributeAgrees, statedAttributes } from './attributes.js';
export { score, sumCounts, type Score } from './score.js';
export { updateExpected, formatExpected, type UpdateResult } from './update.js';

function emptyCounts(): Record<Family, Counts> {
  return Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>;
}

function countsFor(counts: Record<Family, Counts>, metric: string): Counts | undefined {
  return (counts as Record<string, Counts>)[familyOf(String(metric))];
}

/** The value an expected figure states for an attribute (approx defaults to exact). */
function expectedValue(key: (typeof ATTRIBUTES)[number], figure: ExpectedFigure): unknown {
  return key === 'approx' ? (figure.approx ?? 'exact') : (figure[key] ?? null);
}

/** Every stated field on which the produced figure disagrees, the value first. */
function differences(expected: ExpectedFigure, actual: ActualFigure, docRegion: string | null): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (!agreesOn('value', expected, actual, docRegion)) out.push({ attribute: 'value', expected: expected.value, actual: actual.value });
  for (const k of ATTRIBUTES) {
    if (k !== 'approx' && !(k in expected)) continue;
    if (!agreesOn(k, expected, actual, docRegion)) out.push({ attribute: k, expected: expectedValue(k, expected), actual: actual[k] ?? null });
  }
  return out;
}

/** Document fields: compared when stated; enforced only in files that carry `reviewed` (files written before it keep them as notes). */
function compareDocumentFields(expected: ExpectedDocument, actual: ActualDocument, report: ComparisonReport): void {
  const enforced = 'reviewed' in expected;
  const known = new Set(expected.knownDocument ?? []);
  for (const field of DOCUMENT_FIELDS) {
    if (!(field in expected)) continue;
    const diff: DocumentDifference = { field, expected: expected[field] ?? null, actual: actual[field] ?? null };
    if (documentAgrees(field, diff.expected, diff.actual)) {
      if (enforced && known.has(field)) report.fixed.push({ kind: 'document', ...diff });
      continue;
    }
    report.documentStatus.push(field);
    if (!enforced) report.notes.push(diff);
    else if (known.has(field)) report.known.push({ kind: 'document', ...diff });
    else report.document.push(diff);
  }
}

export function compareDocument(expected: ExpectedDocument, actual: ActualDocument): ComparisonReport {
  const docRegion = expected.region ?? null;
  const report = emptyReport(expected);
  compareDocumentFields(expected, actual, report);

  const figures = actual.figures;
  const pairing = pairByValue(expected.figures, figures, docRegion);
  const valuePaired = new Set(pairing.filter((j) => j >= 0));
  // produced figures left over, and which of them known extras account for
  const leftover = figures.map((_, j) => j).filter((j) => !valuePaired.has(j));
  const knownExtra = expected.knownExtra ?? [];
  const extraMatch = matchKnownExtras(
    leftover.map((j) => figures[j]),
    knownExtra,
  );
  const unaccounted = leftover.filter((_, i) => !extraMatch[i]);
  const byIdentity = pairByIdentity(expected.figures, pairing, figures, unaccounted, docRegion);

  expected.figures.forEach((g, index) => {
    const j = pairing[index] >= 0 ? pairing[index] : (byIdentity.get(index) ?? -1);
    noteExpectedFigure(report, g, index, j >= 0 ? figures[j] : undefined, pairing[index] >= 0, docRegion);
  });

  const identityPaired = new Set(byIdentity.values());
  for (const j of identityPaired) {
    const c = countsFor(report.counts, figures[j].metric);
    if (c) c.fp++;
  }
  leftover.forEach((j, i) => {
    if (identityPaired.has(j)) return;
    const a = figures[j];
    report.unpaired.push(a);
    const c = countsFor(report.counts, a.metric);
    if (c) c.fp++;
    const k = extraMatch[i];
    if (k) report.known.push({ kind: 'extra', actual: a, entry: k });
    else report.extra.push({ actual: a });
  });
  const usedKnown = new Set(extraMatch.filter((m) => !!m));
  knownExtra.forEach((entry, index) => {
    if (!usedKnown.has(entry)) report.fixed.push({ kind: 'extra', index, entry });
  });

  report.ok = !report.document.length && !report.missing.length && !report.changed.length && !report.extra.length && !report.fixed.length;
  return report;
}

/** The report of a document before any comparison: nothing found yet. */
function emptyReport(expected: ExpectedDocument): ComparisonReport {
  return {
    file: expected.file,
    reviewed: expected.reviewed !== false,
    notes: [],
    document: [],
    missing: [],
    changed: [],
    extra: [],
    known: [],
    fixed: [],
    counts: emptyCounts(),
    status: [],
    documentStatus: [],
    unpaired: [],
    ok: true,
  };
}

/** One expected figure against the figure paired with it (by value, or else by identity), if any. */
function noteExpectedFigure(report: ComparisonReport, g: ExpectedFigure, index: number, a: ActualFigure | undefined, byValue: boolean, docRegion: string | null): void {
  if (g.optional) {
    report.status.push(undefined);
    return;
  }
  const c = countsFor(report.counts, g.metric);
  // counts are the scorer's: a figure produced with another value is a miss and an extra
  if (c) {
    if (byValue) c.tp++;
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
}
