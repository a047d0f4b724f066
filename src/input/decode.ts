// Placeholder: bytes -> text. Replaced by the full decoder (BOM, meta charset, byte statistics).
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export class NotTextError extends Error {}

export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): Decoded {
  const enc = options.encoding ?? 'utf-8';
  let text = new TextDecoder(enc).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: enc, warnings: [] };
}
