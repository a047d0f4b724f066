// HTML -> a light tree of elements and text, built from the events of
// tree-builder.ts.
import { readTokens, type TreeSink } from './tree-builder.js';

/** A node of the page: the root, an element or a run of text. */
export interface DomNode {
  type: 'root' | 'tag' | 'text';
  /** the element's name, always lower-case */
  name: string | undefined;
  /** the text of a text node, entities decoded */
  data: string | undefined;
  attribs: Record<string, string> | undefined;
  children: DomNode[] | undefined;
  parent: DomNode | null;
  /** a number the reader of the tree may give the node; -1 until it does */
  index: number;
}

/** Builds the page's tree from the builder's events. */
class DomSink implements TreeSink {
  readonly root: DomNode = { type: 'root', name: undefined, data: undefined, attribs: undefined, children: [], parent: null, index: -1 };
  private current = this.root;
  /** the text node that the next text joins, null after any tag or comment */
  private lastText: DomNode | null = null;

  open(name: string, attribs: Record<string, string>): void {
    const element: DomNode = { type: 'tag', name, data: undefined, attribs, children: [], parent: this.current, index: -1 };
    this.current.children!.push(element);
    this.current = element;
    this.lastText = null;
  }

  close(): void {
    this.current = this.current.parent ?? this.root;
    this.lastText = null;
  }

  text(data: string): void {
    if (this.lastText) this.lastText.data += data;
    else {
      this.lastText = { type: 'text', name: undefined, data, attribs: undefined, children: undefined, parent: this.current, index: -1 };
      this.current.children!.push(this.lastText);
    }
  }

  separate(): void {
    this.lastText = null;
  }
}

/** The page as a tree of elements and text (adjacent text joined). */
export function parseTree(html: string): DomNode {
  const sink = new DomSink();
  readTokens(html, sink);
  return sink.root;
}
