// A set of two-character word beginnings, as a bit table indexed by a hash of
// the two code units: a multiply and a load rule out almost every position of
// a text before any map lookup or string comparison. A false positive only
// costs the exact check that follows; there are no false negatives.

// 2^17 bits (16 KB): a few percent false positives for the few thousand beginnings of a vocabulary, and cache-sized
const SLOT_BITS = 17;

function slot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - SLOT_BITS);
}

export class BigramFilter {
  private readonly bits = new Uint32Array((1 << SLOT_BITS) >>> 5);

  add(a: number, b: number): void {
    const s = slot(a, b);
    this.bits[s >>> 5] |= 1 << (s & 31);
  }

  /** False when no word added starts with the code units a, b. */
  has(a: number, b: number): boolean {
    const s = slot(a, b);
    return (this.bits[s >>> 5] & (1 << (s & 31))) !== 0;
  }
}
