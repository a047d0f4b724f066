// The one orchestrator: bytes -> text (decode, HTML, normalize) -> facts read
// once per article -> rules -> refiners -> validated document. Pure: no file
// or network I/O.
import { createHash } from 'node:crypto';
import { htmlToText, looksLikeHtml, type HtmlText } from './text/html.js';
import { readInputText } from './text/input-text.js';
import { normalize } from './text/normalize.js';
import { repairMojibake, throughRepair, type Repaired } from './text/mojibake.js';
import type { PageTime } from './text/page-time.js';
import { findPlaces } from './lexicon/places.js';
import { findDates } from './read/dates.js';
import { findPublished, yearReference } from './read/published.js';
import { articleRegion } from './read/region.js';
import { analyzeStructure } from './read/structure.js';
import { resolveTimeline } from './read/timeline.js';
import { articleDay } from './read/today.js';
import { guessTitle } from './read/title.js';
import { MAX_COUNTS, extractFigures } from './rules/figures.js';
import { zeroFigures } from './rules/zero-figures.js';
import { refine } from './refine/index.js';
import { toFigure, toSetAside } from './validate/records.js';
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
  /** Add each figure's `trace` and the numbers set aside: the rules that decided them, in order. */
  explain?: boolean;
}

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Document {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const warnings: string[] = [];
  let text: string;
  let encoding = 'utf-8';
  /** the page's text, when a page too long for a tree was read as it was decoded */
  let streamed: HtmlText | null = null;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = readInputText(input, { encoding: options.encoding, format: options.format });
    text = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
    streamed = decoded.page;
  }
  let title = options.title ?? null;
  let pageTime: PageTime | null = null;
  const isHtml = streamed !== null || options.format === 'html' || (options.format !== 'text' && looksLikeHtml(text));
  if (isHtml) {
    const page = streamed ?? htmlToText(text);
    text = page.text;
    title = title ?? page.title;
    pageTime = page.published;
    if (page.cut) warnings.push('the page\'s text was cut after 2 000 000 characters: a page this long holds more than any report');
  }
  // Big5 or GBK taken for Latin-1 upstream: read as what it was, quoted as it is
  const repair = repairMojibake(text);
  if (repair) {
    warnings.push(repair.warning);
    if (title) title = repairMojibake(title)?.text ?? title;
  }
  const article = readArticle(text, { ...options, title }, warnings, pageTime, repair);
  const doc: Document = { file: options.file ?? '-', sha256, encoding, ...article, warnings };
  if (options.includeText) doc.text = text;
  return validateDocument(withChecks(doc));
}

type ArticleFields = Pick<Document, 'script' | 'title' | 'published' | 'region' | 'figures' | 'setAside'>;

/** One article's plain text -> its fields and figures (the stages after decoding). */
function readArticle(original: string, options: ExtractOptions, warnings: string[], pageTime: PageTime | null,
  repair: Repaired | null): ArticleFields {
  if (!/\S/.test(original)) warnings.push('empty text: no figures');
  const norm = repair ? throughRepair(normalize(repair.text), repair) : normalize(original);
  const text = norm.text;

  // read: the facts every rule shares, read once
  const structure = analyzeStructure(text);
  const title = options.title ?? guessTitle(text);
  const published = findPublished(text, pageTime);
  const ref = yearReference(text, published, { year: options.year, published: options.published ?? null });
  if (!ref && /\d{1,2}月\d{1,2}日/.test(text)) warnings.push('no year found in the article: dates are yearless (give --year)');
  const dates = resolveTimeline(findDates(text), { ref, today: articleDay(text, published, ref, options.published) });
  const places = findPlaces(text);
  const region = articleRegion(text, title, places);

  // rules, then refiners
  const { drafts, setAside, unread } = extractFigures(text, { region, dates, places }, structure);
  if (unread > 0) warnings.push(`${unread} counts past the first ${MAX_COUNTS} were not read: the article holds more numbers than any report`);
  drafts.push(...zeroFigures(text, structure, region));
  drafts.sort((a, b) => a.mention.start - b.mention.start || a.start - b.start);
  const refined = refine({ text, structure, dates, setAside }, drafts);

  const explain = options.explain === true;
  const fields: ArticleFields = {
    script: norm.script,
    title,
    published: published ? published.format(ref) : null,
    region: region ? region.full : null,
    figures: refined.map((d) => toFigure(original, norm, d, explain)),
  };
  if (explain) fields.setAside = setAside.map((s) => toSetAside(original, norm, s));
  return fields;
}
