// Page furniture left in a page's plain text: a related-links list under its
// heading (相关新闻, 推荐阅读, …), a run of title lines each ending in a
// timestamp after the body, crawl stamps and copyright lines. Their dates are
// the dates of other pages or of the copy, never the article's: they give
// neither the publication date nor the year.
import { CharSet, WHITESPACE } from '../util/charset.js';

/** A line that heads a list of links to other articles (【相关新闻】, 推荐阅读：). */
const LIST_HEADING = /^[【[]?(?:相关(?:新闻|阅读|链接|报道|文章|稿件|推荐)|推荐阅读|延伸阅读|往期(?:回顾|推荐|精选)|热点推荐|热门(?:推荐|文章|新闻)|猜你喜欢|更多(?:阅读|新闻|精彩)|精彩推荐)[】\]]?(?:\s?[:：].*)?$/;
/** A crawl or archive stamp, a copyright line. */
const STAMP_LINE = /抓取(?:时间|于)|采集(?:时间|于)|保存(?:时间|于)|存档时间|归档时间|网页快照|访问(?:时间|日期)|截图时间|copyright|©|版权所有/i;
/** A title followed by its timestamp (长春市民生物资保供稳定 2026-01-22 10:15). */
const TITLE_AND_STAMP = /\S\s{1,4}[(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?[)）]?$/;

/** The first characters of STAMP_LINE's words: a line without one is no stamp, and the pattern is not tried on it. */
const STAMP_FIRST = new CharSet('抓采保存归网访截cC©版');
/** Whether text[a, b) is a crawl stamp or copyright line: cut out only when it holds a first character of one. */
const isStampLine = (text: string, a: number, b: number) => STAMP_FIRST.anyIn(text, a, b) && STAMP_LINE.test(text.slice(a, b));
/** The last characters of a title-and-stamp line. */
const STAMP_END = new CharSet('0123456789)）日');

/** A line of article text is this long, or a sentence; headings, bylines and stamps are shorter. */
const BODY_LINE = 60;
/** Lines longer than this are body text (a stamp or copyright line is shorter). */
const LONG_LINE = 200;
/** Links of a related-links list are short lines. */
const LINK_LINE = 50;

/** What a line is: kinds of lines, as numbers. */
const Kind = { Blank: 0, Other: 1, Stamp: 2, Heading: 3, Listed: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const FULL_STOP = 0x3002; // 。
const DIGITS = new CharSet('0123456789');
/** The first characters of LIST_HEADING's lines. */
const HEADING_FIRST = new CharSet('【[相推延往热猜更精');
const SENTENCE_MARKS = new CharSet('。；;');

/** What the trimmed line text[a, b) is, on its own (bodySeen: body text came before it). */
function kindOfLine(text: string, a: number, b: number, bodySeen: boolean): Kind {
  const length = b - a;
  if (length === 0) return Kind.Blank;
  // only a stamp with a date in it matters: a line without a digit is looked at only as a heading
  if (DIGITS.anyIn(text, a, b) && isStampLine(text, a, b)) return Kind.Stamp;
  if (length <= 24 && HEADING_FIRST.has(text.charCodeAt(a)) && LIST_HEADING.test(text.slice(a, b))) return Kind.Heading;
  // a title with its stamp, after the body: a header's byline (南宁发布 2022-07-02 08:20) comes before it
  if (bodySeen && length < LINK_LINE && STAMP_END.has(text.charCodeAt(b - 1)) && !SENTENCE_MARKS.anyIn(text, a, b) &&
    TITLE_AND_STAMP.test(text.slice(a, b))) return Kind.Listed;
  return Kind.Other;
}

/** The spans [start, end) of the text that are page furniture, in order. */
export function furnitureSpans(text: string): Array<[number, number]> {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: Kind[] = [];
  let bodySeen = false;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // a long line is body text: not cut out and looked at
    const long = end - start > LONG_LINE;
    let kind: Kind = Kind.Other;
    if (long) bodySeen = true;
    else {
      // the line trimmed, as bounds: it is cut out only for a pattern that may match it
      let a = start;
      let b = end;
      while (a < b && WHITESPACE.has(text.charCodeAt(a))) a++;
      while (b > a && WHITESPACE.has(text.charCodeAt(b - 1))) b--;
      kind = kindOfLine(text, a, b, bodySeen);
      const length = b - a;
      if (length >= BODY_LINE || (length >= 24 && text.charCodeAt(b - 1) === FULL_STOP)) bodySeen = true;
    }
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
    if (kind === Kind.Heading) inList = true;
    else if (inList) {
      // the links under a heading: short lines, none a sentence
      const line = text.slice(starts[i], Math.min(ends[i], starts[i] + LONG_LINE + 1)).trim();
      if (line.length >= LINK_LINE || line.endsWith('。')) inList = false;
    }
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

/**
 * Whether a position of the text is in its furniture. A position on a long
 * line that is no stamp is answered at once; the spans of the whole text are
 * found on the first question they are needed for.
 */
export function furnitureTest(text: string): (pos: number) => boolean {
  let spans: Array<[number, number]> | null = null;
  return (pos) => {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    // headings, their links and titles with stamps are short lines; stamps and copyright lines are shorter than a long one
    if (end - start >= LINK_LINE + 8 && (end - start > LONG_LINE || !isStampLine(text, start, end))) return false;
    return inSpans(spans ??= furnitureSpans(text), pos);
  };
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
