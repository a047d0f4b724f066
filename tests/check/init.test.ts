// `check --init` writes a first, unreviewed expected file; check fails on it
// until a person sets "reviewed": true.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpected } from '../../src/check/expected-file.js';
import { ARTICLE, fixtureDir, pressfig } from './cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('pressfig check --init', () => {
  it('writes NAME.expected.json beside the article, marked "reviewed": false, with the figures the article states', () => {
    const dir = fixtureDir();
    const r = pressfig(['check', '--init', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote    ${dir}/a.expected.json (2 figures, "reviewed": false)`);
    const text = readFileSync(join(dir, 'a.expected.json'), 'utf8');
    expect(() => parseExpected(text, 'a.expected.json')).not.toThrow();
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ file: 'a.txt', reviewed: false, region: '太原市' });
    expect(Object.keys(doc)).toEqual(['file', 'reviewed', 'title', 'published', 'region', 'figures']);
    // the article: 新增本土确诊病例3例, 新增无症状感染者5例, both for 15 April
    expect(doc.figures.map((f: Record<string, unknown>) => [f.metric, f.value, f.scope, f.origin, f.date])).toEqual([
      ['cases.confirmed', 3, 'new', 'local', '2022-04-15'],
      ['cases.asymptomatic', 5, 'new', 'local', '2022-04-15'],
    ]);
    expect(doc.figures.every((f: { evidence: string }) => ARTICLE.includes(f.evidence))).toBe(true);
    // one figure per line, as the fixtures are written
    expect(text.split('\n').filter((l) => l.startsWith('    {"metric"'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites an expected file: the error names it, the other articles are still written', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    writeFileSync(join(dir, 'a.expected.json'), '{"file": "a.txt", "figures": []}\n');
    const r = pressfig(['check', '--init', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error    ${dir}/a.expected.json already exists; not overwritten`);
    expect(readFileSync(join(dir, 'a.expected.json'), 'utf8')).toBe('{"file": "a.txt", "figures": []}\n');
    expect(readJson(join(dir, 'b.expected.json')).reviewed).toBe(false);
  });

  it('on a directory, writes one for each article that has none, in subdirectories too', () => {
    const dir = fixtureDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.html'), `<html><head><title>太原通报</title></head><body><p>${ARTICLE}</p></body></html>`);
    writeFileSync(join(dir, 'a.expected.json'), '{"file": "a.txt", "figures": []}\n');
    const r = pressfig(['check', '--init', dir]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'sub', 'c.expected.json'))).toBe(true);
    expect(readJson(join(dir, 'sub', 'c.expected.json'))).toMatchObject({ file: 'c.html', reviewed: false, title: '太原通报' });
    expect(readFileSync(join(dir, 'a.expected.json'), 'utf8')).toBe('{"file": "a.txt", "figures": []}\n');
  });

  it('is a usage error without articles or with --update', () => {
    const dir = fixtureDir();
    expect(pressfig(['check', '--init'], dir).code).toBe(2);
    expect(pressfig(['check', '--init', '--update', join(dir, 'a.txt')]).code).toBe(2);
    expect(pressfig(['check', '--init', join(dir, 'nothing.txt')]).code).toBe(2);
  });
});

describe('unreviewed expected files', () => {
  it('fail the check until "reviewed" is true, and pass with --allow-unreviewed', () => {
    const dir = fixtureDir();
    expect(pressfig(['check', '--init', dir]).code).toBe(0);
    const r = pressfig(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL ${dir}/a.txt (not reviewed)`);
    expect(r.stdout).toContain(`  review   ${dir}/a.expected.json: written by --init from the tool's own output`);
    expect(r.stdout).toContain('1 article: 0 ok, 1 failed, 1 not reviewed;');

    const allowed = pressfig(['check', '--allow-unreviewed', dir]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`ok   ${dir}/a.txt (2 expected, not reviewed)`);

    const doc = readJson(join(dir, 'a.expected.json'));
    writeFileSync(join(dir, 'a.expected.json'), JSON.stringify({ ...doc, reviewed: true }));
    const reviewed = pressfig(['check', dir]);
    expect(reviewed.stdout).toContain(`ok   ${dir}/a.txt (2 expected)`);
    expect(reviewed.code).toBe(0);
  });

  it('are left alone by --update, which exits 1', () => {
    const dir = fixtureDir();
    pressfig(['check', '--init', dir]);
    const before = readFileSync(join(dir, 'a.expected.json'), 'utf8');
    const r = pressfig(['check', '--update', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`not updated ${dir}/a.expected.json: not reviewed`);
    expect(readFileSync(join(dir, 'a.expected.json'), 'utf8')).toBe(before);
  });
});
