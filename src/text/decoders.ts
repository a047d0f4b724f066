// Bytes in a known encoding -> text, all at once or a piece at a time. The
// two read the same text: a character split between two pieces is read whole.
import { decodeLegacy, isLegacyEncoding, legacyDecoder, type PieceDecoder } from './legacy.js';

/** How the bytes of an input become its text. */
export interface Decoding {
  encoding: string;
  /** the bytes that are decoded (without a byte-order mark, a partial unit or NUL bytes when those were left out) */
  bytes: Uint8Array;
  /** well-formed UTF-8, read as it is: a U+FEFF at its start stays */
  verbatim: boolean;
  /** a U+FEFF at the start of the text is dropped */
  dropBom: boolean;
}

/** Bytes -> text in `encoding`: Big5 (as Big5-HKSCS) and UTF-32 by iconv-lite, the rest by TextDecoder. */
export function decodeRaw(encoding: string, bytes: Uint8Array): string {
  return isLegacyEncoding(encoding) ? decodeLegacy(encoding, bytes) : new TextDecoder(encoding).decode(bytes);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The whole text. Buffer#toString reads well-formed UTF-8 several times faster than TextDecoder. */
export function decodeWhole(d: Decoding): string {
  let text = d.verbatim ? asBuffer(d.bytes).toString('utf8') : decodeRaw(d.encoding, d.bytes);
  if (d.dropBom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function pieceDecoder(d: Decoding): PieceDecoder {
  if (!d.verbatim && isLegacyEncoding(d.encoding)) return legacyDecoder(d.encoding);
  // TextDecoder drops a byte-order mark at the start, as when it decodes the whole; a verbatim reading keeps it
  const decoder = new TextDecoder(d.verbatim ? 'utf-8' : d.encoding, { ignoreBOM: d.verbatim });
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

/** Bytes decoded in each piece of text. */
const PIECE_BYTES = 1 << 15;

/** The text a piece at a time, the same text as decodeWhole's. */
export function* decodePieces(d: Decoding, pieceBytes = PIECE_BYTES): Generator<string> {
  const decoder = pieceDecoder(d);
  // iconv-lite's UTF-32 decoder misreads a unit split between two pieces: pieces of whole units only
  if (d.encoding.startsWith('utf-32')) pieceBytes = Math.ceil(pieceBytes / 4) * 4;
  let first = true;
  const next = (piece: string): string => {
    if (first && piece !== '') {
      first = false;
      if (d.dropBom && piece.charCodeAt(0) === 0xfeff) return piece.slice(1);
    }
    return piece;
  };
  for (let at = 0; at < d.bytes.length; at += pieceBytes) {
    const piece = next(decoder.write(asBuffer(d.bytes.subarray(at, at + pieceBytes))));
    if (piece !== '') yield piece;
  }
  const rest = next(decoder.end() ?? '');
  if (rest !== '') yield rest;
}
