// Numbers as written in Chinese reports: arabic with thousands separators and
// decimals, Chinese numerals (两, 零/〇, 十, 百, 千), the multipliers 万 and 亿,
// and mixtures of both (`3万4000`, `146万9,019`, `10万6千`).
import { CharSet, isDigitCode } from '../util/charset.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a number may be written with. */
export const NUMBER_CHARS = '0123456789.,零〇一二两三四五六七八九十百千万亿';
const NUMBER_CODES = new CharSet(NUMBER_CHARS);
export const isNumberChar = (ch: string) => NUMBER_CODES.has(ch.charCodeAt(0));
export const isNumberCode = (c: number) => NUMBER_CODES.has(c);
export const isChineseDigit = (ch: string) => ch in DIGITS;

/** Rounds away float noise (4816.9379万); numbers beyond exact integers are not counts. */
const round = (x: number): number => {
  if (!Number.isFinite(x) || x > Number.MAX_SAFE_INTEGER) return NaN;
  return Math.round(x * 1e6) / 1e6;
};

/**
 * Parses a number written with arabic digits, Chinese numerals or both.
 * Returns null when the string is not one well-formed number.
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0; // completed 亿/万 groups
  let section = 0; // completed 十/百/千 parts of the current group
  let pending: number | null = null; // the last digit run, not yet placed
  let sawAny = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch >= '0' && ch <= '9') {
      if (pending !== null) return null; // two numbers in a row
      let j = i;
      while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
      // thousands separators: exactly three digits after each comma
      let commas = false;
      while (j + 3 < s.length && s[j] === ',' && isDigitCode(s.charCodeAt(j + 1)) && isDigitCode(s.charCodeAt(j + 2)) &&
             isDigitCode(s.charCodeAt(j + 3)) && !isDigitCode(s.charCodeAt(j + 4))) {
        j += 4;
        commas = true;
      }
      if (s[j] === '.' && isDigitCode(s.charCodeAt(j + 1))) {
        j++;
        while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
      }
      pending = Number(commas ? s.slice(i, j).replace(/,/g, '') : s.slice(i, j));
      if (!Number.isFinite(pending)) return null;
      sawAny = true;
      i = j;
      continue;
    }
    if (ch in DIGITS) {
      if (pending !== null && !(pending === 0 && DIGITS[ch] !== 0) && ch !== '零' && ch !== '〇') {
        // 二三 is not a number (but 一百零五 is handled through 零)
        if (s[i - 1] !== '零' && s[i - 1] !== '〇') return null;
      }
      pending = DIGITS[ch];
      sawAny = true;
      i++;
      continue;
    }
    if (ch in SMALL_UNITS) {
      const mult = SMALL_UNITS[ch];
      // 十十, 百千: two units with no digit between are not a number
      if (pending === null && i > 0 && (s[i - 1] in SMALL_UNITS)) return null;
      // a bare 十 means ten (十二 = 12)
      section += (pending === null ? (ch === '十' ? 1 : NaN) : pending) * mult;
      if (Number.isNaN(section)) return null;
      pending = null;
      sawAny = true;
      i++;
      continue;
    }
    if (ch in BIG_UNITS) {
      const mult = BIG_UNITS[ch];
      const group = section + (pending ?? 0);
      if (group === 0 && total === 0) return null;
      if (mult === 1e8) total = (total + group) * mult;
      else total += group * mult;
      section = 0;
      pending = null;
      sawAny = true;
      i++;
      continue;
    }
    return null;
  }
  if (!sawAny) return null;
  let value: number;
  // 五千六 (5600), 两万五 (25000): a last Chinese digit right after a unit counts one place lower
  const lastUnit = s.length >= 2 ? s[s.length - 2] : '';
  if (pending !== null && s[s.length - 1] in DIGITS && (lastUnit in SMALL_UNITS || lastUnit in BIG_UNITS) && lastUnit !== '十') {
    const unit = SMALL_UNITS[lastUnit] ?? BIG_UNITS[lastUnit];
    value = round(total + section + pending * (unit === 1e4 ? 1000 : unit === 1e8 ? 1e7 : unit / 10));
  } else {
    // 3万4 in speech would be 34000, but written reports say 3万4000; keep the literal.
    value = round(total + section + (pending ?? 0));
  }
  return Number.isNaN(value) ? null : value;
}
