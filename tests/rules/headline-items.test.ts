// A headline or summary line lists the day's figures set apart by spaces: a
// space after a count's unit ends its item, so the count never takes the cue
// word of the item after it (examples card E14).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const counts = (text: string) => extract(text, { year: 2022 }).figures.map((f) => `${f.metric} ${f.value}`);

describe('headline items set apart by spaces', () => {
  it('reads each count with the cue of its own item', () => {
    expect(counts('长春市3月9日 新增本土确诊病例3例 新增境外输入无症状感染者5例 治愈出院10例')).toEqual([
      'cases.confirmed 3', 'cases.asymptomatic 5', 'cases.discharged 10',
    ]);
  });

  it('leaves a count whose item has no cue of its own unread rather than take the next item\'s', () => {
    // 新增境外输入12例 is a count of cases in the body; here the line alone names no metric for it
    const got = counts('上海2022年2月10日 新增境外输入12例  治愈出院29例 解除医学观察无症状感染者1例');
    expect(got).toContain('cases.discharged 29');
    expect(got).toContain('cases.released 1');
    expect(got).not.toContain('cases.discharged 12');
    expect(got).not.toContain('cases.released 29');
  });

  it('still reads a cue written after the count in the same item', () => {
    expect(counts('本港今日新增338宗确诊个案。')).toEqual(['cases.confirmed 338']);
  });
});
