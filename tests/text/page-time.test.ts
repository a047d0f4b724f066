// The page's own timestamp in its markup: publication-time <meta> tags and a
// WeChat page's script. Instants with a zone, and unix seconds, are read as
// China Standard Time (UTC+8); a time printed without a zone stays as printed.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html.js';
import { extract } from '../../src/pipeline.js';

const page = (head: string, body = '<p>5月11日0时至24时，郑州市新增本土无症状感染者6例。</p>') =>
  `<html><head>${head}<title>通报</title></head><body>${body}</body></html>`;
const stamp = (head: string, body?: string) => htmlToText(page(head, body)).published;

describe('htmlToText: the publication time in <meta>', () => {
  it('PubDate, as printed, in any spelling of the name', () => {
    expect(stamp(`<meta content='2022-05-12 09:30' name='PubDate'>`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
    expect(stamp(`<meta name="pubdate" content="2022-05-12 09:30:41">`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
    expect(stamp(`<meta name="publishdate" content="2022-05-12">`)).toEqual({ y: 2022, m: 5, d: 12 });
    expect(stamp(`<meta name="publish_date" content="2022/5/12">`)).toEqual({ y: 2022, m: 5, d: 12 });
    expect(stamp(`<meta name="PublishTime" content="2022年05月12日 09:30">`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
  });

  it('article:published_time with +08:00 keeps its clock time, seconds dropped', () => {
    expect(stamp(`<meta content='2022-10-08T07:45:12+08:00' property='article:published_time'>`))
      .toEqual({ y: 2022, m: 10, d: 8, h: 7, min: 45 });
  });

  it('an instant in another zone is read in China Standard Time', () => {
    // 23:45 UTC on 7 October is 07:45 on 8 October in China
    expect(stamp(`<meta property="article:published_time" content="2022-10-07T23:45:00Z">`))
      .toEqual({ y: 2022, m: 10, d: 8, h: 7, min: 45 });
    expect(stamp(`<meta property="og:release_date" content="2022-10-08T01:45:00+02:00">`))
      .toEqual({ y: 2022, m: 10, d: 8, h: 7, min: 45 });
    expect(stamp(`<meta itemprop="datePublished" content="2022-10-07T19:45-0400">`))
      .toEqual({ y: 2022, m: 10, d: 8, h: 7, min: 45 });
  });

  it('the people.cn form 2022-05-12-09:30:54 and unix seconds in a meta', () => {
    expect(stamp(`<meta name="firstpublishedtime" content="2022-05-12-09:30:54">`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
    // 1652319000 is 2022-05-12 01:30 UTC
    expect(stamp(`<meta name="pubtime" content="1652319000">`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
  });

  it('a publication meta wins over a plain date meta, whatever their order', () => {
    expect(stamp(`<meta name="date" content="2022-05-01"><meta name="PubDate" content="2022-05-12 09:30">`))
      .toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
  });

  it('a meta in the body counts as one in the head', () => {
    expect(stamp('', `<meta name="PubDate" content="2022-05-12 09:30"><p>正文</p>`)).toEqual({ y: 2022, m: 5, d: 12, h: 9, min: 30 });
  });

  it('modification times, other metas and malformed contents give none', () => {
    expect(stamp(`<meta property="article:modified_time" content="2022-10-08T07:45:12+08:00">`)).toBeNull();
    expect(stamp(`<meta name="description" content="2022-05-12 09:30 郑州市通报">`)).toBeNull();
    expect(stamp(`<meta name="PubDate" content="">`)).toBeNull();
    expect(stamp(`<meta name="PubDate" content="2022-13-40 09:30">`)).toBeNull();
    expect(stamp(`<meta name="PubDate" content="0022-05-12">`)).toBeNull();
    expect(stamp(`<meta name="PubDate" content="2022-05-12 25:30">`)).toEqual({ y: 2022, m: 5, d: 12 });
    expect(stamp('')).toBeNull();
  });
});

describe('htmlToText: a WeChat page timestamp in its script', () => {
  const wechat = (script: string) =>
    `<html><body><h1>通报</h1><div id="js_content" style="visibility:hidden"><p>全市新增本土确诊病例15例。</p></div>` +
    `<script>${script}</script></body></html>`;

  it('var ct = "<unix seconds>" is read as UTC+8', () => {
    // 1654136400 is 2022-06-02 02:20 UTC, 10:20 in China
    expect(htmlToText(wechat('var ct="1654136400"')).published).toEqual({ y: 2022, m: 6, d: 2, h: 10, min: 20 });
    expect(htmlToText(wechat('var a = 1;\n    var ct = "1654136400" * 1;')).published).toEqual({ y: 2022, m: 6, d: 2, h: 10, min: 20 });
  });

  it('publish_time when there is no ct', () => {
    expect(htmlToText(wechat('var publish_time = "2022-06-02" || "";')).published).toEqual({ y: 2022, m: 6, d: 2 });
  });

  it('ct wins over publish_time: it has the time of day', () => {
    expect(htmlToText(wechat('var publish_time = "2022-06-02" || ""; var ct = "1654136400";')).published)
      .toEqual({ y: 2022, m: 6, d: 2, h: 10, min: 20 });
  });

  it('a ct in the script of a page that is not a WeChat article is not its timestamp', () => {
    const other = `<html><body><div id="content"><p>全市新增本土确诊病例15例。</p></div><script>var ct="1654136400"</script></body></html>`;
    expect(htmlToText(other).published).toBeNull();
  });

  it('other numbers in the script are no timestamp', () => {
    expect(htmlToText(wechat('var act = "1654136400"; var ct = "16541364"; var ct2 = 3;')).published).toBeNull();
  });
});

describe('extract: the markup timestamp is the publication date (cards E01, E02)', () => {
  it('E01-1: a WeChat page, its body hidden until the script runs, ct read as UTC+8', () => {
    const html = `<html><head><title>6月1日上海新增本土确诊病例15例</title></head>
<body>
<h1 class='title'>6月1日上海新增本土确诊病例15例</h1>
<div id='js_content' style='visibility:hidden'>
<p>市卫健委今早通报：2022年6月1日，全市新增本土确诊病例15例、无症状感染者78例。</p>
</div>
<script>var ct="1654136400"</script>
<p class='foot'></p>
</body></html>`;
    const doc = extract(Buffer.from(html), { file: 'E01-1.html' });
    expect(doc.published).toBe('2022-06-02T10:20');
    expect(doc.figures.map((f) => [f.metric, f.value, f.unit, f.scope, f.origin, f.region, f.date])).toEqual([
      ['cases.confirmed', 15, '例', 'new', 'local', null, '2022-06-01'],
      ['cases.asymptomatic', 78, '例', 'new', 'local', null, '2022-06-01'],
    ]);
  });

  it('E02-1: <meta name="PubDate"> gives the publication date and the year of the yearless body date', () => {
    const html = `<html><head>
<meta content='2022-05-12 09:30' name='PubDate'>
<title>郑州市新增本土无症状感染者6例</title></head>
<body><h1>郑州市新增本土无症状感染者6例</h1>
<p>5月11日0时至24时，郑州市新增本土无症状感染者6例。</p>
</body></html>`;
    const doc = extract(Buffer.from(html), { file: 'E02-1.html' });
    expect(doc.published).toBe('2022-05-12T09:30');
    expect(doc.warnings).toEqual([]);
    expect(doc.figures.map((f) => [f.metric, f.value, f.unit, f.scope, f.origin, f.region, f.date])).toEqual([
      ['cases.asymptomatic', 6, '例', 'new', 'local', null, '2022-05-11'],
    ]);
  });

  it('E02-2: article:published_time with its zone; seconds dropped, no zone added', () => {
    const html = `<html><head>
<meta content='2022-10-08T07:45:12+08:00' property='article:published_time'>
<title>呼和浩特市疫情防控通报</title></head>
<body><p>10月7日0—24时，呼和浩特市新增本土确诊病例8例、本土无症状感染者95例。</p></body></html>`;
    const doc = extract(Buffer.from(html), { file: 'E02-2.html' });
    expect(doc.published).toBe('2022-10-08T07:45');
    expect(doc.figures.map((f) => [f.metric, f.value, f.unit, f.scope, f.origin, f.region, f.date])).toEqual([
      ['cases.confirmed', 8, '例', 'new', 'local', null, '2022-10-07'],
      ['cases.asymptomatic', 95, '例', 'new', 'local', null, '2022-10-07'],
    ]);
  });

  it('the markup timestamp wins over a date line in the text', () => {
    const html = page(`<meta name="PubDate" content="2022-05-12 09:30">`,
      '<h1>通报</h1><p>2022-05-13 08:00 来源：郑州发布</p><p>5月11日0时至24时，郑州市新增本土无症状感染者6例。</p>');
    expect(extract(html, { format: 'html' }).published).toBe('2022-05-12T09:30');
  });
});
