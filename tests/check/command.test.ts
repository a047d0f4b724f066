// `pressfig check` end to end, on the compiled program (the global setup builds it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'pressfig.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, 'check', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = '太原市卫健委2022年4月16日通报:4月15日0时至24时,太原市新增本土确诊病例3例,新增无症状感染者5例。\n';
const CONFIRMED = { metric: 'cases.confirmed', value: 3, unit: '例', scope: 'new', origin: 'local', region: null, date: '2022-04-15', evidence: '新增本土确诊病例3例' };
const ASYMPTOMATIC = { metric: 'cases.asymptomatic', value: 5, unit: '例', scope: 'new', origin: 'local', date: '2022-04-15', evidence: '新增无症状感染者5例' };

let dir: string;

function writeExpected(doc: object): void {
  writeFileSync(join(dir, 'a.expected.json'), JSON.stringify(doc, null, 2));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-check-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'lonely.txt'), ARTICLE);
});

describe('pressfig check', () => {
  it('exits 0 when the output matches the expectation', () => {
    writeExpected({ file: 'a.txt', published: '2022-04-16', region: '太原市', figures: [CONFIRMED, ASYMPTOMATIC] });
    const r = run([dir], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok {3}.*a\.txt \(2 expected\)/m);
    expect(r.stdout).not.toContain('lonely.txt');
    expect(r.stdout).toMatch(/^cases +2 +0 +0 +100\.0% +100\.0%/m);
  });

  it('exits 1 and reports missing, changed and extra figures with their quotes', () => {
    writeExpected({
      file: 'a.txt',
      region: '太原市',
      figures: [{ ...CONFIRMED, scope: 'cumulative' }, { metric: 'cases.deaths', value: 1, evidence: '死亡1例' }],
    });
    const r = run([join(dir, 'a.txt')], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('changed  cases.confirmed=3例 2022-04-15  «确诊病例3例»\n           scope: "cumulative" → "new"\n');
    expect(r.stdout).toContain('missing  cases.deaths=1  «死亡1例»');
    expect(r.stdout).toContain('extra    cases.asymptomatic=5例 2022-04-15  «无症状感染者5例»');
  });

  it('--update records the gaps (atomically), after which the check passes; then a fix is reported', () => {
    const before = { file: 'a.txt', region: '太原市', figures: [CONFIRMED, { metric: 'cases.deaths', value: 1 }] };
    writeExpected(before);
    const u = run(['--update', join(dir, 'a.expected.json')], root);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain('known missing: cases.deaths=1');
    expect(u.stdout).toContain('known extra: cases.asymptomatic=5 "无症状感染者5例"');
    const updated = JSON.parse(readFileSync(join(dir, 'a.expected.json'), 'utf8'));
    expect(updated.figures).toEqual([CONFIRMED, { metric: 'cases.deaths', value: 1, known: 'missing' }]);
    expect(updated.knownExtra).toEqual([{ metric: 'cases.asymptomatic', value: 5, quote: '无症状感染者5例' }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = run([dir], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('known    missing cases.deaths=1');

    updated.figures = [CONFIRMED, ASYMPTOMATIC];
    writeExpected(updated);
    const fixed = run([dir], root);
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('fixed    extra cases.asymptomatic=5 is no longer produced');
  });

  it('prints JSON with --json', () => {
    writeExpected({ file: 'a.txt', figures: [CONFIRMED] });
    const r = run(['--json', dir], root);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].extra[0].actual.metric).toBe('cases.asymptomatic');
    expect(out.summary.families.cases).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('exits 2 on usage errors', () => {
    expect(run([join(dir, 'missing.txt')], root).code).toBe(2);
    expect(run([join(dir, 'lonely.txt')], root).code).toBe(2);
    expect(run(['--bogus', dir], root).code).toBe(2);
    expect(run([], dir).code).toBe(2);
  });
});
