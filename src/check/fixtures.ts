// Which articles are checked: every article (.txt, .html, .htm) with a
// NAME.expected.json beside it, found from the operands.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../cli/usage.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
export const EXPECTED_SUFFIX = '.expected.json';
export const DEFAULT_FIXTURES = 'fixtures';

/** An article and the expectation beside it. */
export interface Fixture {
  article: string;
  expected: string;
}

export const expectedPathFor = (article: string): string => article.slice(0, -extname(article).length) + EXPECTED_SUFFIX;

export const isArticle = (path: string): boolean => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** The article an `.expected.json` file belongs to, or null. */
function articleFor(expected: string): string | null {
  const stem = expected.slice(0, -EXPECTED_SUFFIX.length);
  for (const ext of ARTICLE_EXTENSIONS) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

/** Every article under a directory, in name order; `withExpected` keeps those with (true) or without (false) an expectation. */
export function articlesUnder(dir: string, withExpected: boolean, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) articlesUnder(p, withExpected, out);
    else if (e.isFile() && isArticle(p) && existsSync(expectedPathFor(p)) === withExpected) out.push(p);
  }
  return out;
}

function statOrUsage(p: string) {
  try {
    return statSync(p);
  } catch {
    throw new UsageError(`${p}: no such file or directory`);
  }
}

/** The fixtures named by the operands: directories are searched for articles with an expectation beside them. */
export function findFixtures(paths: string[]): Fixture[] {
  const articles: string[] = [];
  for (const p of paths) {
    if (statOrUsage(p).isDirectory()) {
      articlesUnder(p, true, articles);
    } else if (p.endsWith(EXPECTED_SUFFIX)) {
      const article = articleFor(p);
      if (!article) throw new UsageError(`${p}: no article (${ARTICLE_EXTENSIONS.join(', ')}) beside it`);
      articles.push(article);
    } else if (isArticle(p)) {
      if (!existsSync(expectedPathFor(p))) throw new UsageError(`${p}: no ${basename(expectedPathFor(p))} beside it (pressfig check --init ${p} writes one)`);
      articles.push(p);
    } else {
      throw new UsageError(`${p}: not an article (${ARTICLE_EXTENSIONS.join(', ')}) or an ${EXPECTED_SUFFIX} file`);
    }
  }
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a) && seen.add(a)).map((article) => ({ article, expected: expectedPathFor(article) }));
}

/** The articles `--init` writes an expectation for: named articles, and the articles without one under named directories. */
export function findArticlesToInit(paths: string[]): string[] {
  const articles: string[] = [];
  for (const p of paths) {
    if (statOrUsage(p).isDirectory()) articlesUnder(p, false, articles);
    else if (isArticle(p)) articles.push(p);
    else throw new UsageError(`${p}: not an article (${ARTICLE_EXTENSIONS.join(', ')})`);
  }
  return [...new Set(articles)];
}
