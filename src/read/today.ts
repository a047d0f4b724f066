// The article's own day, which 今日, 昨日 and weekdays count from: its
// publication day, else the day given with it, else 今(14)日 with a month the
// text implies, else the first month-day that opens a line.
import { ISO_DAY, firstLines, type Published } from './published.js';
import type { YearReference } from './date-forms.js';

export interface Day {
  y?: number;
  m: number;
  d: number;
}

export function articleDay(text: string, published: Published | null, ref: YearReference | null, given: string | null | undefined): Day | null {
  if (published?.m !== undefined && published.d !== undefined) {
    return { y: published.y ?? (ref ? ref.y : undefined), m: published.m, d: published.d };
  }
  return givenDay(given) ?? numberedToday(text) ?? firstDay(text);
}

function givenDay(published: string | null | undefined): Day | null {
  const g = published ? ISO_DAY.exec(published)?.groups : undefined;
  return g ? { y: Number(g.y), m: Number(g.m), d: Number(g.d) } : null;
}

/**
 * 今(14)日 (Taiwan and Macau releases): the article's own day by its number; the month is that of a
 * date stated with the same day (发病日介于今(2022)年4月2日至4月14日), the latest such month, else
 * that of a date in the week before (采检日介于5月8日至5月20日, 今(21)日).
 */
function numberedToday(text: string): Day | null {
  const t = /今\s?\((\d{1,2})\)\s?日/.exec(text);
  if (!t) return null;
  const d = Number(t[1]);
  let same = 0;
  let before = 0;
  for (const md of text.matchAll(/(\d{1,2})月(\d{1,2})日/g)) {
    const month = Number(md[1]);
    const day = Number(md[2]);
    if (month < 1 || month > 12) continue;
    if (day === d) same = Math.max(same, month);
    else if (day < d && d - day <= 7) before = Math.max(before, month);
  }
  const m = same || before;
  return m ? { m, d } : null;
}

/** The article's own day when it has no publication date: the first month-day it states. */
function firstDay(text: string): Day | null {
  // only a date that opens a line (3月23日,南京市举行…) is the article's day; one inside a sentence is an event
  for (const line of firstLines(text.slice(0, 600), 20)) {
    const m = /(\d{1,2})月(\d{1,2})日/.exec(line);
    if (m && m.index <= 14 && !/[，,。]/.test(line.slice(0, m.index))) return { m: Number(m[1]), d: Number(m[2]) };
  }
  return null;
}
