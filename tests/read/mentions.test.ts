import { describe, expect, it } from 'vitest';
import { findMentions, readMentions, type Mention } from '../../src/read/mentions.js';

/** The mentions of a text as [quoted span, value, unit, approx]. */
function read(text: string): Array<[string, number, string, Mention['approx']]> {
  return findMentions(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit, m.approx]);
}

describe('findMentions: numbers with units', () => {
  const cases: Array<[string, Array<[string, number, string, Mention['approx']]>]> = [
    ['新增确诊病例43例', [['43例', 43, '例', 'exact']]],
    ['采样955万人次', [['955万人次', 9_550_000, '人次', 'exact']]],
    ['检测30.49万人份', [['30.49万人份', 304_900, '人份', 'exact']]],
    ['四十九例', [['四十九例', 49, '例', 'exact']]],
    ['两名医护人员', [['两名', 2, '名', 'exact']]],
    ['调运蔬菜1,100吨', [['1,100吨', 1100, '吨', 'exact']]],
    ['累计采样2.45亿人次', [['2.45亿人次', 245_000_000, '人次', 'exact']]],
    ['开展3轮核酸检测', [['3轮', 3, '轮', 'exact']]],
    ['价值500万元', [['500万元', 5_000_000, '元', 'exact']]],
    ['出动120车次', [['120车次', 120, '车次', 'exact']]],
    ['可供全市消费15天', [['15天', 15, '天', 'exact']]],
    ['密接471人、次密接671人', [['471人', 471, '人', 'exact'], ['671人', 671, '人', 'exact']]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(read(text)).toEqual(expected));
  }
});

describe('findMentions: approximation before and after the number', () => {
  const cases: Array<[string, [string, number, string, Mention['approx']]]> = [
    ['近300人', ['近300人', 300, '人', 'under']],
    ['不到200人', ['不到200人', 200, '人', 'under']],
    ['不足10例', ['不足10例', 10, '例', 'under']],
    ['8000多吨', ['8000多吨', 8000, '吨', 'over']],
    ['20万人次以上', ['20万人次以上', 200_000, '人次', 'over']],
    ['3.2万余间', ['3.2万余间', 32_000, '间', 'over']],
    ['5400余张', ['5400余张', 5400, '张', 'over']],
    ['超过1000人', ['超过1000人', 1000, '人', 'over']],
    ['900吨左右', ['900吨左右', 900, '吨', 'about']],
    ['约6206间', ['约6206间', 6206, '间', 'about']],
    ['大约50名', ['大约50名', 50, '名', 'about']],
    ['60天以上', ['60天以上', 60, '天', 'over']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(read(text)).toEqual([expected]));
  }

  it('an approximation word must touch the number (近日 is not 近)', () => {
    expect(read('近日,新增确诊病例8例')).toEqual([['8例', 8, '例', 'exact']]);
  });
});

describe('findMentions: numbers that are not counts', () => {
  const cases: Array<[string, string]> = [
    ['第150次', 'an ordinal'],
    ['第150次新闻发布会', 'an ordinal before a noun'],
    ['国道214线', 'a road number'],
    ['坚持2+4+24工作机制', 'a slogan'],
    ['阳性率为75%', 'a percentage'],
    ['患者71岁', 'an age'],
    ['病例1,男', 'a case identifier'],
    ['咨询电话:0311-85290821', 'a phone number'],
    ['一名领导干部', 'a lone 一 is an article'],
    ['最近1轮核酸检测', 'the latest round, not a count'],
    ['4月15日24时', 'a date and hour'],
    ['2022年', 'a year'],
    ['一人一档', 'a slogan'],
    ['每万人不少于20间', 'a ratio'],
    ['下一轮核酸检测', 'the next round'],
  ];
  for (const [text, why] of cases) {
    it(`${text} (${why})`, () => expect(read(text)).toEqual([]));
  }

  it('一轮 is one round of testing', () => {
    expect(read('开展一轮全员核酸检测')).toEqual([['一轮', 1, '轮', 'exact']]);
  });
});

describe('findMentions: units ending in a numeral character', () => {
  // 千 is a numeral: 500千克 is read as 500千 (500000) followed by 克, and gives no mention.
  it('500千克 is 500 in the unit 千克', () => {
    expect(read('调运蔬菜500千克')).toEqual([['500千克', 500, '千克', 'exact']]);
  });
});

describe('findMentions: spans', () => {
  it('numStart/numEnd cover the digits and unitEnd the unit', () => {
    const text = '累计报告约3.2万余间隔离房间';
    const [m] = findMentions(text);
    expect(text.slice(m.numStart, m.numEnd)).toBe('3.2万');
    expect(text.slice(m.numStart, m.unitEnd)).toBe('3.2万余间');
    expect(text.slice(m.start, m.end)).toBe('约3.2万余间');
    expect(m.chinese).toBe(false);
  });

  it('a trailing separator belongs to the sentence', () => {
    const text = '确诊病例43例,出院4例。';
    expect(read(text)).toEqual([['43例', 43, '例', 'exact'], ['4例', 4, '例', 'exact']]);
  });

  it('mentions are ordered and do not overlap', () => {
    const text = '新增本土确诊病例12例、无症状感染者3,456例,累计采样146万9,019人次,发放蔬菜8000多吨';
    const ms = findMentions(text);
    expect(ms.map((m) => m.value)).toEqual([12, 3456, 1_469_019, 8000]);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });
});

describe('findMentions: digits set apart by spaces', () => {
  it('groups of three digits after a space join the number before them (1 620 例, 10 512宗)', () => {
    expect(read('新增确诊病例 1 620 例')).toEqual([['1 620 例', 1620, '例', 'exact']]);
    expect(read('累计个案10 512宗')).toEqual([['10 512宗', 10512, '宗', 'exact']]);
    expect(read('检测1 234 567人次')).toEqual([['1 234 567人次', 1_234_567, '人次', 'exact']]);
  });

  it('not: a year and a count, four digits before the space, a group not of three digits, two table cells', () => {
    expect(read('2022 123例')).toEqual([['123例', 123, '例', 'exact']]);
    expect(read('1234 567例')).toEqual([['567例', 567, '例', 'exact']]);
    expect(read('1 2345例')).toEqual([['2345例', 2345, '例', 'exact']]);
    expect(read('浦东 120 45例')).toEqual([['45例', 45, '例', 'exact']]);
    expect(read('2022 4')).toEqual([]);
    expect(read('12  345例')).toEqual([['345例', 345, '例', 'exact']]);
  });
});

describe('findMentions: a number run straight into a Latin name', () => {
  it('8,215COVID-19本土病例: the count, with no unit written', () => {
    const text = '新增8,215COVID-19本土病例';
    const [m] = findMentions(text);
    expect([text.slice(m.start, m.end), m.value, m.unit, m.approx]).toEqual(['8,215', 8215, '', 'exact']);
    expect(read('新增120Omicron感染者')).toEqual([['120', 120, '', 'exact']]);
  });

  it('not: a unit or model letter (5G, N95, 3D, 100km), a name with no noun after it, a variant code', () => {
    for (const text of ['建成5G基站', '发放N95口罩', '3D打印', '全长100km道路', '新增8215COVID', '2019nCoV', '检出BA.2变异株', '第2Omicron株']) {
      expect(read(text), text).toEqual([]);
    }
  });
});

describe('readMentions', () => {
  it('keeps the first mentions asked for and counts the rest', () => {
    const text = '新增确诊病例3例，无症状感染者5例，密切接触者12人。';
    const { mentions, total } = readMentions(text, 2);
    expect(mentions.map((m) => m.value)).toEqual([3, 5]);
    expect(total).toBe(3);
    expect(mentions).toEqual(findMentions(text).slice(0, 2));
  });
});
