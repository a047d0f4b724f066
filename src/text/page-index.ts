// The elements of a page that may hold article text (not furniture by tag, not
// hidden), indexed in pre-order with the Chinese text each holds itself: what
// html.ts scores to find the article body. Iterative, as every walk of the tree.
import { isHanCode } from './cjk.js';
import { cleanInline, DROP_TAGS, isHidden } from './render.js';
import type { DomNode } from './tree.js';

/** The elements that may hold text, in pre-order (an element's index is its place here), and what the page's head says. */
export interface PageIndex {
  nodes: DomNode[];
  parentOf: number[];
  /** each element's own Chinese characters, outside links and inside them */
  ownHan: number[];
  ownLink: number[];
  titleTag: string | null;
  ogTitle: string | null;
}

/**
 * Pass 1 (pre-order): index the elements that may hold text (not furniture
 * by tag, not hidden), note each element's own text (Chinese characters
 * outside and inside links), the title, and og:title.
 */
export function indexPage(root: DomNode): PageIndex {
  const page: PageIndex = { nodes: [root], parentOf: [-1], ownHan: [0], ownLink: [0], titleTag: null, ogTitle: null };
  const { nodes, parentOf, ownHan, ownLink } = page;
  const inLink: boolean[] = [false];
  const inArticle: boolean[] = [false];
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
    if (name === 'head') noteHead(n, page);
    if (name === 'title' && page.titleTag === null) page.titleTag = textOf(n);
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
  return page;
}

function noteHead(head: DomNode, page: PageIndex): void {
  for (const c of head.children ?? []) {
    if (c.name === 'title' && page.titleTag === null) page.titleTag = textOf(c);
    else if (c.name === 'meta' && page.ogTitle === null) {
      const prop = (c.attribs?.property ?? c.attribs?.name ?? '').toLowerCase();
      if (prop === 'og:title' && c.attribs?.content) page.ogTitle = cleanInline(c.attribs.content) || null;
    }
  }
}

function countHanSplit(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/** All text under `node`, whitespace collapsed (iterative). */
export function textOf(node: DomNode): string {
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
