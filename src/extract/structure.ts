// The text's structure as sorted boundary lists: paragraphs (lines),
// sentences and clauses, and the spans where numbers are not statements
// (questions, related-reading links, book titles).

export interface Structure {
  /** start offsets of paragraphs, sentences, clauses (sorted) */
  paragraphs: number[];
  sentences: number[];
  clauses: number[];
  /** spans [start, end) whose numbers are not figures */
  excluded: Array<[number, number]>;
}

const SENTENCE_END = new Set(['。', '!', '?', '！', '？', '\n']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', '，', ';', '；', ':', '：']);

export function analyzeStructure(text: string): Structure {
  const paragraphs = [0];
  const sentences = [0];
  const clauses = [0];
  const excluded: Array<[number, number]> = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') paragraphs.push(i + 1);
    if (SENTENCE_END.has(ch)) {
      // a question is not a statement of fact
      if ((ch === '?' || ch === '？') && i > sentenceStart) excluded.push([sentenceStart, i + 1]);
      sentences.push(i + 1);
      sentenceStart = i + 1;
    }
    if (CLAUSE_END.has(ch)) clauses.push(i + 1);
  }
  // 【相关阅读:…】 and similar link boxes; 《…》 titles
  const LINKS = /【(?:相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接|推荐)[^】\n]{0,200}】|《[^》\n]{0,80}》/g;
  for (let m = LINKS.exec(text); m; m = LINKS.exec(text)) excluded.push([m.index, m.index + m[0].length]);
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
  for (const [a, b] of s.excluded) {
    if (a > pos) break;
    if (pos < b) return true;
  }
  return false;
}
