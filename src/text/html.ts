// HTML -> article text. The page is parsed with htmlparser2 into a light
// tree of its own (elements and text only), page furniture is dropped
// (scripts, navigation, headers, footers, share and comment boxes, ads), the
// article body is the deepest element holding most of the page's Chinese text
// outside links, and it is rendered as plain text with one paragraph per
// block. Every walk over the tree is iterative, so deeply nested or broken
// markup cannot overflow the stack.
import { STREAMED_PAGE, streamedPageText } from './html-stream.js';
import { readPageTime } from './page-time.js';
import { indexPage, textOf, type PageIndex } from './page-index.js';
import { assemble, BLOCK_TAGS, closing, type HtmlText, normalizeTextNode, opening, titleFromTitleTag } from './render.js';
import { type DomNode, parseTree } from './tree.js';

export type { HtmlText } from './render.js';

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

export function htmlToText(html: string): HtmlText {
  if (html.length > STREAMED_PAGE) return streamedPageText(html);
  const root = parseTree(html);
  const published = readPageTime(root);
  const page = indexPage(root);
  const dropped = furniture(page, sumHan(page, null).han);
  const { han, link } = sumHan(page, dropped);
  const runs = paragraphRuns(page, dropped);
  const body = articleBody(page, dropped, han, runs);
  const { title, container, prependTitle } = headline(page, dropped, han, body);
  const out: string[] = [];
  if (prependTitle && title) out.push(title, '\n\n');
  render(page, { container, dropped, han, link, hasBlock: runs.hasBlock }, out);
  return { text: assemble(out.join('')), title: title || null, published };
}

/** Pass 2 (reverse pre-order = children before parents): subtree totals, the dropped elements left out. */
function sumHan({ ownHan, ownLink, parentOf }: PageIndex, dropped: Uint8Array | null): { han: Float64Array; link: Float64Array } {
  const count = ownHan.length;
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
}

/** Furniture named by class or id, unless it holds half the page's text; and all inside it. */
function furniture({ nodes, parentOf }: PageIndex, hanBefore: Float64Array): Uint8Array {
  const count = nodes.length;
  const pageHan = hanBefore[0];
  const dropped = new Uint8Array(count);
  for (let i = 1; i < count; i++) {
    if (dropped[parentOf[i]]) {
      dropped[i] = 1;
      continue;
    }
    const a = nodes[i].attribs;
    if (a && (isBoilerplateName(a.class) || isBoilerplateName(a.id)) && !(pageHan > 0 && hanBefore[i] >= 0.5 * pageHan)) {
      const name = nodes[i].name!;
      if (name !== 'html' && name !== 'body' && name !== 'main' && name !== 'article') dropped[i] = 1;
    }
  }
  return dropped;
}

interface ParagraphRuns {
  /** whether the element holds a block */
  hasBlock: Uint8Array;
  /** the Chinese text a block shows as its own paragraph(s) */
  runHan: Float64Array;
  /** the largest such run below an element */
  maxRun: Float64Array;
}

/**
 * Per block: the Chinese text it shows as its own paragraph(s) (its text and
 * inline descendants, outside links); per element: the largest such run below it.
 */
function paragraphRuns({ nodes, parentOf, ownHan }: PageIndex, dropped: Uint8Array): ParagraphRuns {
  const count = nodes.length;
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
  return { hasBlock, runHan, maxRun };
}

/**
 * The article body: descend from the root into the child holding most of
 * the text, unless that would leave a paragraph of article text behind.
 */
function articleBody({ nodes, parentOf }: PageIndex, dropped: Uint8Array, han: Float64Array, { runHan, maxRun }: ParagraphRuns): number {
  const count = nodes.length;
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
  return container;
}

/**
 * The headline: the first <h1> with text, kept with the body (and the byline
 * under it) when they sit together, else written before it; without one, the
 * og:title or the <title>.
 */
function headline(page: PageIndex, dropped: Uint8Array, han: Float64Array, body: number): { title: string | null; container: number; prependTitle: boolean } {
  const { nodes, parentOf } = page;
  const count = nodes.length;
  let container = body;
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
  if (title === null) title = page.ogTitle ?? (page.titleTag !== null ? titleFromTitleTag(page.titleTag) : null);
  return { title, container, prependTitle };
}

/** What rendering needs of the page: the container, the dropped elements, and the text and blocks below each element. */
interface Layout {
  container: number;
  dropped: Uint8Array;
  han: Float64Array;
  link: Float64Array;
  hasBlock: Uint8Array;
}

/** Pass 3: render the container as text, leaving out lists of links. */
function render({ nodes }: PageIndex, { container, dropped, han, link, hasBlock }: Layout, out: string[]): void {
  const total = han[0];
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
}
