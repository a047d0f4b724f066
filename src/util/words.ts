// Finding the vocabulary's words in a text: one left-to-right pass, longest
// word first at each position, no overlaps. Linear in the text length times
// the few words that share a first character.
import { BigramFilter } from './bigrams.js';
import { CharSet } from './charset.js';

export interface WordHit<T> {
  start: number;
  end: number;
  word: string;
  data: T;
}

export class WordFinder<T> {
  private readonly byFirst = new Map<number, Array<{ word: string; data: T; notBefore?: readonly string[] }>>();
  /** 1 where some word starts with the character: the first, cheapest rejection */
  private readonly starts = new CharSet();
  /** the first two characters of every longer word: a second rejection before the map lookup */
  private readonly beginnings = new BigramFilter();
  /** 1 where a one-character word is the character */
  private readonly singles = new CharSet();

  /** `notBefore`: words a word is not read before (在治 not in 在治疗): the finder then tries the shorter words. */
  constructor(entries: Iterable<readonly [string, T]>, notBefore?: ReadonlyMap<string, readonly string[]>) {
    for (const [word, data] of entries) {
      if (word.length === 0) continue;
      const key = word.charCodeAt(0);
      this.starts.add(key);
      if (word.length === 1) this.singles.add(key);
      else this.beginnings.add(key, word.charCodeAt(1));
      const list = this.byFirst.get(key) ?? [];
      if (!list.some((e) => e.word === word)) list.push({ word, data, notBefore: notBefore?.get(word) });
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest word starting at pos. */
  at(text: string, pos: number): { word: string; data: T } | null {
    const c = text.charCodeAt(pos);
    if (!this.starts.has(c)) return null;
    if (!this.singles.has(c) && !this.beginnings.has(c, text.charCodeAt(pos + 1))) return null;
    const list = this.byFirst.get(c);
    if (!list) return null;
    for (const e of list) if (text.startsWith(e.word, pos) && !(e.notBefore && followedBy(text, pos + e.word.length, e.notBefore))) return e;
    return null;
  }

  /**
   * Every word occurrence, overlaps included (核酸检测 and 检测能力 in 核酸检测能力),
   * except occurrences inside a longer one (病例 inside 确诊病例).
   */
  findOverlapping(text: string, from = 0, to = text.length): WordHit<T>[] {
    const out: WordHit<T>[] = [];
    let coveredTo = -1;
    for (let i = from; i < to; i++) {
      const e = this.at(text, i);
      if (!e || i + e.word.length > to) continue;
      const end = i + e.word.length;
      if (end <= coveredTo) continue; // inside the previous, longer word
      out.push({ start: i, end, word: e.word, data: e.data });
      coveredTo = end;
    }
    return out;
  }

  findAll(text: string, from = 0, to = text.length): WordHit<T>[] {
    const out: WordHit<T>[] = [];
    for (let i = from; i < to; ) {
      const e = this.at(text, i);
      if (e && i + e.word.length <= to) {
        out.push({ start: i, end: i + e.word.length, word: e.word, data: e.data });
        i += e.word.length;
      } else i++;
    }
    return out;
  }

  /** The last word findAll would find between from and to, without collecting the others. */
  last(text: string, from = 0, to = text.length): WordHit<T> | null {
    let found: { word: string; data: T } | null = null;
    let at = -1;
    for (let i = from; i < to; ) {
      const e = this.at(text, i);
      if (e && i + e.word.length <= to) {
        found = e;
        at = i;
        i += e.word.length;
      } else i++;
    }
    return found ? { start: at, end: at + found.word.length, word: found.word, data: found.data } : null;
  }
}

function followedBy(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos)) return true;
  return false;
}
