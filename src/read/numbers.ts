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
const NUMBER_CHARS = '0123456789.,零〇一二两三四五六七八九十百千万亿';
const NUMBER_CODES = new CharSet(NUMBER_CHARS);
export const isNumberCode = (c: number) => NUMBER_CODES.has(c);
export const isChineseDigit = (ch: string) => ch in DIGITS;

// The parser reads code units: s[i] would make a new string of every Chinese
// character, and a lookup by it would hash that string.
const code = (ch: string) => ch.charCodeAt(0);
const DIGIT_BY_CODE = new Map(Object.entries(DIGITS).map(([ch, v]) => [code(ch), v]));
/** Value of a Chinese digit, -1 for other characters (NaN included). */
const digitValue = (c: number): number => DIGIT_BY_CODE.get(c) ?? -1;
const SHI = code('十');
const BAI = code('百');
const QIAN = code('千');
const WAN = code('万');
const YI = code('亿');
const LING = code('零');
const CIRCLE_ZERO = code('〇');
const COMMA = code(',');
const DOT = code('.');
/** 10, 100, 1000 for 十, 百, 千; 0 for other characters. */
const smallUnitValue = (c: number): number =>
  c === SHI ? SMALL_UNITS['十'] : c === BAI ? SMALL_UNITS['百'] : c === QIAN ? SMALL_UNITS['千'] : 0;
/** 1e4, 1e8 for 万, 亿; 0 for other characters. */
const bigUnitValue = (c: number): number => (c === WAN ? BIG_UNITS['万'] : c === YI ? BIG_UNITS['亿'] : 0);

/** Rounds away float noise (4816.9379万); numbers beyond exact integers are not counts. */
const round = (x: number): number => {
  if (!Number.isFinite(x) || x > Number.MAX_SAFE_INTEGER) return NaN;
  return Math.round(x * 1e6) / 1e6;
};

/**
 * Parses a number written with arabic digits, Chinese numerals or both.
 * Returns null when the string is not one well-formed number.
 * (Kept whole: one state machine over the characters, whose branches all
 * read and set the same three places: total, section, pending.)
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0; // completed 亿/万 groups
  let section = 0; // completed 十/百/千 parts of the current group
  let pending: number | null = null; // the last digit run, not yet placed
  let sawAny = false;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      if (pending !== null) return null; // two numbers in a row
      let j = i;
      while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
      // thousands separators: exactly three digits after each comma
      let commas = false;
      while (j + 3 < s.length && s.charCodeAt(j) === COMMA && isDigitCode(s.charCodeAt(j + 1)) && isDigitCode(s.charCodeAt(j + 2)) &&
             isDigitCode(s.charCodeAt(j + 3)) && !isDigitCode(s.charCodeAt(j + 4))) {
        j += 4;
        commas = true;
      }
      if (s.charCodeAt(j) === DOT && isDigitCode(s.charCodeAt(j + 1))) {
        j++;
        while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
      }
      pending = Number(commas ? s.slice(i, j).replace(/,/g, '') : s.slice(i, j));
      if (!Number.isFinite(pending)) return null;
      sawAny = true;
      i = j;
      continue;
    }
    const digit = digitValue(c);
    if (digit >= 0) {
      if (pending !== null && !(pending === 0 && digit !== 0) && c !== LING && c !== CIRCLE_ZERO) {
        // 二三 is not a number (but 一百零五 is handled through 零)
        const before = s.charCodeAt(i - 1);
        if (before !== LING && before !== CIRCLE_ZERO) return null;
      }
      pending = digit;
      sawAny = true;
      i++;
      continue;
    }
    const mult = smallUnitValue(c);
    if (mult > 0) {
      // 十十, 百千: two units with no digit between are not a number
      if (pending === null && i > 0 && smallUnitValue(s.charCodeAt(i - 1)) > 0) return null;
      // a bare 十 means ten (十二 = 12)
      section += (pending === null ? (c === SHI ? 1 : NaN) : pending) * mult;
      if (Number.isNaN(section)) return null;
      pending = null;
      sawAny = true;
      i++;
      continue;
    }
    const big = bigUnitValue(c);
    if (big > 0) {
      const group = section + (pending ?? 0);
      if (group === 0 && total === 0) return null;
      // 万万, 亿亿, 亿万 with nothing between: not a written number (一万万亿); 万亿 (a trillion) is
      if (group === 0 && i > 0 && bigUnitValue(s.charCodeAt(i - 1)) > 0 && !(s.charCodeAt(i - 1) === WAN && c === YI)) return null;
      if (big === 1e8) total = (total + group) * big;
      else total += group * big;
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
  const lastUnit = s.length >= 2 ? s.charCodeAt(s.length - 2) : 0;
  const unit = smallUnitValue(lastUnit) || bigUnitValue(lastUnit);
  if (pending !== null && digitValue(s.charCodeAt(s.length - 1)) >= 0 && unit > 0 && lastUnit !== SHI) {
    value = round(total + section + pending * (unit === 1e4 ? 1000 : unit === 1e8 ? 1e7 : unit / 10));
  } else {
    // 3万4 in speech would be 34000, but written reports say 3万4000; keep the literal.
    value = round(total + section + (pending ?? 0));
  }
  return Number.isNaN(value) ? null : value;
}
