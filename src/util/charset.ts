// A set of UTF-16 code units as a bit table: 8 KB for the whole BMP, small
// enough to stay in cache next to the text being scanned, where a byte or
// word table per character class would not.

export class CharSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(chars: Iterable<string | number> = []) {
    for (const ch of chars) this.add(typeof ch === 'number' ? ch : ch.charCodeAt(0));
  }

  add(code: number): void {
    this.bits[code >>> 5] |= 1 << (code & 31);
  }

  /** Whether the code unit is in the set; NaN (charCodeAt past the end) and 0 are never in it. */
  has(code: number): boolean {
    return ((this.bits[code >>> 5] >>> (code & 31)) & 1) === 1;
  }
}

/** An ASCII digit's code unit (NaN, charCodeAt past the end, is not one). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
