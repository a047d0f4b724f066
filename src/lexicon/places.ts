// Place names of GB/T 2260 (china-area-data): provinces, cities and districts,
// with the short forms the reports use (湖北 for 湖北省, 太原 for 太原市), plus
// the Hong Kong, Macau and Taiwan names the national bulletins list.
import { createRequire } from 'node:module';
import { traditionalTable } from '../text/script.js';
import { BigramFilter } from '../util/bigrams.js';
import { charIs, CharSet, isCloseParenCode } from '../util/charset.js';
import { COUNTRIES } from './countries.data.js';

export interface Place {
  /** the name as it appears in the text */
  name: string;
  /** the full official name */
  full: string;
  /** 1 province-level, 2 city-level, 3 district-level */
  level: 1 | 2 | 3;
  /** full name of the province this place is in */
  province: string;
  /** full name of the city-level parent (level 3), or itself (level 2) */
  city: string | null;
  /** a country or territory outside China (level 1, its own province) */
  country?: boolean;
}

/** Country names that are also common words or parts of them (沿海地区, 马里兰, 朝鲜族): not read as countries. */
const COMMON_WORD_COUNTRIES = new Set(['海地', '马里', '多哥', '乍得', '中非', '加蓬', '不丹', '约旦', '关岛', '黑山', '苏丹', '圣诞岛', '百慕大',
  '瑙鲁', '汤加', '纽埃', '托克劳', '马恩岛', '泽西岛', '根西岛', '几内亚', '刚果', '法属圭亚那']);

// Taiwan's counties and special municipalities are not in GB/T 2260's tree.
const TAIWAN = ['新北市', '桃园市', '宜兰县', '新竹县', '苗栗县', '彰化县', '南投县', '云林县', '嘉义县', '屏东县', '台东县',
  '花莲县', '澎湖县', '金门县', '连江县'];

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const ETHNIC_DISTRICT = /(?:回族|满族|蒙古族|土家族|苗族|彝族|壮族|藏族|朝鲜族)(区|县)$/;

// first code unit (CJK block offset) -> second code unit -> places, longest name first
let index: Array<Map<number, Place[]> | undefined> | null = null;
/** 1 where a place name starts with the character */
let starts: CharSet | null = null;
/** the first two characters of every place name */
let beginnings: BigramFilter | null = null;

function simplify(s: string): string {
  const t = traditionalTable();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(t[c] || c);
  }
  return out;
}

/** Every place by its name, the first one of a name kept: the area data's provinces, cities and districts, then Taiwan's, the names of the regions outside the mainland, and countries. */
function placesByName(): Map<string, Place> {
  const require = createRequire(import.meta.url);
  const data = require('china-area-data/data.json') as Record<string, Record<string, string>>;
  const byName = new Map<string, Place>();
  const add = (name: string, place: Omit<Place, 'name'>) => {
    if (name.length < 2 || byName.has(name)) return;
    // every place of one shape, so that the lookups that read them stay monomorphic
    byName.set(name, { name, full: place.full, level: place.level, province: place.province, city: place.city, country: place.country === true });
  };
  const provinces = data['86'];
  for (const [pcode, pnameRaw] of Object.entries(provinces)) {
    const pname = simplify(pnameRaw);
    const province = { full: pname, level: 1 as const, province: pname, city: null };
    add(pname, province);
    add(pname.replace(PROVINCE_SUFFIX, ''), province);
    const cities = data[pcode] ?? {};
    for (const [ccode, cnameRaw] of Object.entries(cities)) {
      let cname = simplify(cnameRaw);
      // the districts of 北京, 上海, 天津, 重庆 sit under a placeholder 市辖区 or 县: the city is the municipality
      const municipality = cname === '市辖区' || cname === '县';
      if (municipality) cname = pname;
      const city = { full: cname, level: 2 as const, province: pname, city: cname };
      if (!municipality) {
        add(cname, city);
        const short = cname.replace(/(?:市|地区|盟|自治州)$/, '');
        if (short.length >= 2 && short !== cname) add(short, city);
      }
      for (const dnameRaw of Object.values(data[ccode] ?? {})) {
        const dname = simplify(dnameRaw);
        if (dname === '市辖区' || dname.length < 3) continue;
        const level = pname.endsWith('特别行政区') ? 2 : 3;
        const district = { full: dname, level: level as 2 | 3, province: pname, city: level === 3 ? cname : dname };
        add(dname, district);
        const plain = dname.replace(ETHNIC_DISTRICT, '$1');
        if (plain !== dname) add(plain, district);
      }
    }
  }
  for (const name of TAIWAN) add(name, { full: name, level: 2, province: '台湾省', city: name });
  add('港澳台地区', { full: '港澳台地区', level: 1, province: '港澳台地区', city: null });
  add('中国香港', { full: '香港特别行政区', level: 1, province: '香港特别行政区', city: null });
  add('中国澳门', { full: '澳门特别行政区', level: 1, province: '澳门特别行政区', city: null });
  add('中国台湾', { full: '台湾省', level: 1, province: '台湾省', city: null });
  add('台湾地区', { full: '台湾省', level: 1, province: '台湾省', city: null });
  for (const [, full, names] of COUNTRIES) {
    for (const name of names) {
      if (!COMMON_WORD_COUNTRIES.has(name)) add(name, { full, level: 1, province: full, city: null, country: true });
    }
  }
  return byName;
}

function build(): Array<Map<number, Place[]> | undefined> {
  const byName = placesByName();
  const idx: Array<Map<number, Place[]> | undefined> = new Array(0xa000 - 0x4e00);
  for (const p of byName.values()) {
    const first = p.name.charCodeAt(0) - 0x4e00;
    if (first < 0 || first >= idx.length) continue;
    const second = (idx[first] ??= new Map());
    const list = second.get(p.name.charCodeAt(1)) ?? [];
    list.push(p);
    second.set(p.name.charCodeAt(1), list);
  }
  for (const second of idx) if (second) for (const list of second.values()) list.sort((a, b) => b.name.length - a.name.length);
  starts = new CharSet([...byName.values()].map((p) => p.name.charCodeAt(0)));
  beginnings = new BigramFilter();
  for (const p of byName.values()) beginnings.add(p.name.charCodeAt(0), p.name.charCodeAt(1));
  return idx;
}

// (a Map: the gazetteer's names are built strings, and looking one up as an object's key looks it up in the string table first)
const OUTSIDE_MAINLAND = new Map([['香港特别行政区', '香港'], ['澳门特别行政区', '澳门'], ['台湾省', '台湾']]);

/**
 * Where imported cases came from, as a subject names it: a country (美國 -> 美国), or Hong Kong, Macau or
 * Taiwan (中国香港 -> 香港); null for any other place or none.
 */
export function abroadNamed(name: string): string | null {
  const p = placeAt(name, 0);
  return !p || p.name.length !== name.length ? null : abroadNameOf(p);
}

/** The name a country, or Hong Kong, Macau or Taiwan, goes by as a subject; null for a place in the mainland. */
function abroadNameOf(p: Place): string | null {
  return p.country ? p.full : OUTSIDE_MAINLAND.get(p.full) ?? null;
}

/** A country, or Hong Kong, Macau or Taiwan: a place imported cases may come from. */
export function isAbroad(p: Place): boolean {
  return abroadNameOf(p) !== null;
}

/** Whether any place name may start in the text between from and to: a cheap test before any lookup. */
export function mayHoldPlace(text: string, from = 0, to = text.length): boolean {
  index ??= build();
  for (let i = from; i < to - 1; i++) if (starts!.has(text.charCodeAt(i)) && beginnings!.has(text.charCodeAt(i), text.charCodeAt(i + 1))) return true;
  return false;
}

/** Whether a place name ends right at `end` (新北市 in 新北市(900)), looking back a few characters only. */
export function placeEndsAt(text: string, end: number): boolean {
  for (let k = 2; k <= 8 && k <= end; k++) {
    const p = placeAt(text, end - k);
    if (p && p.name.length === k) return true;
  }
  return false;
}

/** The longest place name starting at `pos`, or null. */
export function placeAt(text: string, pos: number): Place | null {
  index ??= build();
  if (!beginnings!.has(text.charCodeAt(pos), text.charCodeAt(pos + 1))) return null;
  return lookUp(index, text, pos);
}

/** The index lookup of placeAt, for callers that have already ruled the position in. */
function lookUp(idx: Array<Map<number, Place[]> | undefined>, text: string, pos: number): Place | null {
  const second = idx[text.charCodeAt(pos) - 0x4e00];
  if (!second) return null;
  const list = second.get(text.charCodeAt(pos + 1));
  if (!list) return null;
  for (const p of list) if (text.startsWith(p.name, pos)) return p;
  return null;
}

export interface PlaceMention extends Place {
  start: number;
  end: number;
}

/** 北京时间, (北京时): a place name that only names a clock, not where anything happened (在北京时 stays a place). */
function isTimeZone(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x65f6) return false; // 时
  const after = text.charCodeAt(end + 1);
  return after === 0x95f4 || isCloseParenCode(after); // 间, or the ) closing (北京时)
}

const DIRECTIONS = new CharSet('东南西北中');

/** 中山北路, 南京西路, 四川路: a place name that names a road, not where anything happened (中山街道 stays a place). */
function isRoadName(text: string, end: number): boolean {
  let at = end;
  if (DIRECTIONS.has(text.charCodeAt(at))) at++;
  return charIs(text, at, '路') || charIs(text, at, '巷') || charIs(text, at, '弄') || (charIs(text, at, '街') && !charIs(text, at + 1, '道')) ||
    text.startsWith('大道', at);
}

/** Every place name in the text, left to right, longest match first. */
export function findPlaces(text: string): PlaceMention[] {
  const idx = (index ??= build());
  const first = starts!;
  const filter = beginnings!;
  const out: PlaceMention[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // two cheap rejections inline: most characters start no place name
    if (!first.has(c) || !filter.has(c, text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const p = lookUp(idx, text, i);
    if (p && (isTimeZone(text, i + p.name.length) || isRoadName(text, i + p.name.length) || (p.country && charIs(text, i + p.name.length, '族')))) {
      i += p.name.length;
      continue;
    }
    if (p) {
      out.push({ name: p.name, full: p.full, level: p.level, province: p.province, city: p.city, country: p.country, start: i, end: i + p.name.length });
      i += p.name.length;
    } else i++;
  }
  return out;
}

/** A label that names a place by its form (小店区, 高新区, 犀浦街道) even if not in the gazetteer. */
export const PLACE_FORM = /^[\u4e00-\u9fa5]{1,8}(?:特别行政区|自治区|新区|地区|街道|社区|区|县|市|旗|镇|乡|省|州|盟|村)$/;
