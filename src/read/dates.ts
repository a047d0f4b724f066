// Date and time expressions of the reports, read into partial points and
// ranges, then resolved (month carried over, relative days, year inference)
// into the SPEC date forms: 2022-04-15, --10-29, 2022-10-19T17:00, A/B, A/..
// This is the scanner: date-point.ts reads one point, timeline.ts resolves.
import { plausible, readPoint, type DatePoint, type RawPoint } from './date-point.js';
import { charIs, CharSet, isDigitCode } from '../util/charset.js';

export type DateKind = 'point' | 'range' | 'open' | 'list' | 'reset';

export interface DateExpr {
  start: number;
  end: number;
  kind: DateKind;
  from: DatePoint;
  to?: DatePoint;
  list?: DatePoint[];
  /** introduced by 截至: an as-of instant rather than a reporting window */
  asOf: boolean;
}

const RANGE_SEP = String.raw`\s?(?:开始|起)?\s?(?:至|到|—{1,2}|-|~|～)\s?`;
const OPEN_TAIL = '(以来|起|开始|至今|后)';
const RANGE_SEP_RE = new RegExp(RANGE_SEP, 'y');
const OPEN_TAIL_RE = new RegExp(`\\s?${OPEN_TAIL}`, 'y');
const AS_OF_BEFORE = /(?:截至|截止|截止到|截至到|至)\s?(?:今天|今日)?\s?\(?\s?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚)?$/;
const ZONE_AFTER = /^时?\s?[(（]北京时(?:间)?[)）]/;
const ZONE_BEFORE = /北京时间\s?$/;
const RESET = /截至目前|截止目前|至今为止/y;

const START_CODES = new CharSet('0123456789零〇一二三四五六七八九十廿卅今昨前当同');
const CN_NUMERAL_CODES = new CharSet('零〇一二三四五六七八九十廿卅');
const DATE_MARK_CODES = new CharSet('月日号时点');
const PERIOD_CODES = new CharSet('上下中午晚凌早夜');
function dateMarkSoon(text: string, i: number): boolean {
  for (let k = i + 1; k < i + 6 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (DATE_MARK_CODES.has(c)) return true;
    if (!CN_NUMERAL_CODES.has(c) && !PERIOD_CODES.has(c)) return false;
  }
  return false;
}
/** What can follow the digits of a date: 年 (or the ) of 2022)年), 月, 日, 号, 时, 点, a clock colon, an ISO separator. */
const DIGITS_THEN = new CharSet(')年月日号时点:-/.');

/** 目, 截, 至, 现: the first characters of the RESET words. */
const isResetFirst = (code: number) => code === 0x76ee || code === 0x622a || code === 0x81f3 || code === 0x73b0;

/** Scans a text for date expressions, left to right, without overlaps. */
export function findDates(text: string): DateExpr[] {
  const out: DateExpr[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // character codes, not one-character strings: most positions are skipped, and should allocate nothing
    const code = text.charCodeAt(i);
    if (!START_CODES.has(code)) {
      const reset = isResetFirst(code) ? readReset(text, i) : null;
      if (reset) out.push(reset);
      i = reset ? reset.end : i + 1;
      continue;
    }
    const resume = pastNonDate(text, i, code);
    if (resume > i) {
      i = resume;
      continue;
    }
    const days = isDigitCode(code) ? readTwoDays(text, i) : null;
    if (days) {
      out.push(days);
      i = days.end;
      continue;
    }
    const expr = readExpression(text, i);
    if (!expr) {
      i++;
      continue;
    }
    // 较5月9日增加…: a date compared with is not the date the figures are about; nor is a span the
    // cases' onsets fall in (发病日介于今(2021)年5月8日至5月20日)
    const before = text.slice(Math.max(0, expr.start - 5), expr.start);
    if (!/(?:较|比|同比|环比|相比)\s?$/.test(before) && !/介于\s?(?:今\s?\(?)?$/.test(before)) out.push(expr);
    i = expr.end;
  }
  return mergeStartAndAsOf(text, out);
}

/** 截至目前, 至今为止: the figures as of now, when no date follows. */
function readReset(text: string, i: number): DateExpr | null {
  RESET.lastIndex = i;
  const r = RESET.exec(text);
  if (!r || /^\s?\d/.test(text.slice(i + r[0].length, i + r[0].length + 2))) return null;
  return { start: i, end: i + r[0].length, kind: 'reset', from: {}, asOf: true };
}

/** Where to look next when no date can start at i (whose code starts some), or i itself when one may. */
function pastNonDate(text: string, i: number, code: number): number {
  // a Chinese numeral starts a date only with 月/日/时 close after it (一是, 三区 do not)
  if (code >= 0x4e00 && CN_NUMERAL_CODES.has(code) && !dateMarkSoon(text, i)) return i + 1;
  const prevCode = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (isDigitCode(prevCode) || prevCode === 0x7b2c) return i + 1; // a digit or 第 before
  // a run of digits starts a date only when a date mark or separator follows it (2022年, 5月, 10:30, 2022-05-01)
  if (code <= 0x39) {
    const n = text.length;
    let j = i + 1;
    while (j < n && j - i <= 4 && isDigitCode(text.charCodeAt(j))) j++;
    if (j - i > 4 || !DIGITS_THEN.has(text.charCodeAt(j))) {
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      return j;
    }
  }
  return i;
}

/** 5月29、30日: two days of one month. */
function readTwoDays(text: string, i: number): DateExpr | null {
  const md = /^(?<m>\d{1,2})月(?<d1>\d{1,2})、(?<d2>\d{1,2})日/.exec(text.slice(i, i + 12));
  if (!md) return null;
  const m = Number(md.groups!.m);
  return { start: i, end: i + md[0].length, kind: 'range', asOf: false,
    from: { m, d: Number(md.groups!.d1) }, to: { m, d: Number(md.groups!.d2) } };
}

/** The point at i with what extends it: an hour window, a range, a list of days, an open end. */
function readExpression(text: string, i: number): DateExpr | null {
  const a = readPoint(text, i);
  if (!a || !plausible(text, a)) return null;
  // 截至…; or a clock time given in a time zone (17:15(北京时间), 北京时间…17:15): a statistics stamp
  const asOf = AS_OF_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) ||
    (a.hasTime && (ZONE_AFTER.test(text.slice(a.end, a.end + 10)) || ZONE_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))));
  // 今天(10月26日)中午12时: the time after the parenthesis belongs to the day
  if (a.hasDate && !a.hasTime && charIs(text, a.end, ')')) {
    const t = readPoint(text, a.end + 1);
    if (t && !t.hasDate && t.hasTime) {
      a.p.h = t.p.h;
      a.p.min = t.p.min;
      a.end = t.end;
      a.hasTime = true;
    }
  }
  let expr: DateExpr = extendPoint(text, a, asOf) ?? { start: a.start, end: a.end, kind: 'point', from: a.p, asOf };
  const tail = OPEN_TAIL_RE;
  tail.lastIndex = expr.end;
  const t = tail.exec(text);
  if (t && expr.kind === 'point' && (t[1] !== '后')) {
    expr = { ...expr, end: expr.end + t[0].length, kind: 'open' };
  }
  return expr;
}

/** The point as the start of an hour window, a range or a list of days; null when it is none. */
function extendPoint(text: string, a: RawPoint, asOf: boolean): DateExpr | null {
  // 0—24时: an hour window after a day
  const win = /^(\d{1,2})\s?(?:时)?\s?(?:—{1,2}|-|~|～|至|到)\s?(\d{1,2})\s?[时点]/.exec(text.slice(a.end, a.end + 12));
  if (a.hasDate && !a.hasTime && win) {
    return { start: a.start, end: a.end + win[0].length, kind: 'range', asOf,
      from: { ...a.p, h: Number(win[1]), min: 0 }, to: { h: Number(win[2]), min: 0 } };
  }
  const sep = RANGE_SEP_RE;
  sep.lastIndex = a.end;
  const s = sep.exec(text);
  const b = s ? readPoint(text, a.end + s[0].length) : null;
  if (s && b && (b.hasDate || b.hasTime)) return { start: a.start, end: b.end, kind: 'range', from: a.p, to: b.p, asOf };
  if (!charIs(text, a.end, '、') || !a.hasDate) return null;
  // 11月30日、12月1日、12月2日 (a list of days)
  const list = [a.p];
  let end = a.end;
  let q = a.end;
  while (charIs(text, q, '、')) {
    const c = readPoint(text, q + 1);
    if (!c || !c.hasDate) break;
    list.push(c.p);
    end = c.end;
    q = c.end;
  }
  if (list.length === 1) return null;
  // …12月2日0时至24时: the listed days are whole reporting days
  const whole = /^\s?(?:0时)?\s?(?:至|到|—{1,2}|-)\s?24时/.exec(text.slice(end, end + 10));
  if (whole) end += whole[0].length;
  for (const p of list) if (p.h === 0 || p.h === 24) delete p.h;
  return { start: a.start, end, kind: 'list', from: a.p, list, asOf };
}

/** 于1月12日12:00开始,截至16时 -> one window from the start to the as-of time. */
function mergeStartAndAsOf(text: string, exprs: DateExpr[]): DateExpr[] {
  const out: DateExpr[] = [];
  for (const e of exprs) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'open' && e.kind === 'point' && e.asOf && e.from.d === undefined && e.from.m === undefined &&
        e.from.h !== undefined && !/[。\n]/.test(text.slice(prev.end, e.start)) && e.start - prev.end < 12) {
      out[out.length - 1] = { start: prev.start, end: e.end, kind: 'range', from: prev.from, to: e.from, asOf: false };
      continue;
    }
    out.push(e);
  }
  return out;
}
