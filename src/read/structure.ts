// The text's structure as sorted boundary lists: paragraphs (lines),
// sentences and clauses, and the spans where numbers are not statements
// (questions, related-reading links, book titles).
import { CharSet, isDigitCode } from '../util/charset.js';

export interface Structure {
  /** start offsets of paragraphs, sentences, clauses (sorted) */
  paragraphs: number[];
  sentences: number[];
  clauses: number[];
  /** spans [start, end) whose numbers are not figures */
  excluded: Array<[number, number]>;
}

const SENTENCE_END = new CharSet('。!?！？\n');
const CLAUSE_END = new CharSet('。!?！？\n,，;；:：');

const BRACKETED: ReadonlyArray<readonly [string, string, number, readonly string[] | null]> = [
  ['【', '】', 200, ['相关阅读', '延伸阅读', '推荐阅读', '相关新闻', '相关链接', '推荐']],
  ['《', '》', 80, null],
];

export function analyzeStructure(text: string): Structure {
  const paragraphs = [0];
  const sentences = [0];
  const clauses = [0];
  const excluded: Array<[number, number]> = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!CLAUSE_END.has(c)) continue;
    // 6,585,030 and 10:30: a separator inside a number ends no clause
    if ((c === 0x2c || c === 0x3a) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue;
    clauses.push(i + 1);
    if (!SENTENCE_END.has(c)) continue;
    if (c === 0x0a) paragraphs.push(i + 1);
    // a question is not a statement of fact
    if ((c === 0x3f || c === 0xff1f) && i > sentenceStart) excluded.push([sentenceStart, i + 1]);
    sentences.push(i + 1);
    sentenceStart = i + 1;
  }
  // 【相关阅读:…】 and similar link boxes; 《…》 titles (scanned with indexOf: linear)
  for (const [open, close, max, lead] of BRACKETED) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      if (lead && !lead.some((w) => text.startsWith(w, i + 1))) continue;
      const end = text.indexOf(close, i + 1);
      if (end < 0 || end - i > max) continue;
      const nl = text.indexOf('\n', i + 1);
      if (nl >= 0 && nl < end) continue;
      excluded.push([i, end + 1]);
    }
  }
  excluded.sort((a, b) => a[0] - b[0]);
  return { paragraphs, sentences, clauses, excluded };
}

/** Index of the last boundary <= pos (binary search). */
export function indexAt(bounds: number[], pos: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function startOf(bounds: number[], pos: number): number {
  return bounds[indexAt(bounds, pos)];
}

export function isExcluded(s: Structure, pos: number): boolean {
  // spans are sorted by start and do not nest deeply: look at the last few starting before pos
  let lo = 0;
  let hi = s.excluded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.excluded[mid][0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (pos < s.excluded[i][1]) return true;
  return false;
}

const ZHONG = 0x4e2d; // 中
const QI = 0x5176; // 其
const DANG = 0x5f53; // 当
/** The marks after 中 that close a topic (新增确诊病例中, 轻型5例). */
const TOPIC_CLOSE = new CharSet([',', '，', ':', '：']);

/** Whether a topic's close, 中 and a comma or colon (新增确诊病例中,), starts at i. */
export function closesTopicAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === ZHONG && TOPIC_CLOSE.has(text.charCodeAt(i + 1));
}

/**
 * Whether text[from, to) holds a topic's close; with `ownOnly`, not the 中 of 其中 or 当中. A scan of
 * the span: rules ask this of every number.
 */
export function closesTopic(text: string, from: number, to: number, ownOnly = false): boolean {
  for (let i = from; i < to - 1; i++) {
    if (!closesTopicAt(text, i)) continue;
    const before = i > from ? text.charCodeAt(i - 1) : NaN;
    if (!ownOnly || (before !== QI && before !== DANG)) return true;
  }
  return false;
}
