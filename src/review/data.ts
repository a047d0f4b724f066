// The data a review page is drawn from: the documents as the page's script
// reads them, with their cross-checks checked against their figures.
import type { Document, Figure } from '../validate/schema.js';

/** A cross-check on a document (`checks` entries): what does not add up, and the figures concerned. */
export interface Check {
  kind: string;
  message: string;
  /** Indexes into the document's `figures`. */
  figures: number[];
}

/** A document as the review reads it: `checks` is optional, `text` needed for highlights. */
export type ReviewDocument = Document & { checks?: Check[] };

export interface ReviewArticle {
  file: string;
  title: string | null;
  published: string | null;
  region: string | null;
  /** The text the offsets refer to; null when the document came without it. */
  text: string | null;
  warnings: string[];
  checks: Check[];
  figures: Figure[];
}

export interface ReviewData {
  title: string;
  articles: ReviewArticle[];
}

/** The figure families, in the order the page lists them (the part of the metric before the dot). */
export const FAMILIES = ['cases', 'contacts', 'tests', 'supplies', 'resources', 'areas'] as const;


/** Checks whose figure indexes are whole numbers within the document's figures (others are dropped). */
function validChecks(doc: ReviewDocument): Check[] {
  if (!Array.isArray(doc.checks)) return [];
  const n = doc.figures.length;
  const out: Check[] = [];
  for (const c of doc.checks) {
    if (!c || typeof c.message !== 'string') continue;
    const figures = Array.isArray(c.figures) ? c.figures.filter((i) => Number.isInteger(i) && i >= 0 && i < n) : [];
    out.push({ kind: typeof c.kind === 'string' ? c.kind : 'check', message: c.message, figures });
  }
  return out;
}

export function reviewArticle(doc: ReviewDocument): ReviewArticle {
  return {
    file: doc.file,
    title: doc.title ?? null,
    published: doc.published ?? null,
    region: doc.region ?? null,
    text: typeof doc.text === 'string' ? doc.text : null,
    warnings: Array.isArray(doc.warnings) ? doc.warnings : [],
    checks: validChecks(doc),
    figures: doc.figures,
  };
}

export function reviewData(docs: Iterable<ReviewDocument>, title = 'pressfig review'): ReviewData {
  const articles: ReviewArticle[] = [];
  for (const d of docs) articles.push(reviewArticle(d));
  return { title, articles };
}

/**
 * The page's data as JSON that can sit inside a <script> element: `<`, `>`
 * and `&` become \u escapes (so no `</script>` or `<!--` can end or change the
 * element), and so do U+2028/U+2029. JSON.parse reads the same value back.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
