// Small seeded pseudo-random generator (sfc32) so every corpus and
// adversarial text is the same from run to run.

export function createRng(seed) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed >>> 1);
  let c = 0xb7e15162 ^ Math.imul(seed, 0x85ebca6b);
  let d = 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const rng = {
    /** Uniform in [0, 1). */
    next,
    /** Integer in [lo, hi]. */
    int(lo, hi) {
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    /** True with probability p. */
    chance(p) {
      return next() < p;
    },
    pick(list) {
      return list[Math.floor(next() * list.length)];
    },
    /** A number with exactly `digits` digits (no leading zero unless one digit). */
    digits(digits) {
      if (digits <= 1) return String(Math.floor(next() * 10));
      let s = String(1 + Math.floor(next() * 9));
      for (let i = 1; i < digits; i++) s += String(Math.floor(next() * 10));
      return s;
    },
  };
  return rng;
}
