// The publication date: the page's own timestamp (its markup, a 发稿时间 line,
// an account name with a date-time, a bare date under the headline), else a
// wire dateline. A date in the headline or an event in the body is not it.
import { describe, expect, it } from 'vitest';
import { findPublished, yearReference } from '../../src/read/published.js';
import { extract } from '../../src/pipeline.js';

type Row = [string, number, string, string | null, string | null, string | null, string | null];
/** The figures' fields; a region naming the article's own place (the card's `@–`) is shown as null. */
const rows = (text: string, articleRegion?: string): Row[] =>
  extract(text, { file: 'a.txt' }).figures.map((f) =>
    [f.metric, f.value, f.unit, f.scope, f.origin, f.region === articleRegion ? null : f.region, f.date]);

describe('findPublished: the markup timestamp', () => {
  it('is preferred over the dates of the text', () => {
    const text = '郑州市通报\n2022-05-13 08:00 来源：郑州发布\n5月11日0时至24时，郑州市新增本土无症状感染者6例。';
    expect(findPublished(text)?.format(null)).toBe('2022-05-13T08:00');
    expect(findPublished(text, { y: 2022, m: 5, d: 12, h: 9, min: 30 })?.format(null)).toBe('2022-05-12T09:30');
  });

  it('a markup date without a time gives a day', () => {
    expect(findPublished('正文', { y: 2022, m: 5, d: 12 })?.format(null)).toBe('2022-05-12');
  });

  it('without one, the text decides as before', () => {
    expect(findPublished('中新网西宁5月7日电 青海省新增本土无症状感染者4例。', null)?.format({ y: 2022 })).toBe('2022-05-07');
  });
});

describe('findPublished: the page timestamp in the text (card E02)', () => {
  it('E02-3: a 发稿时间 line with seconds, dropped', () => {
    const text = '长沙市新增1例本土确诊病例\n发稿时间：2022-06-14 10:05:33 来源：长沙晚报\n6月13日0—24时，长沙市新增本土确诊病例1例，在集中隔离点发现。';
    expect(findPublished(text)?.format(null)).toBe('2022-06-14T10:05');
    const doc = extract(text, { file: 'E02-3.txt' });
    expect(doc.published).toBe('2022-06-14T10:05');
    expect(rows(text)).toEqual([['cases.confirmed', 1, '例', 'new', 'local', null, '2022-06-13']]);
  });

  it('E02-4: an account name followed by a date-time', () => {
    const text = '南宁市新增本土确诊病例3例\n南宁发布 2022-07-02 08:20\n7月1日0—24时，南宁市新增本土确诊病例3例，新增本土无症状感染者11例。';
    expect(extract(text, { file: 'E02-4.txt' }).published).toBe('2022-07-02T08:20');
    expect(rows(text)).toEqual([
      ['cases.confirmed', 3, '例', 'new', 'local', null, '2022-07-01'],
      ['cases.asymptomatic', 11, '例', 'new', 'local', null, '2022-07-01'],
    ]);
  });

  it('E02-5: a bare date in parentheses under the headline, not the date in the headline', () => {
    const text = '2022年4月20日苏州市疫情情况\n( 2022-04-21)\n2022年4月20日0—24时，苏州市新增本土确诊病例12例和无症状感染者340例。';
    expect(extract(text, { file: 'E02-5.txt' }).published).toBe('2022-04-21');
    expect(rows(text)).toEqual([
      ['cases.confirmed', 12, '例', 'new', 'local', null, '2022-04-20'],
      ['cases.asymptomatic', 340, '例', 'new', 'local', null, '2022-04-20'],
    ]);
  });

  it('E02-6: no timestamp: the wire dateline, its year from the full date in the body, not the briefing day', () => {
    const text = '中新网西宁5月7日电 5月6日下午，青海省召开第15场疫情防控新闻发布会。会上通报，2022年5月5日0—24时，青海省新增本土无症状感染者4例。';
    expect(extract(text, { file: 'E02-6.txt' }).published).toBe('2022-05-07');
    expect(rows(text)).toEqual([['cases.asymptomatic', 4, '例', 'new', 'local', null, '2022-05-05']]);
  });
});
describe('no year from page furniture (card E06)', () => {
  const E06 = '新华社长春4月2日电 记者从吉林省卫健委获悉，4月1日0时至24时，吉林省新增本土确诊病例1200例、本土无症状感染者2800例。\n\n' +
    '相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业 2026-01-21 16:40\n';

  it('E06-1: the related-links list gives no year: dates stay yearless, with a warning', () => {
    const doc = extract(E06, { file: 'E06-1.txt' });
    expect(doc.published).toBe('--04-02');
    expect(rows(E06, '吉林省')).toEqual([
      ['cases.confirmed', 1200, '例', 'new', 'local', null, '--04-01'],
      ['cases.asymptomatic', 2800, '例', 'new', 'local', null, '--04-01'],
    ]);
    expect(doc.warnings.some((w) => w.startsWith('no year found'))).toBe(true);
  });

  it('the year reference skips a related-links list, a list of linked titles with stamps, and crawl stamps', () => {
    const body = '4月1日0时至24时，吉林省新增本土确诊病例1200例、本土无症状感染者2800例。';
    const published = findPublished(`新华社长春4月2日电 ${body}`);
    expect(yearReference(E06, findPublished(E06), {})).toBeNull();
    // without a heading: title lines ending in a stamp, after the body
    const listed = `新华社长春4月2日电 ${body}\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业 2026-01-21 16:40`;
    expect(yearReference(listed, published, {})).toBeNull();
    for (const stamp of ['抓取时间：2026-01-22 10:15:00', '采集时间: 2026/01/22', '本页保存于 2026-01-22', '©2026-01-22 版权所有']) {
      expect(yearReference(`新华社长春4月2日电 ${body}\n${stamp}`, published, {})).toBeNull();
    }
    for (const heading of ['相关阅读', '【相关新闻】', '推荐阅读：', '延伸阅读', '往期回顾', '热点推荐']) {
      expect(yearReference(`新华社长春4月2日电 ${body}\n\n${heading}\n吉林省通报（2026年1月22日）`, published, {})).toBeNull();
    }
  });

  it('a year stated in the article still counts, before or after the furniture', () => {
    const body = '4月1日0时至24时，吉林省新增本土确诊病例1200例。截至2022年4月1日24时，累计报告本土确诊病例3万例。';
    expect(yearReference(`新华社长春4月2日电 ${body}\n\n相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15`, null, {}))
      .toEqual({ y: 2022, m: 4, d: 1 });
    const doc = extract(`新华社长春4月2日电 ${body}\n\n相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15`, { file: 'b.txt' });
    expect(doc.published).toBe('2022-04-02');
    expect(doc.figures[0].date).toBe('2022-04-01');
  });

  it('a body sentence that mentions 相关 or ends in a date is no furniture', () => {
    const text = '新华社长春4月2日电 相关新闻发布会通报，4月1日0时至24时，吉林省新增本土确诊病例1200例。\n本轮疫情自2022-03-01起计。';
    expect(yearReference(text, findPublished(text), {})?.y).toBe(2022);
  });

  it('a short article: a stamp in the related links is not the publication date', () => {
    const text = '吉林省新增本土确诊病例\n4月1日，吉林省新增本土确诊病例12例。\n相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15';
    expect(findPublished(text)).toBeNull();
    expect(extract(text, { file: 'c.txt' }).figures[0].date).toBe('--04-01');
  });
});
