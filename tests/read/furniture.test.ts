// Page furniture in plain text: what is marked, and article lines that look like it but are not.
import { describe, expect, it } from 'vitest';
import { furnitureSpans, furnitureTest, inSpans } from '../../src/read/furniture.js';

const BODY = '4月1日0时至24时，吉林省新增本土确诊病例1200例、本土无症状感染者2800例，均在隔离管控中发现。';

/** The furniture of a text, as the lines it covers. */
const marked = (text: string) => furnitureSpans(text).map(([s, e]) => text.slice(s, e));

describe('furnitureSpans', () => {
  it('a related-links heading and the short lines under it, up to the next sentence', () => {
    const text = `${BODY}\n\n相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业\n\n${BODY}`;
    expect(marked(text)).toEqual(['相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业']);
  });

  it('a run of titles with stamps after the body, without a heading', () => {
    const text = `${BODY}\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业 2026-01-21`;
    expect(marked(text)).toEqual(['长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业 2026-01-21']);
  });

  it('crawl stamps and copyright lines', () => {
    expect(marked(`抓取时间：2026-01-22 10:15\n${BODY}\nCopyright © 2026 吉林日报`)).toEqual(['抓取时间：2026-01-22 10:15', 'Copyright © 2026 吉林日报']);
  });

  it('not: a byline before the body, a sign-off after it, a sentence that opens with 相关', () => {
    expect(marked(`吉林省通报\n吉林发布 2022-04-02 08:20\n${BODY}\n吉林省卫生健康委员会 2022-04-02`)).toEqual([]);
    expect(marked(`相关新闻发布会今日召开\n${BODY}`)).toEqual([]);
    expect(marked(`${BODY}\n相关部门 2022-04-02\n${BODY}`)).toEqual([]);
  });

  it('inSpans', () => {
    const spans: Array<[number, number]> = [[2, 5], [9, 12]];
    expect([1, 2, 4, 5, 8, 9, 11, 12].map((p) => inSpans(spans, p))).toEqual([false, true, true, false, false, true, true, false]);
    expect(inSpans([], 0)).toBe(false);
  });
});

describe('furnitureTest', () => {
  it('answers as the spans do at every position', () => {
    const texts = [
      `${BODY}\n\n相关新闻\n长春市民生物资保供稳定 2026-01-22 10:15\n吉林：多措并举稳就业\n\n${BODY}`,
      `抓取时间：2026-01-22 10:15\n${BODY}\nCopyright © 2026 吉林日报，${'版权所有'.repeat(12)}\n${BODY}\n甲 2026-01-22\n乙 2026-01-21`,
      `${BODY}${BODY}${BODY}${BODY}\n相关阅读：吉林通报 2026-01-22`,
    ];
    for (const text of texts) {
      const spans = furnitureSpans(text);
      const test = furnitureTest(text);
      for (let pos = 0; pos < text.length; pos++) expect(test(pos), `${pos}`).toBe(inSpans(spans, pos));
    }
  });
});
