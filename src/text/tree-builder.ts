// HTML read by htmlparser2's tokenizer and told to a sink as elements opened
// and closed and text, by the rules of tag-rules.ts (tree.ts builds the tree
// from these events; a page too long for a tree is read from them directly).
// The stack of open elements is pushed and popped at its end, and a closing
// tag whose element is not open is known from a count of open elements by
// name, so every tag costs the same at any depth.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { Pieces } from './pieces.js';
import { FOREIGN_CONTEXT, HTML_INTEGRATION, OPEN_IMPLIES_CLOSE, RAW_TEXT, VOID_ELEMENTS } from './tag-rules.js';

/** What the tree builder tells its reader: elements opened and closed, text, and breaks between texts. */
export interface TreeSink {
  open(name: string, attribs: Record<string, string>): void;
  close(): void;
  text(data: string): void;
  /** a comment or the like: the text on either side stays apart */
  separate(): void;
}

/** Text longer than this is told in parts when the page comes in pieces: a page may be one text of many pieces. */
const HELD_TEXT = 1 << 20;

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
  /**
   * Text that ran to the end of the pieces written so far: the next piece may go on with it. The
   * sink is told it with the rest, so that a page given in pieces reads as the page given whole.
   */
  private heldText = '';
  /** inside an element whose text the tokenizer reads whole, `<` and all (RAW_TEXT) */
  private rawText = false;

  constructor(private readonly html: Pieces, private readonly sink: TreeSink) {}

  // -- tree events --

  private startElement(name: string, attribs: Record<string, string>): void {
    this.tellHeldText();
    this.sink.open(name, attribs);
  }

  private endElement(): void {
    this.tellHeldText();
    this.sink.close();
  }

  private addText(data: string): void {
    this.tellHeldText();
    this.sink.text(data);
  }

  private tellHeldText(): void {
    if (this.heldText === '') return;
    const text = this.heldText;
    this.heldText = '';
    this.sink.text(text);
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
    // a text starting with a `<` that opened no tag is a text of its own, as when the page comes whole
    if (this.heldText !== '' && !this.rawText && this.html.slice(start, start + 1) === '<') this.tellHeldText();
    const text = this.heldText + this.html.slice(start, end);
    this.heldText = '';
    if (end === this.html.end && text.length < HELD_TEXT) this.heldText = text;
    else this.sink.text(text);
  }

  ontextentity(codepoint: number): void {
    this.addText(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.html.slice(start, end).toLowerCase());
  }

  onopentagend(): void {
    this.rawText = RAW_TEXT.has(this.tagName);
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    this.rawText = false;
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    this.rawText = false;
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
    this.separate();
  }

  oncdata(): void {
    this.separate();
  }

  ondeclaration(): void {
    this.separate();
  }

  onprocessinginstruction(): void {
    this.separate();
  }

  private separate(): void {
    this.tellHeldText();
    this.sink.separate();
  }

  onend(): void {
    this.tellHeldText();
  }
}

/** Tells the sink the page's elements and text, in order, without building a tree. */
export function readTokens(html: string, sink: TreeSink): void {
  const tokens = new TokenStream(sink);
  tokens.write(html);
  tokens.end();
}

/** Tells the sink the elements and text of a page given a piece at a time, as readTokens of the whole page would. */
export class TokenStream {
  private readonly pieces = new Pieces();
  private readonly tokenizer: Tokenizer;

  constructor(sink: TreeSink) {
    this.tokenizer = new Tokenizer({ decodeEntities: true }, new TreeBuilder(this.pieces, sink));
  }

  write(piece: string): void {
    this.pieces.push(piece);
    this.tokenizer.write(piece);
  }

  end(): void {
    this.tokenizer.end();
  }
}
