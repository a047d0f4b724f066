import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/text/normalize.js';
import { detectScript } from '../../src/text/script.js';

/** Checks the offset map: every normalized character comes from the source character it maps to. */
function expectMapConsistent(original: string): void {
  const n = normalize(original);
  expect(n.map.length).toBe(n.text.length + 1);
  expect(n.map[n.text.length]).toBe(original.length);
  for (let i = 1; i < n.text.length; i++) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
}

describe('normalize: traditional to simplified', () => {
  const original = '新聞發佈會上，累計確診病例四十三例，無症狀感染者一百二十例，治癒出院個案兩例。';

  it('detects the script and converts character by character', () => {
    const n = normalize(original);
    expect(n.script).toBe('hant');
    expect(n.text).toBe('新闻发布会上,累计确诊病例四十三例,无症状感染者一百二十例,治愈出院个案两例。');
  });

  it('keeps the length, so offsets are the identity', () => {
    const n = normalize(original);
    expect(n.text.length).toBe(original.length);
    for (let i = 0; i <= original.length; i++) expect(n.map[i]).toBe(i);
  });

  it('maps a span back to the traditional source', () => {
    const n = normalize(original);
    const at = n.text.indexOf('累计确诊病例四十三例');
    const [s, e] = toOriginalSpan(n, at, at + '累计确诊病例四十三例'.length);
    expect(original.slice(s, e)).toBe('累計確診病例四十三例');
  });

  it('leaves simplified text alone (a few traditional-only characters in names do not flip it)', () => {
    const simplified = '乾县新增确诊病例3例,其中1例为密切接触者。';
    const n = normalize(simplified);
    expect(n.script).toBe('hans');
    expect(n.text).toBe(simplified);
    expect(detectScript('')).toBe('hans');
  });
});

describe('normalize: pinyin annotations', () => {
  it('發(fā)布會(huì) -> 发布会, mapped back to the source', () => {
    const original = '昨日召開新聞發(fā)布會(huì)，通報疫情防控最新情況。';
    const n = normalize(original);
    expect(n.text).toBe('昨日召开新闻发布会,通报疫情防控最新情况。');
    const at = n.text.indexOf('发布会');
    const [s, e] = toOriginalSpan(n, at, at + 3);
    expect(original.slice(s, e)).toBe('發(fā)布會');
    const [s2, e2] = toOriginalSpan(n, at + 3, at + 5);
    expect(original.slice(s2, e2)).toBe('，通');
    expectMapConsistent(original);
  });

  it('removes annotations in simplified text too, full-width parentheses included', () => {
    expect(normalize('新闻发(fā)布会（huì）上').text).toBe('新闻发布会上');
  });

  it('removes unbracketed syllables glued to each character (flattened ruby), mapped back to the source', () => {
    const original = '命mìnɡ名mínɡ为wéi be named\n封fēnɡ城chénɡ lockdown\n种zhǒnɡ族zú的de racial';
    const n = normalize(original);
    expect(n.text).toBe('命名为 be named\n封城 lockdown\n种族的 racial');
    const at = n.text.indexOf('封城');
    const [s, e] = toOriginalSpan(n, at, at + 2);
    expect(original.slice(s, e)).toBe('封fēnɡ城');
    expectMapConsistent(original);
  });

  it('keeps Latin words after a character that are not a run of pinyin', () => {
    expect(normalize('在café里').text).toBe('在café里');
    expect(normalize('用app扫码').text).toBe('用app扫码');
    expect(normalize('新冠COVID-19病例').text).toBe('新冠COVID-19病例');
    // one toned word alone is not a run of annotations
    expect(normalize('来自Zürich的旅客').text).toBe('来自Zürich的旅客');
  });

  it('keeps parentheses that are not toned pinyin', () => {
    expect(normalize('确诊病例(ab)3例').text).toBe('确诊病例(ab)3例');
    expect(normalize('小店区(24例)').text).toBe('小店区(24例)');
    expect(normalize('新闻(Xinhua)').text).toBe('新闻(Xinhua)');
  });
});

describe('normalize: hard-wrapped lines', () => {
  it('a wrap between a number and its unit is joined', () => {
    const original = '2020年起累计853例死亡病例,其中839例本土,个案居住县市分布为新北市413\n例、台北市322例、基隆市29例、桃园市28例。';
    const n = normalize(original);
    expect(n.text).toContain('新北市413例、台北市322例');
    expectMapConsistent(original);
  });

  it('a short line ending in a number stays a line', () => {
    expect(normalize('咨询电话:12345\n新增病例3例').text).toBe('咨询电话:12345\n新增病例3例');
  });
});

describe('normalize: full-width characters', () => {
  it('full-width digits, letters and punctuation become half-width', () => {
    const original = '确诊病例４３例（小店区２４例），ＰＣＲ：１，１００人份';
    const n = normalize(original);
    expect(n.text).toBe('确诊病例43例(小店区24例),PCR:1,100人份');
    expect(n.text.length).toBe(original.length);
  });

  it('an ideographic space becomes a space', () => {
    expect(normalize('\u3000\u3000确诊病例').text).toBe('  确诊病例');
  });
});

describe('normalize: lines broken by page layout', () => {
  it('joins a long line cut mid-word with its continuation', () => {
    const original = '本轮疫情以来累计报告阳性感染者1234例,其中无症状感染者占新增阳性感\n\n染者的3%。';
    const n = normalize(original);
    expect(n.text).toBe('本轮疫情以来累计报告阳性感染者1234例,其中无症状感染者占新增阳性感染者的3%。');
    const at = n.text.indexOf('阳性感染者的');
    const [s, e] = toOriginalSpan(n, at, at + '阳性感染者的'.length);
    expect(original.slice(s, e)).toBe('阳性感\n\n染者的');
    expectMapConsistent(original);
  });

  it('does not join a short headline to the body', () => {
    const original = '太原市新增本土确诊病例\n\n4月16日0时至24时,太原市新增本土确诊病例3例。';
    expect(normalize(original).text).toBe(original);
  });

  it('does not join a line that ends a sentence, or an indented paragraph', () => {
    const ended = '本轮疫情以来累计报告阳性感染者1234例,其中无症状感染者占新增阳性感染者的3%。\n4月16日新增确诊病例3例';
    expect(normalize(ended).text).toBe(ended);
    const indented = '本轮疫情以来累计报告阳性感染者1234例,其中无症状感染者占新增阳性感染者的多数\n\u3000\u3000全市新增确诊病例3例';
    expect(normalize(indented).text).toContain('\n');
  });
});

describe('normalize: offsets', () => {
  it('map is monotone and ends at the original length for mixed input', () => {
    expectMapConsistent('發(fā)布會(huì)上，累計確診病例４３例，無症狀感染者占新增陽性感染者的多數，而且還在增\n\n加之中。');
    expectMapConsistent('');
    expectMapConsistent('\n\n\n');
  });

  it('toOriginalSpan on an unchanged text is the identity', () => {
    const text = '新增确诊病例43例';
    const n = normalize(text);
    expect(toOriginalSpan(n, 2, 8)).toEqual([2, 8]);
  });
});

describe('normalize: spaces inside date expressions', () => {
  it('3 月 31 日 0 — 24 时 reads as 3月31日0—24时, mapped back to the spaced original', () => {
    const original = '3 月 31 日 0 — 24 时，全国报告新增确诊病例 1 620 例。';
    const n = normalize(original);
    expect(n.text).toBe('3月31日0—24时,全国报告新增确诊病例 1 620 例。');
    expectMapConsistent(original);
    const at = n.text.indexOf('31日');
    expect(original.slice(...toOriginalSpan(n, at, at + 3))).toBe('31 日');
    expect(original.slice(...toOriginalSpan(n, 0, n.text.indexOf(',')))).toBe('3 月 31 日 0 — 24 时');
  });

  it('a year, a day range and a single hour, full-width and no-break spaces', () => {
    expect(normalize('2022 年 4 月 1 日，').text).toBe('2022年4月1日,');
    expect(normalize('4 月 3 日 至 12 日，').text).toBe('4月3日至12日,');
    expect(normalize('截至4月 15日 24 时，').text).toBe('截至4月15日24时,');
    expect(normalize('12\u3000月\u00a02\u3000日0时至24时').text).toBe('12月2日0时至24时');
  });

  it('not: numbers around a month-day, a count after a date, a month without a day, a year and a count', () => {
    for (const text of ['新增确诊病例 1 620 例', '3月31日 10 例', '3 月份', '2022 4', '共 3 人,于 5 日出院', '2022年 4 例', '第 3 月 12 期']) {
      expect(normalize(text).text).toBe(text);
    }
    // the space after the date is the sentence's, not the date's
    expect(normalize('3 月 31 日 新增确诊病例').text).toBe('3月31日 新增确诊病例');
  });
});
