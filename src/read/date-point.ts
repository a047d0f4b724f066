// One date or time as written (2022年4月15日, 4月15日下午5时, 今(5)日, 17:15,
// 2022-04-15 10:30), read into a partial point: the scanner of dates.ts reads
// ranges, lists and as-of stamps out of these.
import { parseChineseNumber } from './numbers.js';

export interface DatePoint {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  min?: number;
  /** a relative day: today, yesterday, or the report's own day (当日) */
  rel?: 'today' | 'yesterday' | 'sameday';
}

const CN_NUM = '[零〇一二三四五六七八九十廿卅]{1,3}';
const NUM = String.raw`(?:\d{1,2}|${CN_NUM})`;
const PERIOD = '(?:凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|晚|早)';
// One point: [YYYY年][M月][D日][period][H时[M分]] or H:MM. All parts optional, bounded.
const POINT = String.raw`(?:(\d{4})\)?年)?(?:(${NUM})月)?(?:(${NUM})[日号])?(?:\s?(${PERIOD}))?(?:(${NUM})[时点](?:(\d{1,2})分|(半))?|(\d{1,2}):(\d{2})(?::\d{2})?)?`;
const RELATIVE = '(今日|今天|昨日|昨天|前日|前天|当日|当天|同日|今|昨|前)';

const ISO = String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::\d{2})?)?`;

// Ordered alternatives; the scanner takes the longest match at each position.
// 今(5)日, 昨(27)日, 前(二十一)日: the day's number in parentheses, in digits or Chinese numerals
const POINT_RE = new RegExp(`${ISO}|(?:${RELATIVE}(?:\\((${NUM})\\)日)?)?${POINT}`, 'y');
const PERIOD_BEFORE = /(凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|晚|早)$/;

export interface RawPoint {
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

export function readPoint(text: string, pos: number): RawPoint | null {
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

/** A date must look like one: 10月, 15日, 24时 with context; not 2+4+24 or 一线. */
export function plausible(text: string, a: RawPoint): boolean {
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
