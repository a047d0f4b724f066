// HTML -> article text. The page is parsed with htmlparser2 into a light
// tree of its own (elements and text only), page furniture is dropped
// (scripts, navigation, headers, footers, share and comment boxes, ads), the
// article body is the deepest element holding most of the page's Chinese text
// outside links, and it is rendered as plain text with one paragraph per
// block. Every walk over the tree is iterative, so deeply nested or broken
// markup cannot overflow the stack.
import { isHanCode } from './cjk.js';
import { type PageTime, readPageTime } from './page-time.js';
import { type DomNode, parseTree, readTokens, type TreeSink } from './tree.js';

export interface HtmlText {
  text: string;
  title: string | null;
  /** the page's own timestamp in its markup (a publication-time meta, a WeChat script) */
  published: PageTime | null;
  /** the page's text was cut, a page this long holding more than any report */
  cut?: boolean;
}

/** Elements that never hold article text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'frame', 'frameset',
  'svg', 'math', 'template', 'object', 'embed', 'canvas', 'select', 'option', 'button', 'input', 'textarea',
  'head', 'title', 'meta', 'link', 'base', 'map', 'audio', 'video', 'dialog',
]);

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center', 'hr', 'table', 'caption',
  'fieldset', 'legend', 'details', 'summary', 'header', 'footer', 'nav', 'aside', 'menu', 'tr', 'td', 'th',
  'tbody', 'thead', 'tfoot', 'form',
]);

/** Blocks dropped from the article when most of their Chinese text is link text. */
const LINK_LIST_TAGS = new Set(['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'div', 'table', 'section', 'tr', 'td', 'p']);

/** A run of this many Chinese characters outside links is article text, not a label. */
const PARAGRAPH_HAN = 30;

/** Words in class/id values that mark page furniture. */
const BOILERPLATE_WORDS = new Set([
  'nav', 'navbar', 'navi', 'navigation', 'menu', 'menubar', 'submenu', 'footer', 'foot', 'breadcrumb',
  'breadcrumbs', 'crumb', 'crumbs', 'share', 'sharing', 'bdshare', 'social', 'comment', 'comments',
  'sidebar', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'sponsor', 'copyright', 'bottom',
]);

/** Separators between an article title and the site name in <title>. */
// Parts are trimmed afterwards; a dash separates only with spaces around it (2022-04-17 stays whole).
const TITLE_SEPARATOR = /[_|｜]|\s[-–—]+\s/;

/** A wide (CJK) character: ideographs, CJK punctuation, full-width forms. */
const isWideCode = (c: number) =>
  (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
const isSpaceOrSoft = (c: number) => c === 0x20 || c === 0x02;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^[\s\ufeff]*<(?:!doctype\s+html|html|head|body|meta|div|p|table|article|section|span|font|center|h[1-6]|title|!--|\?xml)[\s>/]/i.test(head)) {
    return true;
  }
  return /<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head) && /<\/[a-z][a-z0-9]*\s*>/i.test(head);
}

function isBoilerplateName(value: string | undefined): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) {
    // Split "footer-wrap", "left_menu", "shareBox", "topAD" into words.
    const words = token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s\-_:.]+/);
    for (const w of words) if (w && BOILERPLATE_WORDS.has(w.toLowerCase())) return true;
  }
  return false;
}

// Only what no script can show is hidden: `visibility: hidden` is how WeChat
// and other pages keep a body invisible until their script reveals it.
function isHidden(attribs: Record<string, string> | undefined): boolean {
  if (!attribs) return false;
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return !!style && /display\s*:\s*none/i.test(style);
}

function countHanSplit(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/** All text under `node`, whitespace collapsed (iterative). */
function textOf(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data ?? '');
    else if (n.children && n.name !== 'script' && n.name !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return cleanInline(parts.join(''));
}

function cleanInline(s: string): string {
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

function titleFromTitleTag(raw: string): string | null {
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

/**
 * Pages longer than this (a few hundred thousand table cells) are read as a stream of blocks, without a tree:
 * a tree of such a page takes tens of times its size in memory. No furniture is told from the article then.
 */
const STREAMED_PAGE = 4_000_000;
/** The text kept of a streamed page: more than any report holds, and more counts than the rules read (MAX_COUNTS). */
const STREAMED_TEXT = 2_000_000;

/** Reads a large page's text block by block as the tokenizer goes: hidden and furniture elements dropped. */
class BlockText implements TreeSink {
  readonly out: string[] = [];
  /** innermost last: whether each open element drops what it holds */
  private readonly dropping: boolean[] = [];
  private dropped = 0;
  private readonly names: string[] = [];
  title: string | null = null;
  private inTitle = false;

  open(name: string, attribs: Record<string, string>): void {
    const drop = (DROP_TAGS.has(name) && name !== 'title') || isHidden(attribs);
    this.names.push(name);
    this.dropping.push(drop);
    if (drop) this.dropped++;
    this.inTitle = name === 'title' && this.title === null;
    if (this.dropped === 0) this.out.push(name === 'br' ? '\n' : opening(name, false));
  }

  close(): void {
    const name = this.names.pop();
    if (this.dropping.pop()) this.dropped--;
    if (name === 'title') this.inTitle = false;
    else if (name !== undefined && name !== 'br' && this.dropped === 0) this.out.push(closing(name, false));
  }

  text(data: string): void {
    if (this.inTitle) this.title = (this.title ?? '') + data;
    else if (this.dropped === 0 && this.length < STREAMED_TEXT) {
      const piece = normalizeTextNode(data);
      this.length += piece.length;
      this.out.push(piece);
    } else if (this.dropped === 0) this.cut = true;
  }

  /** characters of text kept so far */
  private length = 0;
  /** whether text past STREAMED_TEXT was left out */
  cut = false;

  separate(): void {}
}

function streamedPageText(html: string): HtmlText {
  const sink = new BlockText();
  readTokens(html, sink);
  // the markup timestamp of a page this long is looked for in its head
  const head = html.slice(0, 65_536);
  const title = sink.title !== null ? titleFromTitleTag(sink.title) : null;
  return { text: assemble(sink.out.join('')), title, published: readPageTime(parseTree(head)), cut: sink.cut };
}

export function htmlToText(html: string): HtmlText {
  if (html.length > STREAMED_PAGE) return streamedPageText(html);
  const root = parseTree(html);
  const published = readPageTime(root);

  // Pass 1 (pre-order): index the elements that may hold text, note each
  // element's own text (Chinese characters outside and inside links), the
  // title, and the first <h1>.
  const nodes: DomNode[] = [];
  const parentOf: number[] = [];
  const inLink: boolean[] = [];
  const inArticle: boolean[] = [];
  const ownHan: number[] = [];
  const ownLink: number[] = [];
  let titleTag = null as string | null;
  let ogTitle = null as string | null;

  const noteHead = (head: DomNode) => {
    for (const c of head.children ?? []) {
      if (c.name === 'title' && titleTag === null) titleTag = textOf(c);
      else if (c.name === 'meta' && ogTitle === null) {
        const prop = (c.attribs?.property ?? c.attribs?.name ?? '').toLowerCase();
        if (prop === 'og:title' && c.attribs?.content) ogTitle = cleanInline(c.attribs.content) || null;
      }
    }
  };

  nodes.push(root);
  parentOf.push(-1);
  inLink.push(false);
  inArticle.push(false);
  ownHan.push(0);
  ownLink.push(0);
  root.index = 0;
  const stack: Array<[DomNode, number]> = [];
  for (let i = (root.children?.length ?? 0) - 1; i >= 0; i--) stack.push([root.children![i], 0]);
  while (stack.length) {
    const [n, p] = stack.pop()!;
    if (n.type === 'text') {
      const han = countHanSplit(n.data ?? '');
      if (han) {
        if (inLink[p]) ownLink[p] += han;
        else ownHan[p] += han;
      }
      continue;
    }
    if (!n.name || !n.children) continue; // never: the tree holds elements and text only (narrows the type)
    const name = n.name;
    if (name === 'head') noteHead(n);
    if (name === 'title' && titleTag === null) titleTag = textOf(n);
    if (DROP_TAGS.has(name)) {
      // <header>/<footer> inside an <article> belong to the article.
      if (!((name === 'header' || name === 'footer') && inArticle[p])) continue;
    }
    if (isHidden(n.attribs)) continue;
    const i = nodes.length;
    nodes.push(n);
    parentOf.push(p);
    inLink.push(inLink[p] || name === 'a');
    inArticle.push(inArticle[p] || name === 'article');
    ownHan.push(0);
    ownLink.push(0);
    n.index = i;
    for (let k = n.children.length - 1; k >= 0; k--) stack.push([n.children[k], i]);
  }

  // Pass 2 (reverse pre-order = children before parents): subtree totals.
  const count = nodes.length;
  const sumHan = (dropped: Uint8Array | null) => {
    const han = new Float64Array(count);
    const link = new Float64Array(count);
    for (let i = count - 1; i >= 0; i--) {
      if (dropped && dropped[i]) continue;
      han[i] += ownHan[i];
      link[i] += ownLink[i];
      const p = parentOf[i];
      if (p >= 0) {
        han[p] += han[i];
        link[p] += link[i];
      }
    }
    return { han, link };
  };
  const before = sumHan(null);
  const pageHan = before.han[0];

  // Furniture named by class or id, unless it holds half the page's text.
  const dropped = new Uint8Array(count);
  for (let i = 1; i < count; i++) {
    if (dropped[parentOf[i]]) {
      dropped[i] = 1;
      continue;
    }
    const a = nodes[i].attribs;
    if (a && (isBoilerplateName(a.class) || isBoilerplateName(a.id)) && !(pageHan > 0 && before.han[i] >= 0.5 * pageHan)) {
      const name = nodes[i].name!;
      if (name !== 'html' && name !== 'body' && name !== 'main' && name !== 'article') dropped[i] = 1;
    }
  }
  const { han, link } = sumHan(dropped);
  // Per block: the Chinese text it shows as its own paragraph(s) (its text and
  // inline descendants, outside links); per element: the largest such run below it.
  const isBlock = (i: number) => i === 0 || BLOCK_TAGS.has(nodes[i].name!);
  const hasBlock = new Uint8Array(count);
  const runHan = Float64Array.from(ownHan);
  const maxRun = new Float64Array(count);
  for (let i = count - 1; i > 0; i--) {
    if (dropped[i]) continue;
    const p = parentOf[i];
    const block = isBlock(i);
    if (hasBlock[i] || block) hasBlock[p] = 1;
    if (block) maxRun[i] = Math.max(maxRun[i], runHan[i]);
    else runHan[p] += runHan[i];
    maxRun[p] = Math.max(maxRun[p], maxRun[i]);
  }

  // The article body: descend from the root into the child holding most of
  // the text, unless that would leave a paragraph of article text behind.
  const children: number[][] = Array.from({ length: count }, () => []);
  for (let i = 1; i < count; i++) if (!dropped[i]) children[parentOf[i]].push(i);
  let container = 0;
  const total = han[0];
  if (total > 0) {
    for (;;) {
      let next = -1;
      for (const c of children[container]) if (han[c] >= 0.8 * total) next = c;
      if (next < 0) break;
      let leftBehind = runHan[container];
      for (const c of children[container]) if (c !== next) leftBehind = Math.max(leftBehind, maxRun[c]);
      if (leftBehind >= PARAGRAPH_HAN) break;
      container = next;
    }
  } else {
    const body = nodes.findIndex((n, i) => i > 0 && n.name === 'body');
    if (body > 0 && !dropped[body]) container = body;
  }

  // Keep the headline (and the byline under it) with the body when they sit together.
  let title: string | null = null;
  let prependTitle = false;
  let h1Index = -1;
  // Inside an <h1> without text, no element has text: skipping them keeps
  // nested empty headings from being read once per level.
  const noText = new Uint8Array(count);
  for (let i = 1; i < count && h1Index < 0; i++) {
    if (noText[parentOf[i]]) noText[i] = 1;
    else if (!dropped[i] && nodes[i].name === 'h1') {
      title = textOf(nodes[i]);
      if (title) h1Index = i;
      else noText[i] = 1;
    }
  }
  if (h1Index < 0) title = null;
  else {
    const ancestors = new Set<number>();
    for (let i = container; i >= 0; i = parentOf[i]) ancestors.add(i);
    let inside = false;
    let lca = h1Index;
    for (; lca >= 0; lca = parentOf[lca]) {
      if (lca === container) inside = true;
      if (ancestors.has(lca)) break;
    }
    if (!inside && lca >= 0) {
      if (han[lca] <= 1.3 * han[container] + 50) container = lca;
      else prependTitle = true;
    }
  }
  if (title === null) title = ogTitle ?? (titleTag !== null ? titleFromTitleTag(titleTag) : null);

  // Pass 3: render the container as text.
  const out: string[] = [];
  if (prependTitle && title) out.push(title, '\n\n');
  type Item = { node: DomNode; exit: boolean };
  const work: Item[] = [{ node: nodes[container], exit: false }];
  while (work.length) {
    const { node, exit } = work.pop()!;
    if (node.type === 'text') {
      out.push(normalizeTextNode(node.data ?? ''));
      continue;
    }
    const i = node.index;
    if (i < 0 || dropped[i]) continue;
    const name = node.name ?? '';
    if (exit) {
      out.push(closing(name, hasBlock[i] === 1));
      continue;
    }
    if (total > 0 && i !== container && LINK_LIST_TAGS.has(name) && link[i] > 0 && link[i] >= han[i]) continue;
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    out.push(opening(name, hasBlock[i] === 1));
    work.push({ node, exit: true });
    const kids = node.children ?? [];
    for (let k = kids.length - 1; k >= 0; k--) work.push({ node: kids[k], exit: false });
  }
  return { text: assemble(out.join('')), title: title || null, published };
}

/** Marker for whitespace that came from a line break in the source. */
const SOFT = '\u0002';

function normalizeTextNode(s: string): string {
  return s
    .replace(/[\u0000-\u0001\u0003-\u0008\u000b\u000e-\u001f\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\n\r\f\u00a0]+/g, (ws) => (/[\n\r]/.test(ws) ? SOFT : ' '));
}

function opening(name: string, layout: boolean): string {
  if (name === 'tr') return '';
  if (name === 'td' || name === 'th') return layout ? '\n\n' : ' ';
  if (name === 'tbody' || name === 'thead' || name === 'tfoot') return '';
  return BLOCK_TAGS.has(name) ? '\n\n' : '';
}

function closing(name: string, layout: boolean): string {
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
function assemble(raw: string): string {
  const lines = raw.split('\n');
  const result: string[] = [];
  let blank = false;
  for (let line of lines) {
    line = joinSoftBreaks(line);
    line = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (!line) {
      blank = result.length > 0;
      continue;
    }
    if (blank) result.push('');
    blank = false;
    result.push(line);
  }
  return result.join('\n');
}
