// `pressfig check`: extract every article that has an `.expected.json` beside
// it, compare with the expectation, print a report per article and a summary
// per family; `--update` rewrites the known-gap bookkeeping to match.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { basename, extname, join } from 'node:path';
import { extract, type ExtractOptions } from '../pipeline.js';
import { AtomicFile } from '../output/atomic.js';
import { UsageError } from '../cli/usage.js';
import type { Check } from '../validate/schema.js';
import {
  FAMILIES,
  PRIMARY_FAMILIES,
  SECONDARY_FAMILIES,
  compareDocument,
  formatExpected,
  score,
  sumCounts,
  updateExpected,
  type ActualFigure,
  type ComparisonReport,
  type Counts,
  type ExpectedDocument,
  type ExpectedFigure,
  type Family,
} from './compare.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
export const EXPECTED_SUFFIX = '.expected.json';

export interface CheckOptions {
  update?: boolean;
  json?: boolean;
}

export interface CheckIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** An article and the expectation beside it. */
export interface Fixture {
  article: string;
  expected: string;
}

export const expectedPathFor = (article: string): string => article.slice(0, -extname(article).length) + EXPECTED_SUFFIX;

const isArticle = (path: string): boolean => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** The article an `.expected.json` file belongs to, or null. */
function articleFor(expected: string): string | null {
  const stem = expected.slice(0, -EXPECTED_SUFFIX.length);
  for (const ext of ARTICLE_EXTENSIONS) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && isArticle(p) && existsSync(expectedPathFor(p))) out.push(p);
  }
}

/** The fixtures named by the operands: directories are searched for articles with an expectation beside them. */
export function findFixtures(paths: string[]): Fixture[] {
  const articles: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      walk(p, articles);
    } else if (p.endsWith(EXPECTED_SUFFIX)) {
      const article = articleFor(p);
      if (!article) throw new UsageError(`${p}: no article (${ARTICLE_EXTENSIONS.join(', ')}) beside it`);
      articles.push(article);
    } else if (isArticle(p)) {
      if (!existsSync(expectedPathFor(p))) throw new UsageError(`${p}: no ${basename(expectedPathFor(p))} beside it`);
      articles.push(p);
    } else {
      throw new UsageError(`${p}: not an article (${ARTICLE_EXTENSIONS.join(', ')}) or an ${EXPECTED_SUFFIX} file`);
    }
  }
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a) && seen.add(a)).map((article) => ({ article, expected: expectedPathFor(article) }));
}

export function readExpected(path: string): ExpectedDocument {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as ExpectedDocument;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.figures)) throw new Error(`${path}: expected an object with a "figures" array`);
  return doc;
}

/** Extracts an article as `pressfig extract` would: the path as `file`, HTML by extension, otherwise detected. */
export function extractArticle(article: string) {
  const options: ExtractOptions = { file: article };
  const ext = extname(article).toLowerCase();
  if (ext === '.html' || ext === '.htm') options.format = 'html';
  return extract(readFileSync(article), options);
}

export interface ArticleResult {
  fixture: Fixture;
  report?: ComparisonReport;
  error?: string;
  /** Cross-checks the extracted document fails (shown, not counted as differences). */
  checks?: Check[];
}

/** Checks one fixture in-process. */
export function checkFixture(fixture: Fixture): ArticleResult {
  try {
    const expected = readExpected(fixture.expected);
    const doc = extractArticle(fixture.article);
    return { fixture, report: compareDocument(expected, doc), ...(doc.checks ? { checks: doc.checks } : {}) };
  } catch (err) {
    return { fixture, error: (err as Error).message ?? String(err) };
  }
}

// ---------- the text report ----------

const show = (v: unknown): string => (v === undefined ? '-' : JSON.stringify(v));

function figureLabel(f: { metric: string; value: number; unit?: string; region?: string | null; subject?: string | null; date?: string | null }): string {
  let s = `${f.metric}=${f.value}${f.unit ?? ''}`;
  if (f.region) s += ` @${f.region}`;
  if (f.subject) s += ` [${f.subject}]`;
  if (f.date) s += ` ${f.date}`;
  return s;
}

const expectedQuote = (f: ExpectedFigure): string => (typeof f.evidence === 'string' ? `  «${f.evidence}»` : '');
const actualQuote = (f: ActualFigure): string => (f.quote ? `  «${f.quote}»` : '');

function diffText(e: { differences: Array<{ attribute: string; expected: unknown; actual: unknown }> }): string {
  return e.differences.map((d) => `${d.attribute}: expected ${show(d.expected)}, got ${show(d.actual)}`).join('; ');
}

export function formatArticle(result: ArticleResult): string {
  const name = result.fixture.article;
  if (result.error !== undefined) return `FAIL ${name}\n  error    ${result.error}\n`;
  const r = result.report!;
  const lines: string[] = [];
  const differences = r.missing.length + r.changed.length + r.extra.length + r.fixed.length;
  const expectedCount = r.status.length;
  const head = r.ok
    ? `ok   ${name} (${expectedCount} expected${r.known.length ? `, ${r.known.length} known` : ''})`
    : `FAIL ${name} (${differences} difference${differences === 1 ? '' : 's'}${r.known.length ? `, ${r.known.length} known` : ''})`;
  lines.push(head);
  for (const n of r.notes) lines.push(`  note     ${n}`);
  for (const m of r.missing) lines.push(`  missing  ${figureLabel(m.expected)}${expectedQuote(m.expected)}`);
  for (const c of r.changed) lines.push(`  changed  ${figureLabel(c.expected)}: ${diffText(c)}${actualQuote(c.actual)}`);
  for (const x of r.extra) lines.push(`  extra    ${figureLabel(x.actual)}${actualQuote(x.actual)}`);
  for (const f of r.fixed) {
    if (f.kind === 'extra') lines.push(`  fixed    extra ${f.entry.metric}=${f.entry.value} is no longer produced${f.entry.quote ? `  «${f.entry.quote}»` : ''}`);
    else lines.push(`  fixed    ${f.kind} ${figureLabel(f.expected)} is now produced as expected${actualQuote(f.actual)}`);
  }
  for (const k of r.known) {
    if (k.kind === 'missing') lines.push(`  known    missing ${figureLabel(k.expected)}${expectedQuote(k.expected)}`);
    else if (k.kind === 'differs') lines.push(`  known    differs ${figureLabel(k.expected)}: ${diffText(k)}${actualQuote(k.actual)}`);
    else lines.push(`  known    extra ${figureLabel(k.actual)}${actualQuote(k.actual)}`);
  }
  for (const c of result.checks ?? []) lines.push(`  check    ${c.kind}: ${c.message}`);
  return lines.join('\n') + '\n';
}

export interface Summary {
  articles: number;
  failed: number;
  errors: number;
  known: number;
  fixed: number;
  families: Record<Family, ReturnType<typeof score>>;
  primary: ReturnType<typeof score>;
  secondary: ReturnType<typeof score>;
  total: ReturnType<typeof score>;
}

export function summarize(results: ArticleResult[]): Summary {
  const reports = results.map((r) => r.report).filter((r): r is ComparisonReport => !!r);
  const families = Object.fromEntries(FAMILIES.map((f) => [f, score(sumCounts(reports, [f]))])) as Summary['families'];
  return {
    articles: results.length,
    failed: results.filter((r) => r.error !== undefined || !r.report!.ok).length,
    errors: results.filter((r) => r.error !== undefined).length,
    known: reports.reduce((n, r) => n + r.known.length, 0),
    fixed: reports.reduce((n, r) => n + r.fixed.length, 0),
    families,
    primary: score(sumCounts(reports, PRIMARY_FAMILIES)),
    secondary: score(sumCounts(reports, SECONDARY_FAMILIES)),
    total: score(sumCounts(reports)),
  };
}

export function formatSummary(s: Summary): string {
  const pct = (x: number): string => ((100 * x).toFixed(1) + '%').padStart(9);
  const row = (name: string, v: Counts & { precision: number; recall: number; f1: number }): string =>
    `${name.padEnd(10)} ${String(v.tp).padStart(5)} ${String(v.fp).padStart(5)} ${String(v.fn).padStart(5)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}`;
  const lines = [
    '',
    `family        tp    fp    fn precision    recall        f1`,
    ...FAMILIES.map((f) => row(f, s.families[f])),
    row('primary', s.primary),
    row('secondary', s.secondary),
    row('total', s.total),
    '',
    `${s.articles} article${s.articles === 1 ? '' : 's'}: ${s.articles - s.failed} ok, ${s.failed} with unknown differences${s.errors ? ` (${s.errors} could not be checked)` : ''}; ${s.known} known gap${s.known === 1 ? '' : 's'}, ${s.fixed} fixed`,
  ];
  return lines.join('\n') + '\n';
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

/** Rewrites the known-gap bookkeeping of every checked expectation; returns the lines describing what changed. */
export async function updateFixtures(results: ArticleResult[]): Promise<string[]> {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.report) continue;
    const expected = readExpected(r.fixture.expected);
    const { document, changes } = updateExpected(expected, r.report);
    if (!changes.length) continue;
    await writeAtomically(r.fixture.expected, formatExpected(document));
    lines.push(`updated ${r.fixture.expected}`);
    for (const c of changes) lines.push(`  ${c}`);
  }
  return lines;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

export const DEFAULT_FIXTURES = 'fixtures';

export async function runCheck(paths: string[], opts: CheckOptions, io: CheckIo): Promise<number> {
  if (!paths.length) {
    if (!existsSync(DEFAULT_FIXTURES)) throw new UsageError(`no paths given and no ${DEFAULT_FIXTURES}/ directory here`);
    paths = [DEFAULT_FIXTURES];
  }
  const fixtures = findFixtures(paths);
  if (!fixtures.length) throw new UsageError(`no article with an ${EXPECTED_SUFFIX} beside it in ${paths.join(', ')}`);

  const results: ArticleResult[] = [];
  for (const f of fixtures) {
    const r = checkFixture(f);
    results.push(r);
    if (!opts.json) await write(io.stdout, formatArticle(r));
  }
  const summary = summarize(results);
  const updates = opts.update ? await updateFixtures(results) : [];
  if (opts.json) {
    const articles = results.map((r) => ({
      article: r.fixture.article,
      expected: r.fixture.expected,
      ...(r.error !== undefined ? { error: r.error } : r.report),
      ...(r.checks ? { checks: r.checks } : {}),
    }));
    await write(io.stdout, JSON.stringify({ articles, summary, ...(opts.update ? { updated: updates } : {}) }, null, 2) + '\n');
  } else {
    await write(io.stdout, formatSummary(summary));
    if (opts.update) await write(io.stdout, updates.length ? '\n' + updates.join('\n') + '\n' : '\nnothing to update\n');
  }
  if (summary.errors) return 1;
  if (opts.update) return 0;
  return summary.failed ? 1 : 0;
}
