// The article's own region: national bulletins are 全国; otherwise the place
// the title names, else the place the article names most, at the level the
// article speaks of itself (全省/我省 -> the province, 全市/我市 -> a city).
import { findPlaces, type Place, type PlaceMention } from '../lexicon/places.js';

const NATIONAL = /31个省(?:\(自治区、直辖市\))?和新疆生产建设兵团|^\s*31\s?(?:个省份|省份|个省区市|省区市)/;
const NATIONAL_COUNT = /(?:全国|我国|中国)(?:累计|共有|共|现有|今日)?(?:报告|新增)?确诊/;
const NATIONAL_PLACE: Place = { name: '全国', full: '全国', level: 1, province: '全国', city: null };
const HONG_KONG: Place = { name: '香港', full: '香港特别行政区', level: 1, province: '香港特别行政区', city: null };
/** 1月22日0-24时,国内收到报告新增确诊病例131例; 全国新增本土确诊病例: the opening of a national bulletin */
const NATIONAL_OPENING = /(?:全国|国内|我国)\s?(?:累计|共|今日|当日)?(?:收到|报告|新增|现有|确诊)/;
/** Taiwan's epidemic command centre speaks for the island */
const TAIWAN_CENTRE = /中央流行疫情指挥中心/;
/** #国外 确诊 43 例: a summary that gives the rest of the world a row beside its provinces is the country's */
const ABROAD_ROW = /(?:^|\n)[#＃【▲]\s?(?:国外|境外|海外)[】\s:：]/;
const TAIWAN: Place = { name: '台湾', full: '台湾省', level: 1, province: '台湾省', city: null };

/**
 * Provinces each followed by a count of its own (辽宁312例, 山东 193 例) or each opening a line (辽宁省盘锦市新发现…):
 * a list of provinces is a national summary.
 */
function provincesCounted(text: string, mentions: PlaceMention[]): number {
  const seen = new Set<string>();
  for (const p of mentions) {
    if (p.level !== 1 || p.country || seen.has(p.full)) continue;
    // (#河南, 【山东】, ▲河南: a row label's mark before the province)
    const before = text.slice(Math.max(0, p.start - 6), p.start);
    const lineStart = before.lastIndexOf('\n');
    const opensLine = (lineStart >= 0 || p.start <= 6) && /^[\s#＃【▲△■□●○◆◇►▶•·*-]*$/.test(before.slice(lineStart + 1));
    if (opensLine || /^\s?[0-9０-９]/.test(text.slice(p.end, p.end + 2))) seen.add(p.full);
  }
  return seen.size;
}

/** 甘肃日报, 新甘肃客户端: a newspaper's name says little about what the article is about. */
const MEDIA_AFTER = /^(?:日报|晚报|新闻|客户端|电视台|广播|媒体|网|发布|在线|·)/;

export function articleRegion(text: string, title: string | null, allMentions: PlaceMention[] = findPlaces(text)): Place | null {
  // a country is the article's place only when it names no place in China (意大利当天较前一日新增41例)
  const inChina = allMentions.filter((p) => !p.country);
  const mentions = inChina.length > 0 ? inChina : allMentions;
  if (NATIONAL.test(text)) return NATIONAL_PLACE;
  if (/本港|全港/.test(text)) return HONG_KONG;
  // 國內 in a Taiwan release is Taiwan: its command centre, or places mostly on the island, say so
  const inTaiwan = mentions.filter((p) => p.province === '台湾省').length;
  if (TAIWAN_CENTRE.test(text.slice(0, 600)) || (mentions.length > 0 && inTaiwan * 2 > mentions.length)) return TAIWAN;
  const titleNamesPlace = title !== null && findPlaces(title).some((p) => !p.country);
  if (!titleNamesPlace && (NATIONAL_OPENING.test(title ?? '') || NATIONAL_OPENING.test(text.slice(0, 300)) || ABROAD_ROW.test(text) || provincesCounted(text, mentions) >= 4)) {
    return NATIONAL_PLACE;
  }
  const { byFull, own } = placeScores(text, mentions);
  // 中国确诊…病例44,762例 with no place named: the country's own count
  if (byFull.size === 0) return NATIONAL_COUNT.test(text) ? NATIONAL_PLACE : null;
  // a city's districts count for the city, a province's cities for the province, in part
  const total = new Map<string, number>(own);
  for (const [full, score] of own) {
    const p = byFull.get(full)!;
    if (p.level === 3 && p.city) total.set(p.city, (total.get(p.city) ?? 0) + score * 0.4);
    if (p.level >= 2) total.set(p.province, (total.get(p.province) ?? 0) + score * 0.3);
  }
  // the places the title names, if any, are the candidates
  const titlePlaces = title ? [...new Set(findPlaces(title).filter((p) => !p.country || inChina.length === 0).map((p) => p.full))].filter((f) => byFull.has(f)) : [];
  const pool = titlePlaces.length ? titlePlaces : [...total.keys()];
  let best: string | null = null;
  for (const full of pool) if (best === null || (total.get(full) ?? 0) > (total.get(best) ?? 0)) best = full;
  if (!best) return null;
  let chosen = byFull.get(best) ?? placeOf(best, byFull);
  if (!chosen) return null;
  // (本省外市来蓉: the province's other cities, said from one of them)
  const selfProvince = (text.match(/全省|我省|本省(?![外其])/g) ?? []).length;
  const selfCity = (text.match(/全市|我市|本市/g) ?? []).length;
  if (selfProvince > selfCity && chosen.level >= 2) {
    chosen = byFull.get(chosen.province) ?? placeOf(chosen.province, byFull) ?? chosen;
  } else if (selfCity > selfProvince && chosen.level === 1) {
    // 全市: the city of this province the article names most
    let city: string | null = null;
    for (const [full, score] of total) {
      const p = byFull.get(full);
      if (p && p.level === 2 && p.province === chosen.full && (city === null || score > (total.get(city) ?? 0))) city = full;
    }
    if (city) chosen = byFull.get(city)!;
  }
  return chosen;
}

/** Each place the article names, by its full name, and how much the article speaks of it: where and how it is named. */
function placeScores(text: string, mentions: PlaceMention[]): { byFull: Map<string, Place>; own: Map<string, number> } {
  const byFull = new Map<string, Place>();
  const own = new Map<string, number>();
  for (const p of mentions) {
    if (p.full === '港澳台地区') continue;
    const after = text.slice(p.end, p.end + 3);
    let w = MEDIA_AFTER.test(after) ? 0.2 : 1;
    if (p.start < 400) w += 0.5;
    if (p.name === p.full) w += 0.25;
    // 太原市卫健委, 兰州市政府: an institution of the place speaks for it
    if (/^[卫疫政新人委]/.test(after)) w += 0.5;
    // 湖南省报告…, 湖南省累计报告…: the place that reports the article's totals speaks for the article
    if (/^(?:报告|累计|通报|发布|现有)/.test(text.slice(p.end, p.end + 2))) w += 1.5;
    if (!byFull.has(p.full)) byFull.set(p.full, p);
    own.set(p.full, (own.get(p.full) ?? 0) + w);
  }
  return { byFull, own };
}

function placeOf(full: string, byFull: Map<string, Place>): Place | null {
  for (const p of byFull.values()) {
    if (p.city === full) return { ...p, name: full, full, level: 2 };
    if (p.province === full) return { ...p, name: full, full, level: 1, city: null };
  }
  return null;
}
