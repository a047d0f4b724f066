// A page's text given to the tokenizer a piece at a time. The tokenizer names
// what it read by its offsets in the whole page; a tag or a text may run from
// one piece into the next, so the pieces are kept until it has read past them.

/** The page's text written so far, as the tokenizer's offsets name it. */
export class Pieces {
  private readonly pieces: string[] = [];
  /** where the first piece kept starts in the page */
  private offset = 0;
  /** where the text written so far ends */
  end = 0;

  push(piece: string): void {
    this.pieces.push(piece);
    this.end += piece.length;
  }

  /** The text from `start` to `end`. The tokenizer reads forward: what lies before `start` is let go. */
  slice(start: number, end: number): string {
    const pieces = this.pieces;
    while (pieces.length > 1 && start - this.offset >= pieces[0].length) {
      this.offset += pieces[0].length;
      pieces.shift();
    }
    const first = pieces[0];
    if (end - this.offset <= first.length) return first.slice(start - this.offset, end - this.offset);
    let text = first.slice(start - this.offset);
    for (let i = 1, at = this.offset + first.length; at < end; at += pieces[i++].length) text += pieces[i].slice(0, end - at);
    return text;
  }
}
