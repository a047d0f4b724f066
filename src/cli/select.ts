// --select / --title-select: the article body and headline of a page picked
// by CSS selectors (cheerio), for archives of one site where the automatic
// choice of the body is wrong. Loaded only when a selector is given.
import { createHash } from 'node:crypto';
import { load } from 'cheerio/slim';
import { decodeBytes } from '../text/decode.js';
import { looksLikeHtml } from '../text/html.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Document } from '../validate/schema.js';

export interface PageSelectors {
  /** The elements that hold the article body (all matches, in page order). */
  body?: string;
  /** The element whose text is the headline (the first match). */
  title?: string;
}

/** Throws when a selector is not valid CSS, so that a bad option fails before any work. */
export function checkSelector(selector: string): void {
  load('<p></p>')(selector);
}

/**
 * extract() on the part of a page the selectors pick. Offsets refer to the
 * text of that part; `sha256` and `encoding` stay those of the whole input.
 * Plain-text inputs are extracted as they are.
 */
export function extractSelected(input: string | Uint8Array, options: ExtractOptions, selectors: PageSelectors): Document {
  const warnings: string[] = [];
  let html: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') html = input;
  else {
    const decoded = decodeBytes(input, { encoding: options.encoding });
    html = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  }
  if (options.format === 'text' || (options.format !== 'html' && !looksLikeHtml(html))) return extract(input, options);

  const $ = load(html);
  const picked: ExtractOptions = { ...options, format: 'html' };
  delete picked.encoding;
  let fragment = html;
  if (selectors.body) {
    const found = $(selectors.body);
    if (found.length === 0) throw new Error(`--select "${selectors.body}" matches nothing in the page`);
    // the page's <title> goes along, so that the headline is found as without a selector
    const title = $('title').first();
    fragment = (title.length ? $.html(title) : '') + found.toArray().map((el) => $.html(el)).join('\n');
  }
  if (selectors.title && options.title == null) {
    const text = $(selectors.title).first().text().replace(/\s+/g, ' ').trim();
    if (text) picked.title = text;
    else warnings.push(`--title-select "${selectors.title}" matches nothing; the title is the page's own`);
  }
  const doc = extract(fragment, picked);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...doc, sha256, encoding, warnings: [...warnings, ...doc.warnings] };
}
