// The totals of a run: articles that pass and fail, and precision and recall
// per family over every article that could be checked.
import { passed, type ArticleResult, type Verdict } from './check.js';
import { score, sumCounts, type Score } from './score.js';
import { FAMILIES, PRIMARY_FAMILIES, SECONDARY_FAMILIES, type ComparisonReport, type Family } from './types.js';

export interface Summary {
  articles: number;
  failed: number;
  errors: number;
  unreviewed: number;
  known: number;
  fixed: number;
  families: Record<Family, Score>;
  primary: Score;
  secondary: Score;
  total: Score;
}

export function summarize(results: ArticleResult[], opts: Verdict = {}): Summary {
  const reports = results.map((r) => r.report).filter((r): r is ComparisonReport => !!r);
  const families = Object.fromEntries(FAMILIES.map((f) => [f, score(sumCounts(reports, [f]))])) as Summary['families'];
  return {
    articles: results.length,
    failed: results.filter((r) => !passed(r, opts)).length,
    errors: results.filter((r) => r.error !== undefined).length,
    unreviewed: reports.filter((r) => !r.reviewed).length,
    known: reports.reduce((n, r) => n + r.known.length, 0),
    fixed: reports.reduce((n, r) => n + r.fixed.length, 0),
    families,
    primary: score(sumCounts(reports, PRIMARY_FAMILIES)),
    secondary: score(sumCounts(reports, SECONDARY_FAMILIES)),
    total: score(sumCounts(reports)),
  };
}
