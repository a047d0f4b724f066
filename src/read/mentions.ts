// Number mentions: a number with its approximation markers and its unit, as
// written (`近8万吨`, `3.2万余间`, `60天以上`, `四十九例`). Only numbers followed
// by a counting unit are mentions; dates, times, ordinals, percentages, phone
// and road numbers have no such unit or are excluded by their context.
import { isChineseDigit, isNumberCode, parseChineseNumber } from './numbers.js';
import { approxAfter, approxBefore, JI, UNIT_FIRST, unitAt, type Approx } from './units.js';
import { charIs, CharSet, isAsciiAlnumCode, isDigitCode } from '../util/charset.js';
import { placeEndsAt } from '../lexicon/places.js';
import { isHanCode } from '../text/cjk.js';

export interface Mention {
  /** span of the whole mention (approx prefix .. unit and approx suffix) in the normalized text */
  start: number;
  end: number;
  /** span of the digits */
  numStart: number;
  numEnd: number;
  /** end of the unit (before any suffix such as 以上) */
  unitEnd: number;
  value: number;
  unit: string;
  approx: Approx;
  chinese: boolean;
}

/** Characters after which a digit run is not a count: 第150次, 国道214线, 2+4+24. */
const BLOCKING_BEFORE = new CharSet(['第', '+', '-', '—', '.', '/', '#', '号', '道', '线', '编', '¥', '$', '＋']);

/** Finds every number-with-unit mention, left to right, in linear time. */
export function findMentions(text: string): Mention[] {
  return readMentions(text, Infinity).mentions;
}

/** The first `keep` mentions, and how many the text holds: those past `keep` are only counted. */
export function readMentions(text: string, keep: number): { mentions: Mention[]; total: number } {
  const out: Mention[] = [];
  let total = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isNumberCode(c) || c === 0x2e || c === 0x2c) {
      i++;
      continue;
    }
    // maximal run of number characters
    let j = i;
    while (j < n && isNumberCode(text.charCodeAt(j))) j++;
    // 13 335宗: groups of three digits set apart by spaces (Hong Kong releases), after at most three digits
    if (j - i <= 3 && isDigits(text, i, j)) {
      while (text.charCodeAt(j) === 0x20 && isDigits(text, j + 1, j + 4) && !isDigitCode(text.charCodeAt(j + 4))) j += 4;
    }
    // 500千克: 千 belongs to the unit
    if (j > i + 1 && charIs(text, j - 1, '千') && charIs(text, j, '克')) j--;
    // −5, 负5: a count is never negative; 1'234: a thousands mark this reader does not take apart. No figure.
    if (negativeOrMarked(text, i, j)) {
      i = j;
      continue;
    }
    // trailing separators belong to the sentence, not the number
    let numEnd = j;
    while (numEnd > i && (charIs(text, numEnd - 1, ',') || charIs(text, numEnd - 1, '.'))) numEnd--;
    const mention = readMention(text, i, numEnd);
    if (mention && total++ < keep) out.push(mention);
    i = j;
  }
  return { mentions: out, total };
}

const MINUS = 0x2212;
const FU = 0x8d1f; // 负
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** A number run [from, to) with a minus sign before it, or joined to another by an apostrophe (1'234). */
function negativeOrMarked(text: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1);
  if (before === MINUS || before === FU) return true;
  if (isApostrophe(before) && isDigitCode(text.charCodeAt(from - 2))) return true;
  return isApostrophe(text.charCodeAt(to)) && isDigitCode(text.charCodeAt(to + 1));
}

function isDigits(text: string, from: number, to: number): boolean {
  if (to > text.length || to <= from) return false;
  for (let k = from; k < to; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/** 以上3名, 上述2例, 董某某等3名: words right before a number that refer back to a count already made. */
const BACK_REFERENCES = ['以上', '上述', '这', '该', '某等'];
/** The last characters of the back references: most numbers have none of them right before. */
const BACK_REFERENCE_LAST = new CharSet(BACK_REFERENCES.map((w) => w.charCodeAt(w.length - 1)));

/** Whether a back reference (以上, 上述, …) ends right at numStart. */
function afterBackReference(text: string, numStart: number): boolean {
  if (!BACK_REFERENCE_LAST.has(text.charCodeAt(numStart - 1))) return false;
  for (const w of BACK_REFERENCES) if (text.endsWith(w, numStart)) return true;
  return false;
}

/** 每: a ratio's word (每万人不少于20间). */
const EVERY = new CharSet('每');

/** A count written with no unit (a table cell, 新北市(900), 8,215COVID-19): its span is its digits. */
function unitless(numStart: number, numEnd: number, value: number): Mention {
  return { start: numStart, end: numEnd, numStart, numEnd, unitEnd: numEnd, value, unit: '', approx: 'exact', chinese: false };
}

/** 8,215COVID-19本土病例: a name (of the disease, a variant) glued to the number, before the noun it counts. */
const GLUED_NAME = /[A-Za-z]{3,12}(?:-[A-Za-z0-9]{1,8}){0,3}/y;
const isAsciiLetterCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** An arabic number run straight into a Latin name and then a Chinese noun: a count with no unit written. */
function readGlued(text: string, numStart: number, numEnd: number): Mention | null {
  GLUED_NAME.lastIndex = numEnd;
  const name = GLUED_NAME.exec(text);
  if (!name || !isHanCode(text.charCodeAt(numEnd + name[0].length))) return null;
  const raw = text.slice(numStart, numEnd);
  const prevCode = text.charCodeAt(numStart - 1);
  if (!/^[\d.,]+$/.test(raw) || BLOCKING_BEFORE.has(prevCode) || isAsciiAlnumCode(prevCode)) return null;
  if (afterBackReference(text, numStart)) return null;
  const value = parseChineseNumber(raw);
  if (value === null) return null;
  return unitless(numStart, numEnd, value);
}

/** 新北市(900), 高雄市(1,090): a place's count in parentheses, no unit written. */
function bareCountOfPlace(text: string, numStart: number, numEnd: number): Mention | null {
  const open = text.charCodeAt(numStart - 1);
  const close = text.charCodeAt(numEnd);
  if (!((open === 0x28 || open === 0xff08) && (close === 0x29 || close === 0xff09)) || !placeEndsAt(text, numStart - 1)) return null;
  const raw = text.slice(numStart, numEnd);
  const value = /^[\d,]+$/.test(raw) ? parseChineseNumber(raw) : null;
  return value === null ? null : unitless(numStart, numEnd, value);
}

const isCellGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x7c || c === 0x3000; // space, tab, |, ideographic space

/** 闵行 32, 桃園市 | 189 |: the count that ends a table row, after a cell of text, no unit written. */
function rowCount(text: string, numStart: number, numEnd: number): Mention | null {
  let after = numEnd;
  while (after < text.length && after - numEnd < 4 && isCellGap(text.charCodeAt(after))) after++;
  if (after < text.length && text.charCodeAt(after) !== 0x0a) return null;
  let before = numStart;
  while (before > 0 && numStart - before < 4 && isCellGap(text.charCodeAt(before - 1))) before--;
  if (before === numStart || !isHanCode(text.charCodeAt(before - 1))) return null;
  const raw = text.slice(numStart, numEnd);
  const value = /^\d[\d,]*$/.test(raw) ? parseChineseNumber(raw) : null;
  return value === null ? null : unitless(numStart, numEnd, value);
}

function readMention(text: string, numStart: number, numEnd: number): Mention | null {
  if (isAsciiLetterCode(text.charCodeAt(numEnd))) return readGlued(text, numStart, numEnd);
  if (text.charCodeAt(numEnd) === 0x29 || text.charCodeAt(numEnd) === 0xff09) return bareCountOfPlace(text, numStart, numEnd);
  const next = text.charCodeAt(numEnd);
  if (numEnd === text.length || next === 0x0a || isCellGap(next)) {
    const row = rowCount(text, numStart, numEnd);
    if (row) return row;
  }
  // cheap probe first: most runs of numeral characters (一是, 十分, dates) have no unit after them
  let probe = numEnd;
  if (text.charCodeAt(probe) === 0x20) probe++;
  // (codes, not text[probe]: a one-character string of a Chinese character is a new string each time)
  const inner = text.charCodeAt(probe);
  if (inner === 0x4f59 || inner === 0x591a || inner === JI) probe++; // 余 多 几
  const mult = text.charCodeAt(probe);
  if (mult === 0x4e07 || mult === 0x4ebf) probe++; // 万 亿
  if (!UNIT_FIRST.has(text.charCodeAt(probe))) return null;
  return readCount(text, numStart, numEnd);
}

/** The run [numStart, numEnd) as a count with its unit and approximation, or null when it is none. */
function readCount(text: string, numStart: number, numEnd: number): Mention | null {
  let raw = text.slice(numStart, numEnd);
  if (raw.includes(' ')) raw = raw.replace(/ /g, '');
  const chinese = !/[0-9]/.test(raw);
  const prevCode = text.charCodeAt(numStart - 1);
  // 10至20例, 10-20例: a range; read as about its middle, from the start of its first number
  const range = RANGE_MARKS.has(prevCode) ? rangeBefore(text, numStart) : null;
  if (!range && BLOCKING_BEFORE.has(prevCode)) return null;
  if (notANumberHere(text, numStart, raw, chinese)) return null;
  let value = parseChineseNumber(raw);
  if (value === null) return null;
  let p = numEnd;
  // 338 宗: Hong Kong releases set numbers apart with spaces
  if (text.charCodeAt(p) === 0x20 && text.charCodeAt(p + 1) !== 0x20) p++;
  let approx: Approx = 'exact';
  const innerCode = text.charCodeAt(p);
  // 5400余张, 3000多人, 十几例: 余, 多 or 几 between the number and its unit
  if (innerCode === 0x4f59 || innerCode === 0x591a || (innerCode === JI && chinese)) {
    approx = 'over';
    p++;
    // 3600余万人次: the multiplier after the approximation
    const mult = charIs(text, p, '万') ? 1e4 : charIs(text, p, '亿') ? 1e8 : 0;
    if (mult) {
      value = Math.round(value * mult * 1e6) / 1e6;
      if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return null;
      p++;
    }
  }
  const unit = unitAt(text, p);
  if (!unit || notACountOf(text, numStart, raw, chinese, unit, p + unit.length)) return null;
  const unitEnd = p + unit.length;
  const after = approxAfter(text, unitEnd, approx);
  const before = approxBefore(text, numStart, raw, after.approx);
  const end = after.end;
  if (range && range.low < value) return { start: range.start, end, numStart, numEnd, unitEnd, value: (range.low + value) / 2, unit, approx: 'about', chinese };
  return {
    start: before.start, end, numStart, numEnd, unitEnd, value,
    unit,
    approx: before.approx, chinese,
  };
}

/** The text before the run says it is no number, or no count: a back reference, a clock, a Latin name, 一一. */
function notANumberHere(text: string, numStart: number, raw: string, chinese: boolean): boolean {
  if (afterBackReference(text, numStart)) return true;
  const prevCode = text.charCodeAt(numStart - 1);
  // 12:30 is a time; 结果:7104人 is a count after a colon
  if (prevCode === 0x3a && isDigitCode(text.charCodeAt(numStart - 2))) return true;
  if (isAsciiAlnumCode(prevCode)) return true;
  // a lone Chinese 一 is an article (一名领导干部), and runs like 一一 are not numbers
  if (chinese) {
    if (!/[零〇一二两三四五六七八九]/.test(raw) && raw !== '十') return true;
    if (raw === '万' || raw === '亿') return true;
  }
  return false;
}

/** With this unit the run counts nothing: teams grouping people, an article 一, which rounds, a ratio, a slogan. */
function notACountOf(text: string, numStart: number, raw: string, chinese: boolean, unit: string, unitEnd: number): boolean {
  // 流调队伍16支2203人: a count of teams says how the people after it are grouped, it counts no goods
  if (unit === '支' && /(?:队伍|队)$/.test(text.slice(Math.max(0, numStart - 3), numStart))) return true;
  // a lone 一 is an article (一名领导干部), except in 一轮 (one round of testing) and the spans 一周, 一个月
  if (raw === '一' || unit === '轮') {
    const prev = text[numStart - 1] ?? '';
    // (一宗: Hong Kong counts cases in 宗, and 一宗疑似个案 is one case)
    if (raw === '一' && ((unit !== '轮' && unit !== '周' && unit !== '个月' && unit !== '宗') || /[新下上每另再]/.test(prev))) return true;
    // 前六轮, 后三轮: which rounds, not how many
    if (unit === '轮' && /[前后头首末]/.test(prev)) return true;
  }
  // 每万人不少于20间: a ratio, not a count (read only when 每 is close before the number)
  const window = Math.max(0, numStart - 12);
  if (EVERY.anyIn(text, window, numStart) && /每[十百千万]?人[^,，。;；]{0,6}$/.test(text.slice(window, numStart))) return true;
  // 最近1轮: the latest round, not a count of rounds
  if (numStart >= 2 && text.startsWith('最近', numStart - 2)) return true;
  // 一人一档, 一企一策: slogans, not counts
  return chinese && charIs(text, unitEnd, '一') && isChineseDigit(raw[0]);
}

/** 至, 到, -, ~, ～, —, －: marks between the two ends of a range. */
const RANGE_MARKS = new CharSet(['至', '到', '-', '~', '～', '—', '－']);
const CHINESE_NUMERAL = new CharSet([...'零〇一二两三四五六七八九十百千']);

/** The low end of a range whose high end starts at numStart (10至20例), or null; read backwards, a few characters at most. */
function rangeBefore(text: string, numStart: number): { start: number; low: number } | null {
  let end = numStart - 1; // the mark
  if (text.charCodeAt(end - 1) === 0x20) end--; // (10 至20)
  const arabic = isDigitCode(text.charCodeAt(end - 1));
  const inRun = (c: number) => (arabic ? isDigitCode(c) || c === 0x2c || c === 0x2e : CHINESE_NUMERAL.has(c));
  let start = end;
  while (start > 0 && end - start < 12 && inRun(text.charCodeAt(start - 1))) start--;
  if (start === end || (arabic && !isDigitCode(text.charCodeAt(start)))) return null;
  // 第1-3轮, 0311-8529: which ones, or a number of another kind, not a range of counts
  if (BLOCKING_BEFORE.has(text.charCodeAt(start - 1)) || isAsciiAlnumCode(text.charCodeAt(start - 1))) return null;
  const low = parseChineseNumber(text.slice(start, end).replace(/,/g, ''));
  return low === null ? null : { start, low };
}
