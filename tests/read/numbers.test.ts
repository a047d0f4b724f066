import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/read/numbers.js';

describe('parseChineseNumber', () => {
  const cases: Array<[string, number]> = [
    // Chinese numerals
    ['三', 3],
    ['两', 2],
    ['二', 2],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['四十九', 49],
    ['一百零五', 105],
    ['两百', 200],
    ['三千零二十', 3020],
    ['三万四千', 34000],
    ['五千六', 5600],
    ['两万五', 25000],
    ['一亿', 1e8],
    // arabic digits, separators, decimals
    ['0', 0],
    ['43', 43],
    ['1,100', 1100],
    ['146,019', 146019],
    ['3.2', 3.2],
    // arabic with 万 / 亿
    ['3万4000', 34000],
    ['1,100万', 11_000_000],
    ['30.49万', 304_900],
    ['3.2万', 32_000],
    ['2.45亿', 245_000_000],
    ['8万2363', 82_363],
    ['146万9,019', 1_469_019],
    ['10万6千', 106_000],
    ['1亿2000万', 120_000_000],
    ['0.5万', 5000],
    ['2,000,000', 2_000_000],
    ['3千', 3000],
    ['一千零一', 1001],
    ['五十万零三', 500_003],
    ['三百万', 3_000_000],
    ['两千万', 20_000_000],
  ];
  for (const [input, expected] of cases) {
    it(`${input} -> ${expected}`, () => {
      expect(parseChineseNumber(input)).toBeCloseTo(expected, 6);
    });
  }

  const invalid = ['', '万', '亿', '二三', '3 4', 'abc', '12a', '确诊', '--', '三十号', '5%', '1,10', '12,34', '1.2.3', '..', '百', '千', '百万', '万万'];
  for (const input of invalid) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(parseChineseNumber(input)).toBeNull();
    });
  }

  // 十十 is not a number (two tens in a row); it is read as 20.
  it('rejects 十十 (a unit repeated without a digit)', () => {
    expect(parseChineseNumber('十十')).toBeNull();
  });

  // Rounding (x * 1e6) overflows above about 1e302: the result is Infinity, not a finite number or null.
  it('returns a finite number or null for numbers too large to round', () => {
    for (const s of ['1' + '0'.repeat(308), '9'.repeat(300) + '万', '1' + '亿'.repeat(40)]) {
      const v = parseChineseNumber(s);
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  it('returns finite numbers for long digit runs', () => {
    const v = parseChineseNumber('9'.repeat(400));
    expect(v === null || Number.isFinite(v)).toBe(true);
  });
});
