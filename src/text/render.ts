// Rendering a page's elements as text: which elements hold no article text,
// which start a paragraph, how a text node's whitespace and line breaks read,
// and how the rendered stream becomes lines and paragraphs. Shared by the
// reader of a page's tree (html.ts) and the block reader of long pages.
import type { PageTime } from './page-time.js';

export interface HtmlText {
  text: string;
  title: string | null;
  /** the page's own timestamp in its markup (a publication-time meta, a WeChat script) */
  published: PageTime | null;
  /** the page's text was cut, a page this long holding more than any report */
  cut?: boolean;
}

/** Elements that never hold article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'frame', 'frameset',
  'svg', 'math', 'template', 'object', 'embed', 'canvas', 'select', 'option', 'button', 'input', 'textarea',
  'head', 'title', 'meta', 'link', 'base', 'map', 'audio', 'video', 'dialog',
]);

/** Elements that start a new paragraph. */
export const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center', 'hr', 'table', 'caption',
  'fieldset', 'legend', 'details', 'summary', 'header', 'footer', 'nav', 'aside', 'menu', 'tr', 'td', 'th',
  'tbody', 'thead', 'tfoot', 'form',
]);

/** Separators between an article title and the site name in <title>. */
// Parts are trimmed afterwards; a dash separates only with spaces around it (2022-04-17 stays whole).
const TITLE_SEPARATOR = /[_|｜]|\s[-–—]+\s/;

/** A wide (CJK) character: ideographs, CJK punctuation, full-width forms. */
const isWideCode = (c: number) =>
  (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
const isSpaceOrSoft = (c: number) => c === 0x20 || c === 0x02;

// Only what no script can show is hidden: `visibility: hidden` is how WeChat
// and other pages keep a body invisible until their script reveals it.
export function isHidden(attribs: Record<string, string> | undefined): boolean {
  if (!attribs) return false;
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return !!style && /display\s*:\s*none/i.test(style);
}

export function cleanInline(s: string): string {
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

export function titleFromTitleTag(raw: string): string | null {
  const title = cleanInline(raw);
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return title;
  // The article title comes first; the site name follows. A very short first
  // part ("首页 - ...") is more likely a section name, so take the longest then.
  const first = parts[0];
  if ([...first].length >= 4) return first;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Marker for whitespace that came from a line break in the source. */
const SOFT = '\u0002';

export function normalizeTextNode(s: string): string {
  return s
    .replace(/[\u0000-\u0001\u0003-\u0008\u000b\u000e-\u001f\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\n\r\f\u00a0]+/g, (ws) => (/[\n\r]/.test(ws) ? SOFT : ' '));
}

export function opening(name: string, layout: boolean): string {
  if (name === 'tr') return '';
  if (name === 'td' || name === 'th') return layout ? '\n\n' : ' ';
  if (name === 'tbody' || name === 'thead' || name === 'tfoot') return '';
  return BLOCK_TAGS.has(name) ? '\n\n' : '';
}

export function closing(name: string, layout: boolean): string {
  if (name === 'tr') return '\n';
  if (name === 'td' || name === 'th') return layout ? '\n\n' : ' ';
  if (name === 'tbody' || name === 'thead' || name === 'tfoot') return '';
  return BLOCK_TAGS.has(name) ? '\n\n' : '';
}

/**
 * A run of spaces holding a soft break (U+0002) vanishes between two wide
 * characters and becomes one space elsewhere; at either end of the line it
 * vanishes. One pass over the line, no regular expression.
 */
function joinSoftBreaks(line: string): string {
  if (!line.includes('\u0002')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    let j = i;
    // other characters are copied a run at a time
    while (j < line.length && !isSpaceOrSoft(line.charCodeAt(j))) j++;
    if (j > i) {
      out += line.slice(i, j);
      i = j;
      continue;
    }
    let soft = false;
    while (j < line.length && isSpaceOrSoft(line.charCodeAt(j))) {
      if (line.charCodeAt(j) === 0x02) soft = true;
      j++;
    }
    if (!soft) out += line.slice(i, j);
    else if (i > 0 && j < line.length) out += isWideCode(line.charCodeAt(i - 1)) && isWideCode(line.charCodeAt(j)) ? '' : ' ';
    i = j;
  }
  return out;
}

/** Lines from the rendered stream: soft breaks between Chinese characters vanish, spaces collapse, paragraphs get one blank line. */
export function assemble(raw: string): string {
  const lines = new LineAssembler();
  lines.write(raw);
  return lines.end();
}

/** How many assembled lines are joined into one string as they come. */
const JOINED_LINES = 4096;

/**
 * assemble() of a stream given a piece at a time: only the line being read and the text assembled are kept,
 * not the lines of a long page one string each.
 */
export class LineAssembler {
  /** the rendered stream since its last line break */
  private partial = '';
  /** assembled lines not joined yet, and those joined, a few thousand to a string */
  private readonly lines: string[] = [];
  private readonly joined: string[] = [];
  private blank = false;
  private any = false;

  write(raw: string): void {
    let from = 0;
    for (let nl = raw.indexOf('\n'); nl >= 0; nl = raw.indexOf('\n', from)) {
      this.line(this.partial + raw.slice(from, nl));
      this.partial = '';
      from = nl + 1;
    }
    this.partial += raw.slice(from);
  }

  end(): string {
    this.line(this.partial);
    this.partial = '';
    this.join();
    return this.joined.join('\n');
  }

  private line(rendered: string): void {
    const line = joinSoftBreaks(rendered).replace(/[ \t\u00a0]+/g, ' ').trim();
    if (!line) {
      this.blank = this.any;
      return;
    }
    if (this.blank) this.lines.push('');
    this.blank = false;
    this.any = true;
    this.lines.push(line);
    if (this.lines.length >= JOINED_LINES) this.join();
  }

  private join(): void {
    if (this.lines.length === 0) return;
    this.joined.push(this.lines.join('\n'));
    this.lines.length = 0;
  }
}
