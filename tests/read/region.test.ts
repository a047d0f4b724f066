// The article's own region: the place the article reports on, read from its
// headline, opening and the shape of its lists (examples card E23, SPEC).
import { describe, expect, it } from 'vitest';
import { articleRegion } from '../../src/read/region.js';
import { findPlaces } from '../../src/lexicon/places.js';

const region = (text: string, title: string | null = null) => articleRegion(text, title)?.full ?? null;

describe('articleRegion', () => {
  it('is 全国 for a bulletin that opens with the country\'s count, even when it names provinces', () => {
    expect(region('1月22日0-24时,国内收到报告新增确诊病例131例(湖北省70例、广东省20例、浙江省41例)。')).toBe('全国');
    expect(region('4月8日0—24时,全国新增确诊病例526例。\n辽宁312例,其中大连市290例、沈阳市22例;\n山东193例。')).toBe('全国');
  });

  it('is 全国 for a list of provinces, each with a count or opening a line', () => {
    expect(region('广东500例,其中广州市423例;\n河南178例;\n重庆123例,其中大足区33例;\n北京12例。')).toBe('全国');
    expect(region('辽宁省盘锦市新发现2例;\n甘肃省陇南市康县新发现2例;\n重庆市黔江区新发现1例;\n贵州省黔西南州新发现1例。')).toBe('全国');
  });

  it('is 全国 for a summary of row labels under a national line', () => {
    expect(region('【全国 确诊 8214 例，疑似 13026 例】\n#河南 确诊 298 例，治愈 5 例\n#湖南 确诊 277 例\n#甘肃 确诊 29 例\n#浙江 确诊 9 例')).toBe('全国');
  });

  it('is 全国 for a summary that gives the rest of the world a row beside a province', () => {
    expect(region('#湖北 确诊 4586 例，治愈 90 例\n#国外 确诊 43 例，治愈 3 例')).toBe('全国');
    expect(region('#湖北 确诊 4586 例，治愈 90 例\n#武汉 确诊 3000 例')).toBe('湖北省');
  });

  it('keeps the city its headline names, when the body quotes the national count', () => {
    expect(region('12月25日0—24时,全国新增本土确诊病例180例,其中陕西省151例。西安市商务局介绍,全市蔬菜储备5000吨。', '西安市生活物资保供情况通报')).toBe('西安市');
  });

  it('is 台湾 for a release of Taiwan\'s command centre, whatever county or country it names most', () => {
    expect(region('中央流行疫情指挥中心今日公布新增境外移入病例30例,分别自菲律宾(8例)、香港(各2例)移入。')).toBe('台湾省');
    expect(region('国内新增152例本土病例,居住县市为台中市(60例)、台南市(41例)、台中市复验。')).toBe('台湾省');
  });

  it('does not take 本省外市 (the province\'s other cities) as speaking for the province', () => {
    expect(region('成都市卫健委通报,成都新增本土感染者316例,其中外省来(返)蓉感染者36例,本省外市来(返)蓉以及本地感染者280例。', '成都新增本土感染者316例')).toBe('成都市');
  });
});

describe('findPlaces and road names', () => {
  it('does not read a road named after a place as that place', () => {
    const names = (t: string) => findPlaces(t).map((p) => p.full);
    expect(names('居住于中山北路100弄、南京西路1号、四川路2号')).toEqual([]);
    expect(names('居住于中山街道、浦东新区')).toEqual(expect.arrayContaining(['浦东新区']));
  });
});
