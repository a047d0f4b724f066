// The article's own region: national bulletins are 全国; otherwise the place
// the article names most, weighted towards its title, at the level the
// article speaks of itself (全省/我省 -> the province, 全市/我市 -> the city).
import { findPlaces, type Place } from './places.js';

const NATIONAL = /31个省(?:\(自治区、直辖市\))?和新疆生产建设兵团/;
const NATIONAL_PLACE: Place = { name: '全国', full: '全国', level: 1, province: '全国', city: null };

export function articleRegion(text: string, title: string | null): Place | null {
  if (NATIONAL.test(text)) return NATIONAL_PLACE;
  const scores = new Map<string, { place: Place; score: number; first: number }>();
  const add = (p: Place, w: number, pos: number) => {
    const key = p.full;
    const cur = scores.get(key) ?? { place: p, score: 0, first: pos };
    cur.score += w;
    scores.set(key, cur);
  };
  const head = text.slice(0, 400);
  for (const p of findPlaces(text)) {
    if (p.full === '港澳台地区') continue;
    const after = text.slice(p.end, p.end + 2);
    let w = 1;
    if (head.includes(p.name) && p.start < 400) w += 0.5;
    if (title && title.includes(p.name)) w += 0.5;
    // 太原市 spelled out, or followed by an institution, speaks of the place itself
    if (p.name === p.full) w += 0.25;
    if (/^[卫疫政新人委]/.test(after)) w += 0.5;
    add(p, w, p.start);
  }
  if (/本港|全港/.test(text)) return scores.get('香港特别行政区')?.place ?? { name: '香港', full: '香港特别行政区', level: 1, province: '香港特别行政区', city: null };
  if (scores.size === 0) return null;
  // a city's districts count for the city, a province's cities for the province, at half weight
  const total = new Map<string, number>();
  for (const { place, score } of scores.values()) {
    total.set(place.full, (total.get(place.full) ?? 0) + score);
    if (place.level === 3 && place.city) total.set(place.city, (total.get(place.city) ?? 0) + score * 0.4);
    if (place.level >= 2) total.set(place.province, (total.get(place.province) ?? 0) + score * 0.3);
  }
  const selfProvince = (text.match(/全省|我省|本省/g) ?? []).length;
  const selfCity = (text.match(/全市|我市|本市/g) ?? []).length;
  let best: { full: string; score: number } | null = null;
  for (const [full, score] of total) {
    if (!best || score > best.score) best = { full, score };
  }
  if (!best) return null;
  const bestPlace = scores.get(best.full)?.place ?? placeByFull(scores, best.full);
  if (!bestPlace) return null;
  if (selfProvince > selfCity && bestPlace.level >= 2 && total.has(bestPlace.province)) {
    return scores.get(bestPlace.province)?.place ?? bestPlace;
  }
  return bestPlace;
}

function placeByFull(scores: Map<string, { place: Place }>, full: string): Place | null {
  for (const { place } of scores.values()) {
    if (place.city === full) return { ...place, name: full, full, level: 2 };
    if (place.province === full) return { ...place, name: full, full, level: 1, city: null };
  }
  return null;
}
