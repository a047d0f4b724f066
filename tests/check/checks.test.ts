// `check` shows the cross-checks an article's extraction fails, without counting them as differences.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../src/check/check.js';
import { formatArticle } from '../../src/check/text.js';
import { ROOT } from '../cli/run.js';

describe('check and cross-checks', () => {
  it('lists each failed cross-check under the article', () => {
    // c10: 样本超过45万份 collected and 30万份 with results are read as one fact (samples of 番禺区 on 5-30)
    const article = join(ROOT, 'fixtures', 'c10_guangzhou-2021-06-01-pressconf68-samples-contacts-truncated.txt');
    const result = checkFixture({ article, expected: article.replace(/\.txt$/, '.expected.json') });
    expect(result.report!.ok).toBe(true);
    const text = formatArticle(result);
    expect(text).toMatch(/^ok {3}/);
    expect(text).toContain('  check    two-values: tests.samples 番禺区 核酸 2021-05-30 is stated as 450000份 and 300000份');
  });
});
