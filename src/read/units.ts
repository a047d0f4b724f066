// The counting units that make a number a count, and the approximation words
// before and after it (近8万吨, 3.2万余间, 60天以上): looked up by the code of
// a character, as the scanner of mentions.ts reads.
import { CharSet } from '../util/charset.js';

export type Approx = 'exact' | 'over' | 'under' | 'about';

/** Counting units, longest first so 人次 wins over 人. */
export const UNITS = [
  '人次', '人份', '车次', '剂次', '公斤', '千克', '趟次', '单管',
  '例', '人', '名', '宗', '位', '个', '轮', '吨', '份', '元', '天', '间', '张', '辆', '台', '处',
  '家', '所', '箱', '单', '套', '管', '只', '桶', '头', '副', '袋', '盒', '件', '车', '床', '座', '户', '斤', '批', '剂', '包', '个月', '周', '双', '羽', '支',
] as const;

const PREFIX_APPROX: ReadonlyArray<readonly [string, Approx]> = [
  ['不少于', 'over'], ['超过', 'over'], ['多达', 'over'], ['至少', 'over'], ['逾', 'over'], ['超', 'over'],
  ['不到', 'under'], ['不足', 'under'], ['将近', 'under'], ['接近', 'under'], ['近', 'under'],
  ['大约', 'about'], ['约有', 'about'], ['约', 'about'],
];
const SUFFIX_APPROX: ReadonlyArray<readonly [string, Approx]> = [
  ['以上', 'over'], ['左右', 'about'], ['上下', 'about'], ['余', 'over'], ['多', 'over'],
];

// Sets and maps of characters are looked up by code unit: text[i] makes a new
// one-character string for a Chinese character, and a lookup by it hashes
// that string, about 16 times the cost of a bit-set lookup of the code.
// Comparing text[i] with a literal is compiled to a code comparison and stays.

/** Units by the code of their first character, longest first. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u.charCodeAt(0), [...(UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? []), u]);
for (const list of UNITS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
export const UNIT_FIRST = new CharSet(UNITS_BY_FIRST.keys());
/** The last characters of the prefixes: most numbers have none of them right before. */
const PREFIX_LAST = new CharSet(PREFIX_APPROX.map(([w]) => w.charCodeAt(w.length - 1)));

export function unitAt(text: string, pos: number): string | null {
  const list = UNITS_BY_FIRST.get(text.charCodeAt(pos));
  if (!list) return null;
  for (const w of list) if (text.startsWith(w, pos)) return w;
  return null;
}

export const JI = 0x51e0; // 几

/** The approximation word after the unit (以上, 左右, 余, 多), if any: where the mention ends, and its approximation. */
export function approxAfter(text: string, unitEnd: number, approx: Approx): { end: number; approx: Approx } {
  for (const [w, a] of SUFFIX_APPROX) {
    if (text.startsWith(w, unitEnd)) {
      // 余 / 多 after the unit only as approximations of the count (5400余张 is handled before the unit)
      if ((w === '余' || w === '多') && approx !== 'exact') break;
      if (w === '多' && /[个种项]/.test(text[unitEnd + 1] ?? '')) break;
      return { end: unitEnd + w.length, approx: a };
    }
  }
  return { end: unitEnd, approx };
}

/** 几十例, and the approximation word before the number (超过, 近, 约), if any: where the mention starts, and its approximation. */
export function approxBefore(text: string, numStart: number, raw: string, approx: Approx): { start: number; approx: Approx } {
  let start = numStart;
  // 几十例, 几百人: some tens, some hundreds: more than the unit numeral says
  if (text.charCodeAt(numStart - 1) === JI && /^[十百千]$/.test(raw)) {
    approx = 'over';
    start = numStart - 1;
  }
  const prefixEnd = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  if (PREFIX_LAST.has(text.charCodeAt(prefixEnd - 1))) for (const [w, a] of PREFIX_APPROX) {
    if (text.startsWith(w, prefixEnd - w.length)) {
      // 近日, 近期 are not approximations; the prefix must touch the number
      approx = approx === 'exact' ? a : approx;
      start = prefixEnd - w.length;
      break;
    }
  }
  return { start, approx };
}
