// `pressfig explain` and `extract --explain`: each figure with the rule behind
// each field, and the numbers set aside. The expected rules are those that a
// reader of each sentence can name: 死亡 before 12例 names deaths; 解除医学观察
// names released cases until 人 and the sentence's contacts make them contacts;
// 20个网格 counts grid cells, not high-risk areas.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const TEXT = '今日新增死亡病例12例。累计追踪到密切接触者5000人,已解除医学观察1729人。高风险区共划分为20个网格。';
const dir = mkdtempSync(join(tmpdir(), 'pressfig-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of one figure's block in the report, from its header to the next figure. */
function block(report: string, header: RegExp): string[] {
  const lines = report.split('\n');
  const at = lines.findIndex((l) => header.test(l));
  expect(at, report).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > at && /^ {2}\S/.test(l));
  return lines.slice(at, end < 0 ? undefined : end);
}

describe('pressfig explain', () => {
  it('names the rule behind each field of each figure, and the numbers set aside', () => {
    const r = run(['explain', '--year', '2022', '-'], { input: TEXT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('-: region –, published –, 3 figures');
    const deaths = block(r.stdout, /^ {2}#1 cases\.deaths 12例 «死亡病例12例» \[4,11\)$/);
    expect(deaths[1]).toMatch(/^ {5}metric +cases\.deaths +cue-before \(死亡\)$/);
    expect(deaths[2]).toMatch(/^ {5}scope +new +scope-word$/);
    expect(deaths[3]).toMatch(/^ {5}origin +– +no rule: left empty$/);
    const released = block(r.stdout, /^ {2}#3 contacts\.released 1729人 «解除医学观察1729人»/);
    expect(released[1]).toMatch(/^ {5}metric +contacts\.released +released-are-contacts$/);
    expect(released.at(-1)).toBe('     earlier: metric cases.released by cue-before (解除医学观察)');
    expect(r.stdout).toMatch(/^ {2}set aside: 20 «20个» \[\d+,\d+\) by classifier-counts-its-noun$/m);
  });

  it('reads HTML pages and JSONL lines as extract does, and goes on past an input that fails', () => {
    writeFileSync(join(dir, 'page.html'), `<html><head><title>通报</title></head><body><p>${TEXT}</p></body></html>`);
    writeFileSync(join(dir, 'lines.jsonl'), JSON.stringify({ id: 'a1', text: '新增本土确诊病例5例。' }) + '\n');
    const r = run(['explain', '--year', '2022', join(dir, 'page.html'), join(dir, 'missing.txt'), join(dir, 'lines.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt: no such file or directory');
    expect(r.stdout).toContain(`${join(dir, 'page.html')}: region –, published –, 3 figures`);
    expect(r.stdout).toMatch(/^a1: region –, published –, 1 figure$/m);
    expect(r.stdout).toMatch(/^ {5}origin +local +origin-word$/m);
  });

  it('--json writes each document with the trace of every figure and the numbers set aside', () => {
    const r = run(['explain', '--json', '--year', '2022', '-'], { input: TEXT });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const released = doc.figures.find((f: { value: number }) => f.value === 1729);
    expect(released.rule).toBe('released-are-contacts');
    expect(released.trace.filter((t: { field: string }) => t.field === 'metric').map((t: { rule: string; value: string }) => `${t.rule}=${t.value}`))
      .toEqual(['cue-before=cases.released', 'released-are-contacts=contacts.released']);
    expect(doc.setAside.map((s: { value: number; rule: string }) => `${s.value} ${s.rule}`)).toEqual(['20 classifier-counts-its-noun']);
  });
});

describe('extract --explain', () => {
  it('adds trace and setAside, and without it the output has neither', () => {
    const plain = JSON.parse(run(['extract', '--year', '2022', '-'], { input: TEXT }).stdout);
    expect(plain.setAside).toBeUndefined();
    expect(plain.figures.every((f: object) => !('trace' in f))).toBe(true);
    const explained = JSON.parse(run(['extract', '--explain', '--year', '2022', '-'], { input: TEXT }).stdout);
    expect(explained.figures.map((f: { rule: string }) => f.rule)).toEqual(plain.figures.map((f: { rule: string }) => f.rule));
    expect(explained.figures[0].trace[0]).toEqual({ field: 'metric', rule: 'cue-before', value: 'cases.deaths', detail: '死亡' });
  });
});
