// A page too long for a tree, read block by block as the tokenizer goes: a
// tree of a page of a million table cells takes tens of times its size in
// memory. No furniture is told from the article then; hidden elements and
// those that never hold text are still left out.
import { readPageTime } from './page-time.js';
import { closing, DROP_TAGS, type HtmlText, isHidden, LineAssembler, normalizeTextNode, opening, titleFromTitleTag } from './render.js';
import { parseTree } from './tree.js';
import { TokenStream, type TreeSink } from './tree-builder.js';

/**
 * Pages longer than this (a few hundred thousand table cells) are read as a stream of blocks, without a tree:
 * a tree of such a page takes tens of times its size in memory. No furniture is told from the article then.
 */
export const STREAMED_PAGE = 4_000_000;
/** The text kept of a streamed page: more than any report holds, and more counts than the rules read (MAX_COUNTS). */
const STREAMED_TEXT = 2_000_000;
/** How many pieces of text are joined into one string as the page is read. */
const JOINED_PIECES = 4096;

/** Reads a large page's text block by block as the tokenizer goes: hidden and furniture elements dropped. */
class BlockText implements TreeSink {
  /** the text kept so far, assembled into lines as it comes */
  private readonly lines = new LineAssembler();
  /**
   * Pieces not assembled yet, a few thousand at a time. A page of a million cells gives millions of pieces of a few
   * characters: as separate strings they took about a hundred bytes each, and they stayed until the page was read.
   */
  private readonly pieces: string[] = [];
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
    if (this.dropped === 0) this.add(name === 'br' ? '\n' : opening(name, false));
  }

  close(): void {
    const name = this.names.pop();
    if (this.dropping.pop()) this.dropped--;
    if (name === 'title') this.inTitle = false;
    else if (name !== undefined && name !== 'br' && this.dropped === 0) this.add(closing(name, false));
  }

  text(data: string): void {
    if (this.inTitle) this.title = (this.title ?? '') + data;
    else if (this.dropped === 0 && this.length < STREAMED_TEXT) {
      const piece = normalizeTextNode(data);
      this.length += piece.length;
      this.add(piece);
    } else if (this.dropped === 0) this.cut = true;
  }

  /** characters of text kept so far */
  private length = 0;
  /** whether text past STREAMED_TEXT was left out */
  cut = false;

  separate(): void {}

  // once the text is cut, elements add only line breaks and spaces, which would end up trimmed off its end
  private add(piece: string): void {
    if (piece === '' || this.cut) return;
    this.pieces.push(piece);
    if (this.pieces.length >= JOINED_PIECES) this.join();
  }

  private join(): void {
    this.lines.write(this.pieces.join(''));
    this.pieces.length = 0;
  }

  /** All the text kept, assembled into lines. */
  assembled(): string {
    this.join();
    return this.lines.end();
  }
}

/** The start of a page in which its markup timestamp is looked for: the head of a page this long. */
export const STREAMED_HEAD = 65_536;

/** A page too long for a tree, read block by block as its pieces come. */
export class StreamedPage {
  private readonly sink = new BlockText();
  private readonly tokens = new TokenStream(this.sink);

  write(piece: string): void {
    this.tokens.write(piece);
  }

  /** The page's text; `head` is its first STREAMED_HEAD characters (or all of it). */
  end(head: string): HtmlText {
    this.tokens.end();
    const title = this.sink.title !== null ? titleFromTitleTag(this.sink.title) : null;
    const published = readPageTime(parseTree(head.slice(0, STREAMED_HEAD)));
    return { text: this.sink.assembled(), title, published, cut: this.sink.cut };
  }
}

export function streamedPageText(html: string): HtmlText {
  const page = new StreamedPage();
  page.write(html);
  return page.end(html.slice(0, STREAMED_HEAD));
}
