// One article against its expectation, in-process.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extract, type ExtractOptions } from '../pipeline.js';
import { compareDocument } from './compare.js';
import { ExpectedFileError, readExpectedFile, type ExpectedFile, type Problem } from './expected-file.js';
import type { Fixture } from './fixtures.js';
import type { ComparisonReport } from './types.js';
import type { Check } from '../validate/schema.js';

/** Extracts an article as `pressfig extract` would: the path as `file`, HTML by extension, otherwise detected. */
export function extractArticle(article: string) {
  const options: ExtractOptions = { file: article };
  const ext = extname(article).toLowerCase();
  if (ext === '.html' || ext === '.htm') options.format = 'html';
  return extract(readFileSync(article), options);
}

export interface ArticleResult {
  fixture: Fixture;
  expected?: ExpectedFile;
  report?: ComparisonReport;
  /** Why the article could not be checked. */
  error?: string;
  /** The expected file's problems, when it is not valid. */
  problems?: Problem[];
  seconds: number;
  /** Cross-checks the extracted document fails (shown, not counted as differences). */
  checks?: Check[];
}

/** Checks one fixture in-process; a file that cannot be read or is not valid is an error of this article only. */
export function checkFixture(fixture: Fixture): ArticleResult {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  let expected: ExpectedFile;
  try {
    expected = readExpectedFile(fixture.expected);
  } catch (err) {
    if (err instanceof ExpectedFileError) return { fixture, error: err.message, problems: err.problems, seconds: seconds() };
    return { fixture, error: (err as Error).message ?? String(err), seconds: seconds() };
  }
  try {
    const doc = extractArticle(fixture.article);
    return { fixture, expected, report: compareDocument(expected.document, doc), seconds: seconds(), ...(doc.checks ? { checks: doc.checks } : {}) };
  } catch (err) {
    return { fixture, expected, error: `${fixture.article}: ${(err as Error).message ?? String(err)}`, seconds: seconds() };
  }
}

export interface Verdict {
  allowUnreviewed?: boolean;
}

/** Whether an article passes: checked, no unknown difference, and read by a person (unless unreviewed files are allowed). */
export function passed(r: ArticleResult, opts: Verdict = {}): boolean {
  return r.error === undefined && !!r.report && r.report.ok && (r.report.reviewed || !!opts.allowUnreviewed);
}

