// The review page as text: the data it embeds survives any article text,
// cross-checks are kept only when they name real figures, and the charts
// draw what a person would expect from a few dated bulletins.
import { describe, expect, it } from 'vitest';
import { charts, chartSvg, lineValues, niceCeiling, type ChartPoint } from '../../src/review/charts.js';
import { CLIENT_SCRIPT } from '../../src/review/client.js';
import { reviewArticle, scriptSafeJson, type ReviewDocument } from '../../src/review/data.js';
import { renderReviewPage } from '../../src/review/page.js';
import { checkedDocument } from './batch.js';

function embedded(html: string): { articles: Array<{ text: string; file: string }> } {
  const m = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

describe('the embedded data', () => {
  it('cannot end or change its script element, and reads back the same', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028 \u2029 >' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('holds an article whose text contains </script> without breaking the page', () => {
    const doc = checkedDocument();
    const html = renderReviewPage([doc]);
    // the page's own two script elements close, and nothing else does
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(embedded(html).articles[0].text).toBe(doc.text);
  });

  it('the page script holds no closing script tag and no backquote', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/<\/script/i);
    expect(CLIENT_SCRIPT).not.toContain('`');
  });

  it('escapes the title and file names placed in the HTML', () => {
    const html = renderReviewPage([checkedDocument()], { title: '<b>batch</b> & more' });
    expect(html).toContain('<title>&lt;b&gt;batch&lt;/b&gt; &amp; more</title>');
    expect(html).not.toContain('<b>batch</b>');
  });

  it('needs nothing from the network', () => {
    const html = renderReviewPage([checkedDocument()]);
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('cross-checks', () => {
  it('keeps checks with their figure indexes, dropping indexes that name no figure', () => {
    const doc: ReviewDocument = { ...checkedDocument(), checks: [{ kind: 'parts-vs-total', message: 'x', figures: [0, 2, 9, -1, 1.5] }] };
    expect(reviewArticle(doc).checks).toEqual([{ kind: 'parts-vs-total', message: 'x', figures: [0, 2] }]);
  });

  it('reads a document without checks or text', () => {
    const { checks, text, ...plain } = checkedDocument();
    void checks;
    void text;
    const a = reviewArticle(plain);
    expect(a.checks).toEqual([]);
    expect(a.text).toBeNull();
  });
});

/** A bulletin of `region` published the day after `day`, stating `value` new local cases that day. */
function bulletin(day: string, published: string, figures: Array<[string, number, string | null]>): ReviewDocument {
  const base = checkedDocument().figures[0];
  return {
    ...checkedDocument(),
    file: `b-${published}.txt`,
    published,
    region: '吉林省',
    checks: [],
    figures: figures.map(([metric, value, region]) => ({ ...base, metric: metric as never, value, region, date: day })),
  };
}

describe('charts', () => {
  const docs = [
    bulletin('2022-04-15', '2022-04-16', [['cases.confirmed', 167, null], ['cases.confirmed', 125, '长春市']]),
    bulletin('2022-04-16', '2022-04-17', [['cases.confirmed', 80, null], ['cases.confirmed', 63, '长春市']]),
    // a later bulletin restating 04-16 with a corrected figure
    bulletin('2022-04-16', '2022-04-18', [['cases.confirmed', 82, null]]),
    bulletin('2022-04-16', '2022-04-18', [['tests.samples', 5000, null]]),
  ];

  it('one chart per metric, scope and origin with two days or more; one series per region', () => {
    const list = charts(docs.map(reviewArticle));
    expect(list.map((c) => [c.metric, c.scope, c.origin])).toEqual([['cases.confirmed', 'new', 'local']]);
    expect(list[0].series.map((s) => [s.region, s.points.map((p) => `${p.day}=${p.value}`)])).toEqual([
      ['吉林省', ['2022-04-15=167', '2022-04-16=80', '2022-04-16=82']],
      ['长春市', ['2022-04-15=125', '2022-04-16=63']],
    ]);
  });

  it('leaves out subsets (figures with a subject) and figures without a full day', () => {
    const withSubject = bulletin('2022-04-17', '2022-04-18', [['cases.confirmed', 9, null]]);
    withSubject.figures[0].subject = '轻型';
    const yearless = bulletin('--04-18', '2022-04-19', [['cases.confirmed', 7, null]]);
    const list = charts([...docs, withSubject, yearless].map(reviewArticle));
    expect(list[0].series[0].points.map((p) => p.day)).toEqual(['2022-04-15', '2022-04-16', '2022-04-16']);
  });

  it('draws the line through the latest published value of a day, and a dot for each value', () => {
    const points: ChartPoint[] = [
      { day: '2022-04-16', value: 80, article: 1, figure: 0, published: '2022-04-17' },
      { day: '2022-04-16', value: 82, article: 2, figure: 0, published: '2022-04-18' },
      { day: '2022-04-15', value: 167, article: 0, figure: 0, published: '2022-04-16' },
    ];
    expect(lineValues(points)).toEqual([
      { day: '2022-04-16', value: 82 },
      { day: '2022-04-15', value: 167 },
    ]);
    const svg = chartSvg(charts(docs.map(reviewArticle))[0]);
    expect(svg.match(/<circle/g)).toHaveLength(5);
    expect(svg).toContain('<title>吉林省 2022-04-16: 82</title>');
    expect(svg).toContain('href="#a2f0"');
  });

  it('breaks a line across a gap of more than a week', () => {
    const gap = [
      bulletin('2022-04-15', '2022-04-16', [['cases.confirmed', 10, null]]),
      bulletin('2022-04-16', '2022-04-17', [['cases.confirmed', 12, null]]),
      bulletin('2022-12-12', '2022-12-13', [['cases.confirmed', 30, null]]),
    ];
    const path = /<path d="([^"]+)"/.exec(chartSvg(charts(gap.map(reviewArticle))[0]))![1];
    expect(path.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
  });

  it('tops the axis with a round number', () => {
    expect([0, 7, 10, 11, 167, 865, 20001].map(niceCeiling)).toEqual([1, 10, 10, 20, 200, 1000, 50000]);
  });
});
