// Page furniture left in a page's plain text: a related-links list under its
// heading (相关新闻, 推荐阅读, …), a run of title lines each ending in a
// timestamp after the body, crawl stamps and copyright lines. Their dates are
// the dates of other pages or of the copy, never the article's: they give
// neither the publication date nor the year.

/** A line that heads a list of links to other articles (【相关新闻】, 推荐阅读：). */
const LIST_HEADING = /^[【[]?(?:相关(?:新闻|阅读|链接|报道|文章|稿件|推荐)|推荐阅读|延伸阅读|往期(?:回顾|推荐|精选)|热点推荐|热门(?:推荐|文章|新闻)|猜你喜欢|更多(?:阅读|新闻|精彩)|精彩推荐)[】\]]?(?:\s?[:：].*)?$/;
/** A crawl or archive stamp, a copyright line. */
const STAMP_LINE = /抓取(?:时间|于)|采集(?:时间|于)|保存(?:时间|于)|存档时间|归档时间|网页快照|访问(?:时间|日期)|截图时间|copyright|©|版权所有/i;
/** A title followed by its timestamp (长春市民生物资保供稳定 2026-01-22 10:15). */
const TITLE_AND_STAMP = /\S\s{1,4}[(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?[)）]?$/;

/** A line of article text is this long, or a sentence; headings, bylines and stamps are shorter. */
const BODY_LINE = 60;
/** Links of a related-links list are short lines. */
const LINK_LINE = 50;

/** What a line is: kinds of lines, as numbers. */
const Kind = { Blank: 0, Other: 1, Stamp: 2, Heading: 3, Listed: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** The spans [start, end) of the text that are page furniture, in order. */
export function furnitureSpans(text: string): Array<[number, number]> {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: Kind[] = [];
  let bodySeen = false;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    let kind: Kind = Kind.Other;
    if (line.length === 0) kind = Kind.Blank;
    else if (line.length < 200 && STAMP_LINE.test(line)) kind = Kind.Stamp;
    else if (line.length <= 24 && LIST_HEADING.test(line)) kind = Kind.Heading;
    // a title with its stamp, after the body: a header's byline (南宁发布 2022-07-02 08:20) comes before it
    else if (bodySeen && line.length < LINK_LINE && !/[。；;]/.test(line) && TITLE_AND_STAMP.test(line)) kind = Kind.Listed;
    if (line.length >= BODY_LINE || (line.length >= 24 && line.endsWith('。'))) bodySeen = true;
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
    if (nl < 0) break;
    start = nl + 1;
  }
  const furniture = new Uint8Array(kinds.length);
  let inList = false;
  let prev = -1; // the last non-blank line
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === Kind.Blank) continue;
    const line = text.slice(starts[i], ends[i]).trim();
    if (kind === Kind.Heading) inList = true;
    // the links under a heading: short lines, none a sentence
    else if (inList && (line.length >= LINK_LINE || line.endsWith('。'))) inList = false;
    if (kind === Kind.Stamp || kind === Kind.Heading || inList) furniture[i] = 1;
    // two titles with stamps in a row are a list of other articles (one alone may be the article's own sign-off)
    if (kind === Kind.Listed && prev >= 0 && kinds[prev] === Kind.Listed) furniture[i] = furniture[prev] = 1;
    prev = i;
  }
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < kinds.length; i++) {
    if (!furniture[i]) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] === starts[i] - 1) last[1] = ends[i];
    else spans.push([starts[i], ends[i]]);
  }
  return spans;
}

/** Whether pos lies in one of the spans (in order). */
export function inSpans(spans: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < spans[lo - 1][1];
}
