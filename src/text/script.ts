// Traditional -> simplified at the character level, from OpenCC's own tables
// (TSCharacters plus the Hong Kong and Taiwan variant tables). Only entries
// that keep the UTF-16 length are used, so one source character always maps to
// one normalized character and offsets stay trivially mappable.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

let table: Uint16Array | null = null;

function addEntries(t: Uint16Array, dict: string, applyTs: boolean): void {
  for (const entry of dict.split('|')) {
    const space = entry.indexOf(' ');
    if (space !== 1) continue; // key must be one BMP character
    const key = entry.charCodeAt(0);
    const valueEnd = entry.indexOf(' ', space + 1);
    const value = valueEnd < 0 ? entry.slice(space + 1) : entry.slice(space + 1, valueEnd);
    if (value.length !== 1) continue;
    let v = value.charCodeAt(0);
    // Variant tables map to the standard traditional form; finish with TS.
    if (applyTs && t[v] !== 0) v = t[v];
    if (t[key] === 0) t[key] = v;
  }
}

/** A 64K lookup table: code unit -> simplified code unit (0 where unchanged). */
export function traditionalTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  addEntries(t, TSCharacters as unknown as string, false);
  addEntries(t, HKVariantsRev as unknown as string, true);
  addEntries(t, TWVariantsRev as unknown as string, true);
  // Identity entries carry no information.
  for (let i = 0; i < t.length; i++) if (t[i] === i) t[i] = 0;
  table = t;
  return t;
}

/**
 * Simplified or traditional: the share of CJK characters that only exist in
 * traditional script. Simplified text still holds a few such characters
 * (乾, 著, 於 in names), so a small threshold separates the two.
 */
export function detectScript(text: string): 'hans' | 'hant' {
  const t = traditionalTable();
  let cjk = 0;
  let trad = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (t[c] !== 0) trad++;
    }
  }
  return cjk > 0 && trad >= 3 && trad / cjk > 0.04 ? 'hant' : 'hans';
}
