// `check --init`: a first expected file beside each article, written from the
// tool's current output and marked `"reviewed": false`, so that it cannot
// pass as the truth until a person has read it against the article.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { extractArticle } from './check.js';
import { parseExpected } from './expected-file.js';
import { expectedPathFor } from './fixtures.js';
import { formatExpected } from './update.js';
import type { ExpectedDocument, ExpectedFigure } from './types.js';

/** The expected document for an article as the tool reads it now. */
export function initialExpected(article: string): ExpectedDocument {
  const doc = extractArticle(article);
  const figures: ExpectedFigure[] = doc.figures.map((f) => ({
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    scope: f.scope,
    origin: f.origin,
    region: f.region,
    subject: f.subject,
    date: f.date,
    evidence: f.quote,
  }));
  return { file: basename(article), reviewed: false, title: doc.title, published: doc.published, region: doc.region, figures };
}

/** Writes `text` to `target` complete or not at all, and never over an existing file (EEXIST). */
export function writeNew(target: string, text: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    linkSync(temp, target);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

export interface InitResult {
  article: string;
  expected: string;
  figures?: number;
  error?: string;
}

/** Writes an unreviewed expected file beside each article that has none; an article that has one is an error and is left alone. */
export function initArticles(articles: string[]): InitResult[] {
  return articles.map((article) => {
    const expected = expectedPathFor(article);
    if (existsSync(expected)) return { article, expected, error: `${expected} already exists; not overwritten` };
    try {
      const doc = initialExpected(article);
      const text = formatExpected(doc);
      parseExpected(text, expected); // what is written must be readable by check
      writeNew(expected, text);
      return { article, expected, figures: doc.figures.length };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const error = e.code === 'EEXIST' ? `${expected} already exists; not overwritten` : `${article}: ${e.message ?? String(err)}`;
      return { article, expected, error };
    }
  });
}

export function formatInit(results: InitResult[]): string {
  const lines = results.map((r) =>
    r.error !== undefined ? `error    ${r.error}` : `wrote    ${r.expected} (${r.figures} figure${r.figures === 1 ? '' : 's'}, "reviewed": false)`,
  );
  if (results.some((r) => r.error === undefined)) {
    lines.push(
      '',
      'Next: read each new file against its article, correct or delete every figure that is wrong,',
      'add the ones the tool missed, set "reviewed": true, then run pressfig check.',
    );
  }
  return lines.join('\n') + '\n';
}
