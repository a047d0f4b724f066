// Resolves the date expressions of one article in reading order: a day
// without a month takes the month last mentioned, 今日/昨日 count from the
// article's own day, 当日 is the report's day, and the year comes from the
// reference (publication date, --year, or the dates the article states).
import type { DateExpr } from './dates.js';
import type { DatePoint } from './date-point.js';
import { formatDay, inferYear, type ResolvedDay, type YearReference } from './date-forms.js';

export interface ResolvedDate {
  start: number;
  end: number;
  /** SPEC date string, or null for 目前 (as of now: no date is invented) */
  value: string | null;
  /** a reporting day or window (0—24时, 4月3日至12日), as opposed to an as-of instant or an open period */
  window: boolean;
  /** one date per day of a listed series (11月30日、12月1日、12月2日) */
  list?: string[];
  /** an as-of instant (截至4月15日24时): totals it governs are totals reached by then */
  asOf?: boolean;
}

export interface TimelineContext {
  ref: YearReference | null;
  /** the article's own day (publication or event day), for 今日 and 昨日 */
  today: { y?: number; m: number; d: number } | null;
}

function shiftDay(day: { y?: number; m: number; d: number }, delta: number): { y?: number; m: number; d: number } {
  const base = new Date(Date.UTC(day.y ?? 2001, day.m - 1, day.d + delta));
  return { y: day.y === undefined ? undefined : base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() };
}

export function resolveTimeline(exprs: DateExpr[], ctx: TimelineContext): ResolvedDate[] {
  let month = ctx.today?.m;
  let lastDay: { y?: number; m: number; d: number } | null = ctx.today;
  const out: ResolvedDate[] = [];

  const resolvePoint = (p: DatePoint, base: { y?: number; m: number; d: number } | null): ResolvedDay | null => {
    let day: { y?: number; m: number; d: number } | null = null;
    if (p.rel === 'today') day = ctx.today;
    else if (p.rel === 'yesterday') day = ctx.today ? shiftDay(ctx.today, -1) : null;
    else if (p.rel === 'sameday') day = lastDay ?? ctx.today;
    else if (p.d !== undefined) {
      const m = p.m ?? base?.m ?? month;
      if (m === undefined) return null;
      day = { y: p.y, m, d: p.d };
    } else if (p.h !== undefined) day = base ?? lastDay;
    if (!day) return null;
    const y = day.y ?? p.y ?? inferYear(day.m, day.d, ctx.ref);
    return { y, m: day.m, d: day.d, h: p.h, min: p.min };
  };

  for (const e of exprs) {
    if (e.kind === 'reset') {
      out.push({ start: e.start, end: e.end, value: null, window: false });
      continue;
    }
    const a = resolvePoint(e.from, null);
    if (!a) continue;
    let value: string;
    let window = false;
    let list: string[] | undefined;
    if (e.kind === 'range' && e.to) {
      const b = resolvePoint(e.to, a);
      if (!b) continue;
      value = rangeValue(a, b);
      window = true;
      lastDay = b;
    } else if (e.kind === 'list' && e.list) {
      const days = e.list.map((p) => resolvePoint(p, a)).filter((d): d is ResolvedDay => d !== null);
      list = days.map((d) => formatDay(d, false));
      value = list.length > 1 ? `${list[0]}/${list[list.length - 1]}` : list[0];
      window = true;
      lastDay = days[days.length - 1] ?? lastDay;
    } else if (e.kind === 'open') {
      value = `${formatDay(a, a.h !== undefined && a.h !== 0)}/..`;
    } else {
      // an as-of instant keeps its hour (截至10月19日17时); an event's hour does not (29日凌晨2时许)
      const closes = a.h === undefined || a.h === 24 || !e.asOf;
      value = formatDay(a, !closes);
      window = !e.asOf && closes;
      lastDay = a;
    }
    if (e.from.m !== undefined) month = e.from.m;
    if (e.to?.m !== undefined) month = e.to.m;
    out.push({ start: e.start, end: e.end, value, window, list, asOf: e.asOf && e.kind === 'point' });
  }
  return out;
}

/**
 * A range's value: the day itself when the range covers it whole (0—24时),
 * else start/end. The end takes the start's year, and a start after the end
 * is in the year before.
 */
function rangeValue(a: ResolvedDay, b: ResolvedDay): string {
  if (b.y === undefined && a.y !== undefined) b.y = a.y;
  if (a.y !== undefined && b.y !== undefined && (a.m > b.m || (a.m === b.m && a.d > b.d)) && a.y === b.y) a.y = b.y - 1;
  const sameDay = a.m === b.m && a.d === b.d;
  const startsDay = a.h === undefined || a.h === 0;
  const endsDay = b.h === undefined || b.h === 24;
  if (sameDay && startsDay && endsDay) return formatDay(a, false);
  const from = sameDay && a.h === 0 ? formatDay(a, true) : formatDay(a, !startsDay);
  const to = formatDay(b, !endsDay);
  return `${from}/${to}`;
}
