// The batch the review tests build pages from: fixture articles (three
// dated Jilin provincial bulletins, so the page has charts; a Shanghai press
// conference; an archived Hong Kong news page) and one hand-made document with a
// failed cross-check.
import { createHash } from 'node:crypto';
import type { ReviewDocument } from '../../src/review/data.js';

export const FIXTURE_ARTICLES = [
  'n03_jilin-2022-04-16-provincial-bulletin-trad-pinyin.txt',
  'n01_jilin-2022-04-21-provincial-bulletin-dzjkw-nav-truncated.txt',
  'n02_jilin-2022-12-12-wsjkw-bulletin-nav-footer-gb18030.txt',
  'c26_shanghai-2022-03-22-pressconf130-truncated.txt',
  'h05_hk-stheadline-2020-08-07-89-cases-page-fragment.html',
].map((f) => `fixtures/${f}`);

/**
 * A district breakdown that does not add up to the city total, the way a
 * cross-check reports it. The text also holds `</script>` and markup, which
 * the page must show as text; one quote lies inside another and one overlaps
 * the next (extraction gives both: identical, nested and overlapping quotes).
 */
export const CHECKED_TEXT =
  '上海市卫健委4月11日通报：2022年4月10日0—24时，新增本土新冠肺炎确诊病例865例。\n其中浦东新区200例，闵行区64例。\n页面残留</script><b>标签</b>原样显示。';

function figure(metric: string, value: number, quote: string, extra: Partial<ReviewDocument['figures'][number]> = {}, from = 0) {
  const start = CHECKED_TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return {
    metric: metric as ReviewDocument['figures'][number]['metric'],
    value,
    unit: '例',
    approx: 'exact' as const,
    scope: 'new' as const,
    origin: 'local' as const,
    region: null,
    subject: null,
    date: '2022-04-10',
    quote,
    start,
    end: start + quote.length,
    rule: 'hand-made',
    ...extra,
  };
}

export function checkedDocument(): ReviewDocument {
  return {
    file: 'hand/shanghai-2022-04-10-districts.txt',
    sha256: createHash('sha256').update(CHECKED_TEXT).digest('hex'),
    encoding: 'utf-8',
    script: 'hans',
    title: '上海市4月10日疫情通报（手工样例）',
    published: '2022-04-11',
    region: '上海市',
    figures: [
      figure('cases.confirmed', 865, '新增本土新冠肺炎确诊病例865例'),
      figure('cases.confirmed', 200, '浦东新区200例', {
        region: '浦东新区',
        // as extract --explain writes it: the last change of a field decided it
        trace: [
          { field: 'metric', rule: 'right-cue:例', value: 'cases.confirmed' },
          { field: 'region', rule: 'place-before', value: '浦东新区' },
          { field: 'scope', rule: 'paragraph-scope', value: 'cumulative' },
          { field: 'scope', rule: 'parent-scope', value: 'new' },
        ],
      }),
      figure('cases.confirmed', 64, '闵行区64例', { region: '闵行区' }),
      // inside figure 0's quote
      figure('cases.confirmed', 865, '确诊病例865例', { rule: 'hand-made-nested' }),
      // overlaps the end of figure 1's quote and the start of figure 2's
      figure('cases.confirmed', 200, '200例，闵行区', { rule: 'hand-made-overlap' }),
    ],
    warnings: ['the district figures do not cover the city total'],
    text: CHECKED_TEXT,
    checks: [{ kind: 'parts-vs-total', message: '浦东新区 200 + 闵行区 64 = 264, but the stated total is 865', figures: [0, 1, 2] }],
  };
}
