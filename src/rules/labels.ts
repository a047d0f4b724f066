// The words right before or after a number that say what part it is (小店区24例,
// 3万例男性, 新北市(16,609例)), and the place names inside them.
import type { Mention } from '../read/mentions.js';
import { PLACE_FORM, placeAt } from '../lexicon/places.js';
import { CharSet, isDigitCode, isListCode, WHITESPACE_CHARS } from '../util/charset.js';

/** Where a number's phrase ends, on either side: clause punctuation, list marks and parentheses. */
export const RIGHT_STOP = new CharSet(',，;；。!?！？\n、()（）:：');


/** 新北市(16,609例): the label before the parenthesis that holds the number. */
export function labelBeforeParenthesis(text: string, m: Mention, sentenceStart: number): string {
  return labelBefore(text, { ...m, start: m.start - 1 }, Math.max(sentenceStart, m.start - 17)).text;
}

/** The 、-separated names right before pos (南投县、云林县及台东县各), back to a comma or a number. */
export function listBefore(text: string, pos: number, bound: number): string {
  let s = pos;
  while (s > bound && pos - s < 60 && isListCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, pos).replace(/^(?:其中|当中|为|有|分布为|分别为)/, '');
}

/** Words a label may open with that are not part of it (其中, 分别为, 以及), and their first characters. */
const LEAD_WORDS = /^(?:其中|当中|其余|另有|另|含|包括|分别为|分别|均为|为|有|共|计|是|以及|及|和|与|\s)+/;
const LEAD_FIRST = new CharSet(WHITESPACE_CHARS + '其当另含包分均为有共计是以及和与');

/** A breakdown label right before a number: 小店区24例, 湖北省1921例, 男性 in 3万例男性. */
export function labelBefore(text: string, m: Mention, bound: number): { text: string; start: number } {
  let s = m.start;
  // a label is words: it ends at a number before it (19 095宗快速抗原测试阳性个案(13 973宗…)
  while (s > bound && !RIGHT_STOP.has(text.charCodeAt(s - 1)) && !isDigitCode(text.charCodeAt(s - 1)) && m.start - s < 16) s--;
  let label = text.slice(s, m.start);
  // 和平区, 和田地区: a place name that begins like a conjunction keeps its first character
  const strip = placeAt(label, 0) || !LEAD_FIRST.has(label.charCodeAt(0)) ? null : LEAD_WORDS.exec(label);
  if (strip) {
    s += strip[0].length;
    label = label.slice(strip[0].length);
  }
  return { text: label.trim(), start: s };
}

export function labelAfter(text: string, m: Mention, bound: number): string {
  let e = m.end;
  while (e < bound && !RIGHT_STOP.has(text.charCodeAt(e)) && e - m.end < 14) e++;
  let label = text.slice(m.end, e);
  const found = /^在(.{2,20}?)中?(?:发现|检出|筛查出)/.exec(label);
  if (found) label = found[1];
  // 978例本土及…: an origin is not what is counted
  return label.replace(/^(?:为|是|系|与)/, '').replace(/(?:有关|相关|及|和|、)$/, '')
    .replace(/^(?:境外输入|境外移入|输入|本土|本地)(?:病例|个案)?$/, '').trim();
}

/** 郑州市郑东新区, 安阳市滑县: a named place written after the city it is in is that place. */
export function innermostPlace(label: string): string {
  const outer = placeAt(label, 0);
  const rest = outer ? label.slice(outer.name.length) : '';
  // 台湾地区, 太原市区: a generic word after a place is no place of its own
  return outer && outer.level <= 2 && rest.length >= 2 && PLACE_FORM.test(rest) &&
    !/^(?:地区|城区|市区|辖区|郊区|景区|园区|社区|全区|各区|全县|各县|全市|各市)$/.test(rest) ? rest : label;
}
