// UTF-8 checked byte by byte: how many sequences are well-formed, how many
// are not and where the first bad one is, for the decoder's choice and its warnings.

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Ill-formed sequences (each becomes one U+FFFD). */
  invalid: number;
  /** Byte offset of the first ill-formed sequence, or -1. */
  firstInvalid: number;
}

/** Count well-formed and ill-formed UTF-8 sequences (maximal-subpart rule, as TextDecoder replaces them). */
export function scanUtf8(b: Uint8Array, end = b.length): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < end) {
      const d = b[j];
      if (d < lower || d > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      got++;
    }
    if (got === need) multibyte++;
    else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
    }
    i = j;
  }
  return { multibyte, invalid, firstInvalid };
}

export function utf8Warning(scan: Utf8Scan, prefix = ''): string {
  const n = scan.invalid;
  return (
    `${prefix}invalid UTF-8 at byte offset ${scan.firstInvalid}` +
    ` (${n} invalid byte sequence${n === 1 ? '' : 's'} replaced by U+FFFD)`
  );
}
