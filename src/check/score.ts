// Precision, recall and F1 from paired counts. A rate with nothing to measure
// is null (printed `-`), never 100%: a family with no expected figure has no
// precision or recall to report.
import { FAMILIES, type ComparisonReport, type Counts, type Family } from './types.js';

export interface Score extends Counts {
  /** null when the counts hold no expected figure, or nothing was produced. */
  precision: number | null;
  /** null when the counts hold no expected figure. */
  recall: number | null;
  /** null when the counts hold no expected figure. */
  f1: number | null;
}

export function score({ tp, fp, fn }: Counts): Score {
  if (tp + fn === 0) return { tp, fp, fn, precision: null, recall: null, f1: null };
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : null, recall: tp / (tp + fn), f1: (2 * tp) / (2 * tp + fp + fn) };
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
