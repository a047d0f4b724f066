// Every article under fixtures/ against the figures a person read in it: no
// unknown difference (known gaps are recorded in the expected files), and the
// seed articles keep a primary-family F1 of at least 0.97.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRIMARY_FAMILIES, score, sumCounts, type ComparisonReport } from '../../src/check/compare.js';
import { checkFixture, findFixtures, formatArticle } from '../../src/check/run.js';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const fixtures = findFixtures([fixturesDir]);
const results = fixtures.map((f) => ({ name: f.article.slice(fixturesDir.length + 1), result: checkFixture(f) }));

/** The five seed articles are named by their three-digit number. */
const isSeed = (name: string): boolean => /^\d{3}_/.test(name);

describe('fixtures', () => {
  it('finds the seed, development and new articles', () => {
    expect(results.filter((r) => isSeed(r.name))).toHaveLength(5);
    expect(results.length).toBeGreaterThanOrEqual(40);
  });

  it.each(results.map((r) => [r.name, r.result] as const))('%s has no unknown difference', (_name, result) => {
    expect(result.error).toBeUndefined();
    // The report names each difference with its quote when this fails.
    expect(result.report!.ok, formatArticle(result)).toBe(true);
  });

  it('keeps the seeds at a primary-family F1 of at least 0.97', () => {
    const reports = results.filter((r) => isSeed(r.name)).map((r) => r.result.report as ComparisonReport);
    const primary = score(sumCounts(reports, PRIMARY_FAMILIES));
    expect(primary.f1).toBeGreaterThanOrEqual(0.97);
  });
});
