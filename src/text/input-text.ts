// Bytes -> text; for an HTML page too long for a tree, bytes -> the page's
// text, its pieces read by the block reader as they are decoded. A page that
// long was one string held while it was read (about 60 MB for a 30 MB page of
// table rows): now at most a few pieces of it are, beside its bytes.
import { countReplacement } from './cjk.js';
import { decodeBytes, planDecoding, warningsOnceRead, type Decoded } from './decode.js';
import { decodePieces } from './decoders.js';
import { STREAMED_PAGE, StreamedPage } from './html-stream.js';
import { looksLikeHtml } from './html.js';
import { GARBLED_SAMPLE } from './legacy.js';
import type { HtmlText } from './render.js';

export interface InputText extends Decoded {
  /** the text of an HTML page too long for a tree, read as it was decoded (`text` is then empty); null otherwise */
  page: HtmlText | null;
}

/** The first `length` characters of the pieces (all of them when shorter). */
function startOf(pieces: string[], length: number): string {
  let text = '';
  for (let i = 0; i < pieces.length && text.length < length; i++) text += pieces[i];
  return text.slice(0, length);
}

export function readInputText(bytes: Uint8Array, options: { encoding?: string; format?: 'auto' | 'text' | 'html' }): InputText {
  const whole = (): InputText => ({ ...decodeBytes(bytes, options), page: null });
  // no encoding gives more characters than bytes
  if (bytes.length <= STREAMED_PAGE || options.format === 'text') return whole();
  const plan = planDecoding(bytes, options);
  const pieces = decodePieces(plan);
  const held: string[] = [];
  let length = 0;
  let replacements = 0;
  let next = pieces.next();
  for (; !next.done && length <= STREAMED_PAGE; next = pieces.next()) {
    held.push(next.value);
    length += next.value.length;
    if (plan.check) replacements += countReplacement(next.value);
  }
  // the start of the text, for every check made on it (a page, its timestamp, a wrong encoding)
  const head = startOf(held, GARBLED_SAMPLE);
  // a page short enough for a tree, and any text not a page, are read whole as before
  if (next.done || !(options.format === 'html' || looksLikeHtml(head))) return whole();
  const page = new StreamedPage();
  while (held.length > 0) page.write(held.shift()!);
  for (; !next.done; next = pieces.next()) {
    if (plan.check) replacements += countReplacement(next.value);
    page.write(next.value);
  }
  return { text: '', encoding: plan.encoding, warnings: warningsOnceRead(plan, bytes, replacements, head), page: page.end(head) };
}
