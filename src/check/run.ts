// `pressfig check`: extract every article that has an `.expected.json` beside
// it, compare with the expectation, print a report per article and a summary
// per family in the format asked for; `--update` rewrites the known-gap
// bookkeeping to match, `--init` writes first, unreviewed expected files.
import { finished } from 'node:stream/promises';
import { existsSync } from 'node:fs';
import { AtomicFile } from '../output/atomic.js';
import { UsageError } from '../cli/usage.js';
import { checkFixture, passed, type ArticleResult } from './check.js';
import { readExpectedFile } from './expected-file.js';
import { DEFAULT_FIXTURES, EXPECTED_SUFFIX, findArticlesToInit, findFixtures } from './fixtures.js';
import { formatGithub } from './github.js';
import { formatInit, initArticles } from './init.js';
import { formatJunit } from './junit.js';
import { summarize, type Summary } from './summary.js';
import { formatArticle, formatSummary, wantsColour } from './text.js';
import { formatExpected, updateExpected } from './update.js';

export { checkFixture, extractArticle, passed, type ArticleResult } from './check.js';
export { findFixtures, expectedPathFor, ARTICLE_EXTENSIONS, EXPECTED_SUFFIX, DEFAULT_FIXTURES, type Fixture } from './fixtures.js';
export { formatArticle, formatSummary } from './text.js';
export { summarize, type Summary } from './summary.js';

export const FORMATS = ['text', 'json', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  update?: boolean;
  init?: boolean;
  /** Same as format 'json'. */
  json?: boolean;
  format?: Format;
  onlyFailures?: boolean;
  allowUnreviewed?: boolean;
}

export interface CheckIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const file = AtomicFile.create(path);
  try {
    file.stream.end(text);
    await finished(file.stream);
    file.commit();
  } catch (err) {
    file.abort();
    throw err;
  }
}

/** Rewrites the known-gap bookkeeping of every checked, reviewed expectation; unreviewed files are left alone. */
export async function updateFixtures(results: ArticleResult[]): Promise<{ lines: string[]; refused: number }> {
  const lines: string[] = [];
  let refused = 0;
  for (const r of results) {
    if (!r.report) continue;
    if (!r.report.reviewed) {
      refused++;
      lines.push(`not updated ${r.fixture.expected}: not reviewed (set "reviewed": true once a person has read it)`);
      continue;
    }
    const expected = readExpectedFile(r.fixture.expected).document;
    const { document, changes } = updateExpected(expected, r.report);
    if (!changes.length) continue;
    await writeAtomically(r.fixture.expected, formatExpected(document));
    lines.push(`updated ${r.fixture.expected}`);
    for (const c of changes) lines.push(`  ${c}`);
  }
  return { lines, refused };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

function jsonReport(shown: ArticleResult[], summary: Summary, opts: CheckOptions, updated?: string[]): string {
  const articles = shown.map((r) => ({
    article: r.fixture.article,
    expected: r.fixture.expected,
    passed: passed(r, opts),
    ...(r.error !== undefined ? { error: r.error, ...(r.problems ? { problems: r.problems } : {}) } : r.report),
    ...(r.checks ? { checks: r.checks } : {}),
  }));
  return JSON.stringify({ articles, summary, ...(updated ? { updated } : {}) }, null, 2) + '\n';
}

async function runInit(paths: string[], opts: CheckOptions, io: CheckIo): Promise<number> {
  if (opts.update) throw new UsageError('--init and --update do not go together');
  if (!paths.length) throw new UsageError('--init needs the articles (or directories) to write expected files for');
  const articles = findArticlesToInit(paths);
  if (!articles.length) throw new UsageError(`no article without an ${EXPECTED_SUFFIX} in ${paths.join(', ')}`);
  const results = initArticles(articles);
  await write(io.stdout, formatInit(results));
  return results.some((r) => r.error !== undefined) ? 1 : 0;
}

export async function runCheck(paths: string[], opts: CheckOptions, io: CheckIo): Promise<number> {
  if (opts.init) return runInit(paths, opts, io);
  if (!paths.length) {
    if (!existsSync(DEFAULT_FIXTURES)) throw new UsageError(`no paths given and no ${DEFAULT_FIXTURES}/ directory here`);
    paths = [DEFAULT_FIXTURES];
  }
  const format: Format = opts.format ?? (opts.json ? 'json' : 'text');
  const fixtures = findFixtures(paths);
  if (!fixtures.length) throw new UsageError(`no article with an ${EXPECTED_SUFFIX} beside it in ${paths.join(', ')} (pressfig check --init ARTICLE writes one)`);
  const style = { allowUnreviewed: !!opts.allowUnreviewed, colour: format === 'text' && wantsColour(io.stdout, io.env ?? process.env) };
  const show = (r: ArticleResult): boolean => !opts.onlyFailures || !passed(r, style);

  const results: ArticleResult[] = [];
  for (const f of fixtures) {
    const r = checkFixture(f);
    results.push(r);
    // the text report streams, so that a long run shows its progress
    if (format === 'text' && show(r)) await write(io.stdout, formatArticle(r, style));
  }
  const summary = summarize(results, style);
  const update = opts.update ? await updateFixtures(results) : undefined;
  const shown = results.filter(show);
  if (format === 'json') await write(io.stdout, jsonReport(shown, summary, style, update?.lines));
  else if (format === 'junit') await write(io.stdout, formatJunit(results, summary, { ...style, shown }));
  else if (format === 'github') await write(io.stdout, formatGithub(shown, summary, style));
  else await write(io.stdout, formatSummary(summary, style));
  if (update && format !== 'json') {
    const out = format === 'text' ? io.stdout : io.stderr;
    await write(out, update.lines.length ? '\n' + update.lines.join('\n') + '\n' : '\nnothing to update\n');
  }
  if (summary.errors) return 1;
  if (update) return update.refused ? 1 : 0;
  return summary.failed ? 1 : 0;
}
