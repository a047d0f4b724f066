import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/read/dates.js';
import { formatDay, inferYear, type YearReference } from '../../src/read/date-forms.js';
import { resolveTimeline, type TimelineContext } from '../../src/read/timeline.js';
import { findPublished } from '../../src/read/published.js';

const Y2022: TimelineContext = { ref: { y: 2022 }, today: null };

/** The resolved date values of a text, in order. */
function dates(text: string, ctx: TimelineContext = Y2022): Array<string | null> {
  return resolveTimeline(findDates(text), ctx).map((r) => r.value);
}

/** The spans of the date expressions of a text. */
function spans(text: string): string[] {
  return findDates(text).map((e) => text.slice(e.start, e.end));
}

describe('findDates + resolveTimeline: the SPEC date forms', () => {
  it('截至4月15日24时: 24时 closes the day', () => {
    expect(spans('截至4月15日24时,全市累计报告确诊病例43例')).toEqual(['4月15日24时']);
    expect(dates('截至4月15日24时,全市累计报告确诊病例43例')).toEqual(['2022-04-15']);
  });

  it('截至10月19日17时: an as-of instant keeps its hour', () => {
    expect(dates('截至10月19日17时')).toEqual(['2022-10-19T17:00']);
  });

  it('12月2日0时至24时: one reporting day', () => {
    expect(spans('12月2日0时至24时,新增确诊病例16例')).toEqual(['12月2日0时至24时']);
    expect(dates('12月2日0时至24时')).toEqual(['2022-12-02']);
    const [r] = resolveTimeline(findDates('12月2日0时至24时'), Y2022);
    expect(r.window).toBe(true);
  });

  it('4月3日至12日: a period, the month carried to the end day', () => {
    expect(dates('4月3日至12日')).toEqual(['2022-04-03/2022-04-12']);
    expect(dates('4月3日到4月12日')).toEqual(['2022-04-03/2022-04-12']);
    expect(dates('4月3日—12日')).toEqual(['2022-04-03/2022-04-12']);
  });

  it('4月3日以来: an open period', () => {
    expect(spans('4月3日以来,累计报告阳性感染者100例')).toEqual(['4月3日以来']);
    expect(dates('4月3日以来')).toEqual(['2022-04-03/..']);
    expect(dates('自4月3日起')).toEqual(['2022-04-03/..']);
  });

  it('11月30日、12月1日、12月2日: a list, one day per item', () => {
    const text = '11月30日、12月1日、12月2日0时至24时,分别新增9例、10例、16例';
    const [e] = findDates(text);
    expect(e.kind).toBe('list');
    expect(text.slice(e.start, e.end)).toBe('11月30日、12月1日、12月2日0时至24时');
    const [r] = resolveTimeline([e], Y2022);
    expect(r.list).toEqual(['2022-11-30', '2022-12-01', '2022-12-02']);
    expect(r.value).toBe('2022-11-30/2022-12-02');
  });

  it('5月29、30日: two days of one month', () => {
    expect(dates('5月29、30日')).toEqual(['2022-05-29/2022-05-30']);
  });

  it('3月15日0-12时: a part-day window keeps its hours', () => {
    expect(dates('3月15日0-12时')).toEqual(['2022-03-15T00:00/2022-03-15T12:00']);
  });

  it('8月3日0时至8月4日12时: 0时 opens the first day, 12时 ends the window', () => {
    expect(dates('8月3日0时至8月4日12时')).toEqual(['2022-08-03/2022-08-04T12:00']);
  });

  it('12月30日至1月2日: a period across the new year', () => {
    expect(dates('12月30日至1月2日', { ref: { y: 2023, m: 1, d: 3 }, today: null })).toEqual(['2022-12-30/2023-01-02']);
    expect(dates('12月30日至1月2日', { ref: { y: 2023 }, today: null })).toEqual(['2022-12-30/2023-01-02']);
  });

  it('dates stay yearless without a reference', () => {
    const none: TimelineContext = { ref: null, today: null };
    expect(dates('10月29日', none)).toEqual(['--10-29']);
    expect(dates('截至10月20日17:06', none)).toEqual(['--10-20T17:06']);
    expect(dates('4月3日至12日', none)).toEqual(['--04-03/--04-12']);
    expect(dates('截至4月15日24时', none)).toEqual(['--04-15']);
  });

  it('an as-of instant keeps its time: time-of-day words and H:MM', () => {
    expect(dates('截至10月20日下午5时')).toEqual(['2022-10-20T17:00']);
    expect(dates('截至10月20日17:06')).toEqual(['2022-10-20T17:06']);
    expect(dates('截至2022年4月17日7时')).toEqual(['2022-04-17T07:00']);
  });

  it('an event’s hour is not the figure’s date: the day is', () => {
    expect(dates('10月20日下午5时')).toEqual(['2022-10-20']);
    expect(dates('4月17日7时')).toEqual(['2022-04-17']);
  });

  it('a day alone takes the month last mentioned', () => {
    expect(dates('4月3日新增5例,5日新增8例')).toEqual(['2022-04-03', '2022-04-05']);
  });

  it('Chinese-numeral month and day', () => {
    expect(dates('四月三日')).toEqual(['2022-04-03']);
  });

  it('截至目前 is as of now: no date is invented', () => {
    expect(dates('截至目前')).toEqual([null]);
    expect(dates('截至4月15日24时,累计43例。截至目前,在院10例')).toEqual(['2022-04-15', null]);
  });
});

describe('relative days: 当日, 今日, 昨日', () => {
  const ctx: TimelineContext = { ref: { y: 2022, m: 4, d: 17 }, today: { y: 2022, m: 4, d: 17 } };

  it('当日 is the bulletin’s reporting day', () => {
    expect(dates('4月16日0时至24时,新增确诊病例3例。当日新增无症状感染者5例', ctx)).toEqual(['2022-04-16', '2022-04-16']);
  });

  it('今日 is the article’s own day and 昨日 the day before', () => {
    expect(dates('今日', ctx)).toEqual(['2022-04-17']);
    expect(dates('昨日', ctx)).toEqual(['2022-04-16']);
    expect(dates('今天', ctx)).toEqual(['2022-04-17']);
    expect(dates('昨天', ctx)).toEqual(['2022-04-16']);
  });

  it('今(5)日 names the day of the current month', () => {
    expect(dates('今(5)日', { ref: { y: 2022, m: 4, d: 5 }, today: { y: 2022, m: 4, d: 5 } })).toEqual(['2022-04-05']);
  });

  it('前(二十一)日, 昨(22)日: the number of the day in parentheses, in Chinese numerals too', () => {
    const ctx = { ref: { y: 2022, m: 7, d: 23 }, today: { y: 2022, m: 7, d: 23 } };
    expect(dates('前(二十一)日新增五宗', ctx)).toEqual(['2022-07-21']);
    expect(dates('昨(22)日', ctx)).toEqual(['2022-07-22']);
    // a bare 前 is no day
    expect(dates('前往医院', ctx)).toEqual([]);
  });

  it('昨日 on the first of January is the last day of the year before', () => {
    expect(dates('昨日', { ref: { y: 2023, m: 1, d: 1 }, today: { y: 2023, m: 1, d: 1 } })).toEqual(['2022-12-31']);
  });

  it('a relative day with no known day gives no date', () => {
    expect(dates('今日', { ref: null, today: null })).toEqual([]);
    expect(dates('昨日', { ref: { y: 2022 }, today: null })).toEqual([]);
  });
});

describe('findDates: numbers that are not dates', () => {
  const cases: Array<[string, string]> = [
    ['确诊病例43例', 'a count'],
    ['坚持2+4+24工作机制', 'a slogan'],
    ['3个月', 'a duration in months'],
    ['24小时', 'a duration in hours'],
    ['第15日', 'an ordinal day'],
    ['13月45日', 'an impossible month and day'],
  ];
  for (const [text, why] of cases) {
    it(`${text} (${why})`, () => expect(dates(text)).toEqual([]));
  }
});

describe('inferYear', () => {
  const pub: YearReference = { y: 2022, m: 4, d: 17 };

  it('is the reference year for a day before the publication date', () => {
    expect(inferYear(4, 15, pub)).toBe(2022);
    expect(inferYear(1, 1, pub)).toBe(2022);
  });

  it('puts a day well after the publication date in the year before', () => {
    expect(inferYear(10, 29, pub)).toBe(2021);
    expect(inferYear(12, 2, { y: 2023, m: 1, d: 5 })).toBe(2022);
  });

  it('keeps the year for the next day (measures announced for tomorrow)', () => {
    expect(inferYear(4, 18, pub)).toBe(2022);
  });

  it('uses a bare year as is, and knows nothing without a reference', () => {
    expect(inferYear(10, 29, { y: 2021 })).toBe(2021);
    expect(inferYear(10, 29, null)).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('formats full, yearless and timed days', () => {
    expect(formatDay({ y: 2022, m: 4, d: 5 }, false)).toBe('2022-04-05');
    expect(formatDay({ m: 10, d: 29 }, false)).toBe('--10-29');
    expect(formatDay({ y: 2022, m: 10, d: 19, h: 17, min: 0 }, true)).toBe('2022-10-19T17:00');
    expect(formatDay({ m: 10, d: 20, h: 17, min: 6 }, true)).toBe('--10-20T17:06');
    expect(formatDay({ y: 2022, m: 10, d: 19, h: 17, min: 0 }, false)).toBe('2022-10-19');
    expect(formatDay({ y: 2022, m: 10, d: 19 }, true)).toBe('2022-10-19');
  });
});

describe('findPublished', () => {
  it('a page timestamp with its time: 2022年04月17日 07:11', () => {
    const p = findPublished('太原市新增本土确诊病例\n2022年04月17日 07:11 来源:太原日报\n4月16日0时至24时,新增确诊病例3例。');
    expect(p?.format(null)).toBe('2022-04-17T07:11');
  });

  it('a wire dateline when there is no timestamp, its year from the reference', () => {
    const p = findPublished('中新网丹东4月27日电 4月26日0时至24时,丹东市新增本土确诊病例3例。');
    expect(p?.format({ y: 2022 })).toBe('2022-04-27');
    expect(p?.format(null)).toBe('--04-27');
  });

  it('a date after 截至 in a line is not a timestamp', () => {
    expect(findPublished('截至2022年4月15日24时,累计报告确诊病例43例')).toBeNull();
  });
});
