// What exactly a figure counts, in the text's words: goods for supplies, the
// test kind for tests, who for staff, the group or cluster for cases.
import { placeAt } from '../lexicon/places.js';

/** Words around a subject that are not part of it; stripped by plain loops (linear, no backtracking). */
const SUBJECT_PREFIX_NOISE = [' ', ',', '，', '、', '分别', '全市', '全区', '全省', '我市', '本市', '各类', '累计', '共计', '合计', '总计',
  '共', '已经', '已', '目前', '现有', '现', '从', '向', '对', '为', '将', '其中', '当中', '此外', '同时', '另外', '免费', '陆续', '库存',
  '储备', '增加到', '增至', '达到', '达', '约', '的'];
const SUBJECT_SUFFIX_NOISE = ['分别', '陆续', '已', '将', '共', '均', '的', '增加到', '增至', '达到', '达', '为', '共计', '合计', '总计', '日均', '每日', '日',
  '预计总', '预计', '总'];

export function stripWords(s: string, prefixes: readonly string[], suffixes: readonly string[]): string {
  let a = 0;
  let b = s.length;
  for (let again = true; again && a < b; ) {
    again = false;
    for (const w of prefixes) if (s.startsWith(w, a) && a + w.length <= b) { a += w.length; again = true; break; }
  }
  for (let again = true; again && a < b; ) {
    again = false;
    for (const w of suffixes) if (b - w.length >= a && s.startsWith(w, b - w.length)) { b -= w.length; again = true; break; }
  }
  return s.slice(a, b);
}

/** The text before the first of the words (linear: one indexOf per word). */
export function cutAtFirst(s: string, words: readonly string[]): string {
  let cut = s.length;
  for (const w of words) {
    const i = s.indexOf(w);
    if (i >= 0 && i < cut) cut = i;
  }
  return s.slice(0, cut);
}

/** 武汉蔬菜 -> 蔬菜: the place goods are in is the figure's region, not what it counts. */
export function withoutPlace(s: string): string {
  const p = placeAt(s, 0);
  return p && s.length - p.name.length >= 2 ? s.slice(p.name.length) : s;
}

export function cleanSubject(s: string): string | null {
  const t = stripWords(s, SUBJECT_PREFIX_NOISE, SUBJECT_SUFFIX_NOISE).replace(/^[“"]|[”"]$/g, '').trim();
  if (t.length < 2 || t.length > 20 || /[0-9]/.test(t)) return null;
  return t;
}

/** 第二轮, 第5轮: a round of mass testing. */
const ROUND = /第[一二三四五六七八九十\d]{1,3}轮/g;

/** The last round of mass testing named in the words (第二轮), or null. */
export function lastTestingRound(words: string): string | null {
  let round: string | null = null;
  for (const m of words.matchAll(ROUND)) round = m[0];
  return round;
}
