// Figure offsets in another unit than UTF-16 code units (the SPEC's, and
// JavaScript's string indices): code points for Python's `text[start:end]`,
// UTF-8 bytes for byte-oriented readers. Applied after validation, as the
// last step before a document is written.
import type { Document } from '../validate/schema.js';

export type OffsetUnit = 'utf16' | 'codepoint' | 'utf8';
export const OFFSET_UNITS: readonly OffsetUnit[] = ['utf16', 'codepoint', 'utf8'];

/**
 * A map from UTF-16 indices of `text` to indices in `unit`, for the given
 * indices only: one pass over the text up to the largest of them.
 */
export function offsetMap(text: string, indices: number[], unit: OffsetUnit): Map<number, number> {
  const map = new Map<number, number>();
  const wanted = [...new Set(indices)].sort((a, b) => a - b);
  let i = 0;
  let converted = 0;
  for (const target of wanted) {
    while (i < target && i < text.length) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (unit === 'codepoint') converted += 1;
      else converted += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      i += pair ? 2 : 1;
    }
    map.set(target, converted);
  }
  return map;
}

/**
 * The document with its figures' `start`/`end` in `unit`. `text` is the plain
 * text the offsets refer to (the document's `text` with --include-text).
 */
export function convertOffsets(doc: Document, text: string, unit: OffsetUnit): Document {
  if (unit === 'utf16' || doc.figures.length === 0) return doc;
  const map = offsetMap(text, doc.figures.flatMap((f) => [f.start, f.end]), unit);
  return { ...doc, figures: doc.figures.map((f) => ({ ...f, start: map.get(f.start)!, end: map.get(f.end)! })) };
}
