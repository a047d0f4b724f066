// `extract --strict` exits 1 when a document fails a cross-check, and still writes every document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

// 10 new cases in the city, of which the two districts named hold only 4 + 3
const SHORT = '2022年4月1日0—24时，上海市新增本土确诊病例10例，其中浦东新区4例、闵行区3例。';
// 10 = 4 + 6
const EXACT = '2022年4月1日0—24时，上海市新增本土确诊病例10例，其中浦东新区4例、闵行区6例。';

describe('extract --strict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressfig-strict-'));
  writeFileSync(join(dir, 'short.txt'), SHORT);
  writeFileSync(join(dir, 'exact.txt'), EXACT);

  it('exits 1 and says how many checks failed when a document fails one', () => {
    const r = run(['extract', '--strict', join(dir, 'short.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 failed cross-check in 1 document');
    const doc = JSON.parse(r.stdout);
    expect(doc.checks.map((c: { kind: string }) => c.kind)).toEqual(['parts-below-total']);
  });

  it('exits 0 without --strict, or when every check passes', () => {
    expect(run(['extract', join(dir, 'short.txt')]).code).toBe(0);
    const r = run(['extract', '--strict', join(dir, 'exact.txt')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('checks');
  });

  it('counts the checks of documents extracted by worker threads, and writes all of them', () => {
    const paths = Array.from({ length: 12 }, (_, i) => {
      const p = join(dir, `batch-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(p, i % 4 === 0 ? SHORT : EXACT);
      return p;
    });
    const r = run(['extract', '--strict', '--jobs', '2', '--format', 'csv', ...paths]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 failed cross-checks in 3 documents');
    expect(r.stdout.trim().split('\n')).toHaveLength(1 + 12 * 3);
  });
});
