// Date and time expressions of the reports, read into partial points and
// ranges, then resolved (month carried over, relative days, year inference)
// into the SPEC date forms: 2022-04-15, --10-29, 2022-10-19T17:00, A/B, A/..
import { parseChineseNumber } from './numbers.js';
import { CharSet, isDigitCode } from '../util/charset.js';

export interface DatePoint {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  min?: number;
  /** a relative day: today, yesterday, or the report's own day (当日) */
  rel?: 'today' | 'yesterday' | 'sameday';
}

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

const CN_NUM = '[零〇一二三四五六七八九十廿卅]{1,3}';
const NUM = String.raw`(?:\d{1,2}|${CN_NUM})`;
const PERIOD = '(?:凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|晚|早)';
// One point: [YYYY年][M月][D日][period][H时[M分]] or H:MM. All parts optional, bounded.
const POINT = String.raw`(?:(\d{4})\)?年)?(?:(${NUM})月)?(?:(${NUM})[日号])?(?:\s?(${PERIOD}))?(?:(${NUM})[时点](?:(\d{1,2})分|(半))?|(\d{1,2}):(\d{2})(?::\d{2})?)?`;
const RELATIVE = '(今日|今天|昨日|昨天|前日|前天|当日|当天|同日|今|昨|前)';
const RANGE_SEP = String.raw`\s?(?:开始|起)?\s?(?:至|到|—{1,2}|-|~|～)\s?`;
const OPEN_TAIL = '(以来|起|开始|至今|后)';

const ISO = String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2})?)?`;

// Ordered alternatives; the scanner takes the longest match at each position.
// 今(5)日, 昨(27)日, 前(二十一)日: the day's number in parentheses, in digits or Chinese numerals
const POINT_RE = new RegExp(`${ISO}|(?:${RELATIVE}(?:\\((${NUM})\\)日)?)?${POINT}`, 'y');
const RANGE_SEP_RE = new RegExp(RANGE_SEP, 'y');
const OPEN_TAIL_RE = new RegExp(`\\s?${OPEN_TAIL}`, 'y');
const AS_OF_BEFORE = /(?:截至|截止|截止到|截至到|至)\s?(?:今天|今日)?\s?\(?\s?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚)?$/;
const ZONE_AFTER = /^时?\s?[(（]北京时(?:间)?[)）]/;
const ZONE_BEFORE = /北京时间\s?$/;
const RESET = /截至目前|截止目前|至今为止/y;

interface RawPoint {
  start: number;
  end: number;
  p: DatePoint;
  hasDate: boolean; // has y, m, d or a relative day
  hasTime: boolean;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  const v = parseChineseNumber(s.replace('廿', '二十').replace('卅', '三十'));
  return v === null ? undefined : v;
}

function applyPeriod(h: number, period: string | undefined): number {
  if (!period) return h;
  // 晚12时, 晚上12点: midnight, the end of the day
  if (/晚|夜/.test(period) && h === 12) return 24;
  if (/下午|傍晚|晚/.test(period) && h < 12) return h + 12;
  if (period === '中午' && h < 11) return h + 12;
  return h;
}

function readPoint(text: string, pos: number): RawPoint | null {
  POINT_RE.lastIndex = pos;
  const m = POINT_RE.exec(text);
  if (!m || m[0].length === 0) return null;
  const p: DatePoint = {};
  if (m[1] !== undefined) {
    p.y = Number(m[1]);
    p.m = Number(m[2]);
    p.d = Number(m[3]);
    if (m[4] !== undefined) {
      p.h = Number(m[4]);
      p.min = Number(m[5]);
    }
  } else {
    const rel = m[6];
    if (rel) {
      // a bare 今 or 昨 is a day only in 今(5)日, 昨(27)日 or before a time (昨晚8时); a bare 前 only in 前(二十一)日
      if ((rel === '今' || rel === '昨') && m[7] === undefined && m[0] === rel) return null;
      if (rel === '前' && m[7] === undefined) return null;
      if (/今/.test(rel)) p.rel = 'today';
      else if (/昨|前/.test(rel)) p.rel = 'yesterday';
      else p.rel = 'sameday';
      if (m[7] !== undefined) {
        p.d = num(m[7]);
        delete p.rel;
      }
    }
    const y = m[8], mo = num(m[9]), d = num(m[10]), period = m[11];
    if (y !== undefined) p.y = Number(y);
    if (mo !== undefined) p.m = mo;
    if (d !== undefined) p.d = d;
    const h = num(m[12]);
    if (h !== undefined) {
      p.h = applyPeriod(h, period);
      p.min = m[14] ? 30 : m[13] !== undefined ? Number(m[13]) : 0;
    } else if (m[15] !== undefined) {
      p.h = applyPeriod(Number(m[15]), period);
      p.min = Number(m[16]);
    }
  }
  // 下午5时: a period word right before a bare time
  if (p.h !== undefined && p.d === undefined && p.m === undefined && !p.rel) {
    const before = PERIOD_BEFORE.exec(text.slice(Math.max(0, pos - 2), pos));
    if (before) p.h = applyPeriod(p.h, before[1]);
  }
  const hasDate = p.y !== undefined || p.m !== undefined || p.d !== undefined || p.rel !== undefined;
  const hasTime = p.h !== undefined;
  if (!hasDate && !hasTime) return null;
  // validity: months, days, hours in range; a year alone is not a date
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return null;
  if (p.d !== undefined && (p.d < 1 || p.d > 31)) return null;
  if (p.h !== undefined && (p.h < 0 || p.h > 24 || (p.min ?? 0) > 59)) return null;
  if (p.y !== undefined && p.m === undefined) return null;
  if (p.m !== undefined && p.d === undefined && p.y === undefined) return null; // 三个月 etc.
  if (p.m === undefined && /^[0-9零〇一二三四五六七八九十廿卅]+号/.test(m[0])) return null; // 定西路5号 is an address
  return { start: pos, end: pos + m[0].length, p, hasDate, hasTime };
}

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
const PERIOD_BEFORE = /(凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|晚|早)$/;

/** Scans a text for date expressions, left to right, without overlaps. */
export function findDates(text: string): DateExpr[] {
  const out: DateExpr[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // character codes, not one-character strings: most positions are skipped, and should allocate nothing
    const code = text.charCodeAt(i);
    if (!START_CODES.has(code) && code !== 0x76ee && code !== 0x622a && code !== 0x81f3 && code !== 0x73b0) {
      i++;
      continue;
    }
    if (code === 0x76ee || code === 0x622a || code === 0x81f3 || code === 0x73b0) { // 目 截 至 现
      RESET.lastIndex = i;
      const r = RESET.exec(text);
      if (r && !/^\s?\d/.test(text.slice(i + r[0].length, i + r[0].length + 2))) {
        out.push({ start: i, end: i + r[0].length, kind: 'reset', from: {}, asOf: true });
        i += r[0].length;
        continue;
      }
    }
    // a Chinese numeral starts a date only with 月/日/时 close after it (一是, 三区 do not)
    if (code >= 0x4e00 && CN_NUMERAL_CODES.has(code) && !dateMarkSoon(text, i)) {
      i++;
      continue;
    }
    const prevCode = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (!START_CODES.has(code) || isDigitCode(prevCode) || prevCode === 0x7b2c) { // a digit or 第 before
      i++;
      continue;
    }
    // a run of digits starts a date only when a date mark or separator follows it (2022年, 5月, 10:30, 2022-05-01)
    if (code <= 0x39) {
      let j = i + 1;
      while (j < n && j - i <= 4 && isDigitCode(text.charCodeAt(j))) j++;
      if (j - i > 4 || !DIGITS_THEN.has(text.charCodeAt(j))) {
        while (j < n && isDigitCode(text.charCodeAt(j))) j++;
        i = j;
        continue;
      }
    }
    // 5月29、30日: two days of one month
    const md = isDigitCode(code) ? /^(\d{1,2})月(\d{1,2})、(\d{1,2})日/.exec(text.slice(i, i + 12)) : null;
    if (md) {
      const m = Number(md[1]);
      out.push({ start: i, end: i + md[0].length, kind: 'range', asOf: false,
        from: { m, d: Number(md[2]) }, to: { m, d: Number(md[3]) } });
      i += md[0].length;
      continue;
    }
    const a = readPoint(text, i);
    if (!a || !plausible(text, a)) {
      i++;
      continue;
    }
    // 截至…; or a clock time given in a time zone (17:15(北京时间), 北京时间…17:15): a statistics stamp
    const asOf = AS_OF_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) ||
      (a.hasTime && (ZONE_AFTER.test(text.slice(a.end, a.end + 10)) || ZONE_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))));
    // 今天(10月26日)中午12时: the time after the parenthesis belongs to the day
    if (a.hasDate && !a.hasTime && text[a.end] === ')') {
      const t = readPoint(text, a.end + 1);
      if (t && !t.hasDate && t.hasTime) {
        a.p.h = t.p.h;
        a.p.min = t.p.min;
        a.end = t.end;
        a.hasTime = true;
      }
    }
    let expr: DateExpr = { start: a.start, end: a.end, kind: 'point', from: a.p, asOf };
    // 0—24时: an hour window after a day
    const win = /^(\d{1,2})\s?(?:时)?\s?(?:—{1,2}|-|~|～|至|到)\s?(\d{1,2})\s?[时点]/.exec(text.slice(a.end, a.end + 12));
    if (a.hasDate && !a.hasTime && win) {
      expr = { start: a.start, end: a.end + win[0].length, kind: 'range', asOf,
        from: { ...a.p, h: Number(win[1]), min: 0 }, to: { h: Number(win[2]), min: 0 } };
    } else {
      const sep = RANGE_SEP_RE;
      sep.lastIndex = a.end;
      const s = sep.exec(text);
      const b = s ? readPoint(text, a.end + s[0].length) : null;
      if (s && b && (b.hasDate || b.hasTime)) {
        expr = { start: a.start, end: b.end, kind: 'range', from: a.p, to: b.p, asOf };
      } else if (text[a.end] === '、' && a.hasDate) {
        // 11月30日、12月1日、12月2日 (a list of days)
        const list = [a.p];
        let end = a.end;
        let q = a.end;
        while (text[q] === '、') {
          const c = readPoint(text, q + 1);
          if (!c || !c.hasDate) break;
          list.push(c.p);
          end = c.end;
          q = c.end;
        }
        if (list.length > 1) {
          // …12月2日0时至24时: the listed days are whole reporting days
          const whole = /^\s?(?:0时)?\s?(?:至|到|—{1,2}|-)\s?24时/.exec(text.slice(end, end + 10));
          if (whole) end += whole[0].length;
          for (const p of list) if (p.h === 0 || p.h === 24) delete p.h;
          expr = { start: a.start, end, kind: 'list', from: a.p, list, asOf };
        }
      }
    }
    const tail = OPEN_TAIL_RE;
    tail.lastIndex = expr.end;
    const t = tail.exec(text);
    if (t && expr.kind === 'point' && (t[1] !== '后')) {
      expr = { ...expr, end: expr.end + t[0].length, kind: 'open' };
    }
    // 较5月9日增加…: a date compared with is not the date the figures are about; nor is a span the
    // cases' onsets fall in (发病日介于今(2021)年5月8日至5月20日)
    const before = text.slice(Math.max(0, expr.start - 5), expr.start);
    if (!/(?:较|比|同比|环比|相比)\s?$/.test(before) && !/介于\s?(?:今\s?\(?)?$/.test(before)) out.push(expr);
    i = expr.end;
  }
  return mergeStartAndAsOf(text, out);
}

/** A date must look like one: 10月, 15日, 24时 with context; not 2+4+24 or 一线. */
function plausible(text: string, a: RawPoint): boolean {
  const s = text.slice(a.start, a.end);
  if (!a.hasDate) {
    // a bare time needs 时/点/: and must not be a count of hours (24小时 is not matched)
    if (/^[零〇一二三四五六七八九十]+[时点]$/.test(s) && !/[截至到从自于]\s?$/.test(text.slice(a.start - 2, a.start))) return false;
  }
  if (/^[一二三四五六七八九十]+[日号]$/.test(s)) {
    // Chinese-numeral day alone: only before 电/讯/下午… or after 月
    return /^[电讯上下中晚凌]/.test(text[a.end] ?? '');
  }
  return true;
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

// ---------------------------------------------------------------------------
// Resolution: month carried over, relative days, year inference, formatting.

export interface YearReference {
  /** a full reference date (publication date), or only a year */
  y: number;
  m?: number;
  d?: number;
}

export interface ResolvedDay {
  y?: number;
  m: number;
  d: number;
  h?: number;
  min?: number;
}

const pad = (x: number) => String(x).padStart(2, '0');

function ordinal(m: number, d: number): number {
  return m * 31 + d;
}

/** The year of a month-day: near the reference, in the past rather than the future. */
export function inferYear(m: number, d: number, ref: YearReference | null): number | undefined {
  if (!ref) return undefined;
  if (ref.m === undefined || ref.d === undefined) return ref.y;
  const diff = ordinal(m, d) - ordinal(ref.m, ref.d); // in ~days
  if (diff > 45) return ref.y - 1; // press releases report the past
  if (diff < -320) return ref.y + 1; // early January reported in late December
  return ref.y;
}

export function formatDay(p: ResolvedDay, withTime: boolean): string {
  const day = `${p.y !== undefined ? String(p.y) : '-'}-${pad(p.m)}-${pad(p.d)}`;
  if (!withTime || p.h === undefined) return day;
  return `${day}T${pad(p.h)}:${pad(p.min ?? 0)}`;
}
