// HTML -> a light tree of elements and text, built from htmlparser2's
// tokenizer. The rules for tags the markup leaves open or closes too often
// are htmlparser2's own (its Parser in HTML mode): implied closing tags, void
// elements, `</p>` and `</br>` without an opening tag, self-closing tags in
// SVG and MathML. They are kept here instead of in its Parser because that
// keeps its stack of open elements with `Array#unshift`, and looks a closing
// tag up with `indexOf` from the innermost element: both cost the depth of
// the page, so markup nested a hundred thousand deep took minutes. Here the
// stack is pushed and popped at its end, and a closing tag whose element is
// not open is known from a count of open elements by name, so every tag costs
// the same at any depth.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

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

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);

/** An opening tag closes these elements when they are the innermost open ones. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, formTags] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'].map((t) => [t, pTag] as [string, Set<string>]),
]);

const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements in which `<x/>` closes x (SVG and MathML), and those that return to HTML rules inside them. */
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What the tree builder tells its reader: elements opened and closed, text, and breaks between texts. */
export interface TreeSink {
  open(name: string, attribs: Record<string, string>): void;
  close(): void;
  text(data: string): void;
  /** a comment or the like: the text on either side stays apart */
  separate(): void;
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

/** The attributes of every tag that has none: one shared object, not one per element of a large page. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Receives the tokenizer's events and tells the sink the elements and text of the page. */
class TreeBuilder implements TokenizerCallbacks {
  /** names of the open elements, innermost last */
  private readonly open: string[] = [];
  /** how many elements of each name are open */
  private readonly openCount = new Map<string, number>();
  /** innermost last: whether `<x/>` closes x here */
  private readonly foreign: boolean[] = [false];
  /** the tag being read, between its name and its `>` */
  private tagName = '';
  /** its attributes so far; null between tags, so that a tag's end makes one element only */
  private attribs: Record<string, string> | null = null;
  private attribName = '';
  private attribValue = '';

  constructor(private readonly html: string, private readonly sink: TreeSink) {}

  // -- tree events --

  private startElement(name: string, attribs: Record<string, string>): void {
    this.sink.open(name, attribs);
  }

  private endElement(): void {
    this.sink.close();
  }

  private addText(data: string): void {
    this.sink.text(data);
  }

  // -- the stack of open elements --

  private push(name: string): void {
    this.open.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  private pop(): string {
    const name = this.open.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    return name;
  }

  private emitOpenTag(name: string): void {
    this.tagName = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.open.length > 0 && impliesClose.has(this.open[this.open.length - 1])) {
        this.pop();
        this.endElement();
      }
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.push(name);
      if (FOREIGN_CONTEXT.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.attribs = NO_ATTRIBUTES;
  }

  private endOpenTag(): void {
    if (this.attribs) {
      this.startElement(this.tagName, this.attribs);
      this.attribs = null;
    }
    if (VOID_ELEMENTS.has(this.tagName)) this.endElement();
    this.tagName = '';
  }

  private closeCurrentTag(): void {
    const name = this.tagName;
    this.endOpenTag();
    // a self-closing element is the innermost one
    if (this.open.length > 0 && this.open[this.open.length - 1] === name) {
      this.pop();
      this.endElement();
    }
  }

  // -- tokenizer callbacks --

  ontext(start: number, end: number): void {
    this.addText(this.html.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.addText(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.html.slice(start, end).toLowerCase());
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreign.pop();
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') {
        this.startElement('br', {});
        this.endElement();
      }
      return;
    }
    if ((this.openCount.get(name) ?? 0) > 0) {
      // pops down to the innermost element of that name: each pop is paid for by its push
      let popped: string;
      do {
        popped = this.pop();
        this.endElement();
      } while (popped !== name);
    } else if (name === 'p') {
      // `</p>` without `<p>` is an empty paragraph
      this.emitOpenTag('p');
      this.closeCurrentTag();
    }
  }

  onattribname(start: number, end: number): void {
    this.attribName = this.html.slice(start, end).toLowerCase();
  }

  onattribdata(start: number, end: number): void {
    this.attribValue += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.attribValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    // the first of repeated attributes wins
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribName)) {
      if (this.attribs === NO_ATTRIBUTES) this.attribs = {};
      this.attribs[this.attribName] = this.attribValue;
    }
    this.attribValue = '';
  }

  // comments, CDATA (a comment in HTML), declarations and processing
  // instructions are left out, but text on either side stays apart
  oncomment(): void {
    this.sink.separate();
  }

  oncdata(): void {
    this.sink.separate();
  }

  ondeclaration(): void {
    this.sink.separate();
  }

  onprocessinginstruction(): void {
    this.sink.separate();
  }

  onend(): void {}
}

/** The page as a tree of elements and text (adjacent text joined). */
export function parseTree(html: string): DomNode {
  const sink = new DomSink();
  readTokens(html, sink);
  return sink.root;
}

/** Tells the sink the page's elements and text, in order, without building a tree. */
export function readTokens(html: string, sink: TreeSink): void {
  const tokenizer = new Tokenizer({ decodeEntities: true }, new TreeBuilder(html, sink));
  tokenizer.write(html);
  tokenizer.end();
}
