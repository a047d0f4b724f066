// The year reference of an article that states only bare years (2021年, 2022年), many times over.
import { describe, expect, it } from 'vitest';
import { yearReference } from '../../src/read/published.js';
import { extract } from '../../src/pipeline.js';

describe('year reference from bare years', () => {
  it('is the latest year mentioned', () => {
    expect(yearReference('自2020年以来，2022年仍有病例，2021年', null, {})).toEqual({ y: 2022 });
  });

  it('200 000 year mentions and no full date: no stack overflow, the latest year wins', () => {
    const parts: string[] = ['情况通报'];
    for (let i = 0; i < 200_000; i++) parts.push(`自20${String(i % 40).padStart(2, '0')}年以来，`);
    parts.push('5月3日新增确诊病例2例。');
    const text = parts.join('\n');
    expect(yearReference(text, null, {})).toEqual({ y: 2039 });
    const doc = extract(text, { file: 'years.txt', format: 'text' });
    const [figure] = doc.figures.filter((f) => f.metric === 'cases.confirmed');
    expect(figure.value).toBe(2);
    // 5月3日 read with the latest year stated in the text
    expect(figure.date).toBe('2039-05-03');
  }, 120_000);
});

describe('a damaged timestamp in the header', () => {
  it('0022年12月07日 is not read as the publication date (it made an invalid record)', () => {
    const text = '了这些新优化\n2022年12月0022年12月07日 14:31 环球网\n\n国务院联防联控机制综合组发布。';
    const doc = extract(text, { file: 'stamp.txt' });
    expect(doc.published).toBeNull();
  });
});
