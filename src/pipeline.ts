// The straight pipeline: input (decode, HTML -> text) -> normalize -> extract
// -> resolve -> validate. Pure: no file or network I/O.
import { createHash } from 'node:crypto';
import { decodeBytes } from './input/decode.js';
import { htmlToText, looksLikeHtml } from './input/html.js';
import { analyzeText } from './analyze.js';
import { withChecks } from './crosscheck/index.js';
import { validateDocument, type Document } from './validate/schema.js';

export interface ExtractOptions {
  /** Name recorded as the document's `file` (default `-`). */
  file?: string;
  /** Year for articles that state none (`--year`). */
  year?: number;
  /** Publication date known from outside the text (JSONL `published`), used for year inference. */
  published?: string | null;
  /** Title known from outside the text (JSONL `title`). */
  title?: string | null;
  /** Force the byte decoding (`--encoding`); otherwise detected. */
  encoding?: string;
  /** How to read the input: detect HTML (default), or force plain text or HTML. */
  format?: 'auto' | 'text' | 'html';
  /** Add the plain text the offsets refer to as `text`. */
  includeText?: boolean;
  /** Add each figure's `trace`: the rules that decided its fields, in order. */
  explain?: boolean;
}

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Document {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const warnings: string[] = [];
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeBytes(input, { encoding: options.encoding });
    text = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  }
  let title = options.title ?? null;
  const isHtml = options.format === 'html' || (options.format !== 'text' && looksLikeHtml(text));
  if (isHtml) {
    const page = htmlToText(text);
    text = page.text;
    title = title ?? page.title;
  }
  const analysis = analyzeText(text, { year: options.year, published: options.published ?? null, title, explain: options.explain });
  warnings.push(...analysis.warnings);
  const doc: Document = {
    file: options.file ?? '-',
    sha256,
    encoding,
    script: analysis.script,
    title: analysis.title,
    published: analysis.published,
    region: analysis.region,
    figures: analysis.figures,
    warnings,
  };
  if (options.includeText) doc.text = text;
  if (analysis.setAside) doc.setAside = analysis.setAside;
  return validateDocument(withChecks(doc));
}
