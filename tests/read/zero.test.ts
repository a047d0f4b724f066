import { describe, expect, it } from 'vitest';
import { findZeroFigures } from '../../src/read/zero.js';

const read = (text: string) => findZeroFigures(text).map((z) => [z.metric, z.modifiers, text.slice(z.start, z.end)]);

describe('findZeroFigures: zero stated in words', () => {
  it('无新增死亡病例', () => {
    expect(read('累计治愈出院病例40例,无新增死亡病例。')).toEqual([['cases.deaths', '新增', '无新增死亡病例']]);
  });

  it('one zero per noun of a 、 list', () => {
    expect(read('无新增报告境外输入确诊病例、疑似病例、无症状感染者。')).toEqual([
      ['cases.confirmed', '新增报告境外输入', '无新增报告境外输入确诊病例、疑似病例、无症状感染者'],
      ['cases.suspected', '新增报告境外输入', '无新增报告境外输入确诊病例、疑似病例、无症状感染者'],
      ['cases.asymptomatic', '新增报告境外输入', '无新增报告境外输入确诊病例、疑似病例、无症状感染者'],
    ]);
  });

  it('reclassified, severe and current', () => {
    expect(read('当日无转为确诊病例。').map((r) => r[0])).toEqual(['cases.reclassified']);
    expect(read('目前无重症病例,').map((r) => r[0])).toEqual(['cases.severe']);
    expect(read('无现有确诊病例。')).toEqual([['cases.confirmed', '现有', '无现有确诊病例']]);
  });

  it('无新增无症状感染者 is a zero of asymptomatic infections', () => {
    expect(read('无新增无症状感染者。').map((r) => r[0])).toEqual(['cases.asymptomatic']);
  });

  const none: Array<[string, string]> = [
    ['新增无症状感染者5例', 'the 无 of 无症状 is not a zero'],
    ['无症状感染者转为确诊病例2例', 'a count, not a zero'],
    ['无新增病例的小区', '病例 alone does not say which count'],
    ['无死亡病例报告的地区有12个', 'the noun continues: not a statement of zero'],
  ];
  for (const [text, why] of none) {
    it(`${text} (${why})`, () => expect(read(text)).toEqual([]));
  }
});
