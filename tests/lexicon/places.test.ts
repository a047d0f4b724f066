// Place names and the article's own region.
import { describe, expect, it } from 'vitest';
import { findPlaces, placeAt } from '../../src/lexicon/places.js';
import { articleRegion } from '../../src/read/region.js';

const names = (text: string) => findPlaces(text).map((p) => `${p.name}>${p.full}`);

describe('findPlaces', () => {
  it('finds full and short names, longest first, with their offsets', () => {
    const found = findPlaces('太原市小店区新增3例,湖北2例。');
    expect(found.map((p) => [p.name, p.full, p.start, p.end])).toEqual([
      ['太原市', '太原市', 0, 3],
      ['小店区', '小店区', 3, 6],
      ['湖北', '湖北省', 11, 13],
    ]);
  });

  it('a place that only names a clock is no place: 北京时间, (北京时)', () => {
    expect(names('北京时间3月1日8时,全球累计确诊')).toEqual([]);
    expect(names('2月12日17:15时(北京时),中国确诊')).toEqual([]);
    // while in Beijing: still the place
    expect(names('他在北京时曾到过超市')).toEqual(['北京>北京市']);
  });

  it('placeAt reads the longest name at a position and nothing inside ordinary words', () => {
    expect(placeAt('浦东新区新增', 0)?.full).toBe('浦东新区');
    expect(placeAt('新增病例', 0)).toBeNull();
  });
});

describe('articleRegion', () => {
  it('a national count with no place named is 全国', () => {
    expect(articleRegion('2月12日17:15时(北京时),中国确诊新型冠状病毒病例44,762例。', null)?.full).toBe('全国');
    expect(articleRegion('全国累计报告确诊病例80000余例。', null)?.full).toBe('全国');
  });

  it('no place and no national count: no region', () => {
    expect(articleRegion('新增确诊病例3例。', null)).toBeNull();
  });

  it('the place the article names, at the level it speaks of itself', () => {
    expect(articleRegion('太原市新增本土确诊病例3例,其中小店区2例、迎泽区1例。全市累计43例。', null)?.full).toBe('太原市');
  });
});

describe('articleRegion: who reports', () => {
  it('the place that reports the totals outweighs the cities listed under it', () => {
    const text = '2月12日0-24时,湖南省报告新增确诊病例22例。其中:\n新增确诊病例中,长沙市5例、邵阳市5例。\n' +
      '截至2月12日24时,湖南省累计报告确诊病例968例。其中:\n确诊病例中,长沙市228例、邵阳市99例、岳阳市148例。\n' +
      '死亡病例中,邵阳市1例、岳阳市1例。\n出院病例中,长沙市57例、邵阳市33例、岳阳市42例。';
    expect(articleRegion(text, null)?.full).toBe('湖南省');
  });
});
