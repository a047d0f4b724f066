// Expected files are validated against the published schema, with errors
// that name the file, the line, the figure and the field.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ExpectedFileError, parseExpected } from '../../src/check/expected-file.js';
import { ASYMPTOMATIC, CONFIRMED, fixtureDir, pressfig, root } from './cli.js';

function problems(text: string) {
  try {
    parseExpected(text, 'x.expected.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ExpectedFileError);
    return (err as ExpectedFileError).problems.map((p) => ({ line: p.line, path: p.path, message: p.message }));
  }
  throw new Error('no problem found');
}

const FILE = (figures: string) => `{\n  "file": "a.txt",\n  "region": "太原市",\n  "figures": [\n${figures}\n  ]\n}\n`;

describe('expected file validation', () => {
  it('names an unknown metric with the figure, field, line and the metric meant', () => {
    const text = FILE('    {"metric": "cases.confirmed", "value": 3},\n    {"metric": "cases.death", "value": 1}');
    expect(problems(text)).toEqual([{ line: 6, path: ['figures', 1, 'metric'], message: 'unknown metric "cases.death" (did you mean "cases.deaths"?)' }]);
  });

  it('names a misspelt field, a wrong enum value, a bad date, a missing value and a wrong type', () => {
    const text = FILE(
      [
        '    {"metric": "cases.confirmed", "value": 3, "scpoe": "new"}',
        '    {"metric": "cases.confirmed", "value": 3, "scope": "daily"}',
        '    {"metric": "cases.confirmed", "value": 3, "date": "15 April"}',
        '    {"metric": "cases.confirmed"}',
        '    {"metric": "cases.confirmed", "value": "3"}',
      ].join(',\n'),
    );
    const found = problems(text);
    expect(found).toContainEqual({ line: 5, path: ['figures', 0, 'scpoe'], message: 'unknown field (did you mean "scope"?)' });
    expect(found).toContainEqual({ line: 6, path: ['figures', 1, 'scope'], message: '"daily" is not one of "new", "cumulative", "current"' });
    expect(found.find((p) => p.path.join() === 'figures,2,date')).toMatchObject({ line: 7 });
    expect(found).toContainEqual({ line: 8, path: ['figures', 3, 'value'], message: 'required field is missing' });
    expect(found).toContainEqual({ line: 9, path: ['figures', 4, 'value'], message: 'expected number, got "3"' });
  });

  it('names a misspelt document field and a known gap kind that does not exist', () => {
    const found = problems('{"file": "a.txt", "reviewd": true, "figures": [{"metric": "cases.confirmed", "value": 1, "known": "wrong"}]}');
    expect(found).toContainEqual({ line: 1, path: ['reviewd'], message: 'unknown field (did you mean "reviewed"?)' });
    expect(found.map((p) => p.path.join('.'))).toContain('figures.0.known');
  });

  it('reports a JSON syntax error with its line and column', () => {
    const [p] = problems('{\n  "file": "a.txt",\n  "figures": [}\n');
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/^not valid JSON: .*\(line 3, column 15\)$/);
  });

  it('accepts every expected file of the fixtures', () => {
    const dir = join(root, 'fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expect(() => parseExpected(readFileSync(join(dir, f), 'utf8'), f)).not.toThrow();
  });
});

describe('pressfig schema --expected', () => {
  const schema = JSON.parse(pressfig(['schema', '--expected']).stdout);
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('prints a JSON Schema that accepts the fixtures and rejects an unknown metric or field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['file', 'figures']);
    for (const f of readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.expected.json'))) {
      expect(validate(JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8'))), f).toBe(true);
    }
    expect(validate({ file: 'a.txt', figures: [{ metric: 'cases.death', value: 1 }] })).toBe(false);
    expect(validate({ file: 'a.txt', figures: [{ metric: 'cases.deaths', value: 1, scpoe: 'new' }] })).toBe(false);
    expect(validate({ file: 'a.txt', reviewed: false, knownDocument: ['region'], figures: [{ metric: 'cases.deaths', value: 1 }] })).toBe(true);
  });

  it('leaves the document schema as it was without the flag', () => {
    const doc = JSON.parse(pressfig(['schema']).stdout);
    expect(Object.keys(doc.properties)).toContain('sha256');
  });
});

describe('pressfig check on an invalid expected file', () => {
  it('fails that article with file, line, figure and field, and checks the others', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(dir, 'a.txt')));
    writeFileSync(join(dir, 'a.expected.json'), FILE(`    ${JSON.stringify(CONFIRMED)},\n    {"metric": "cases.death", "value": 1}`));
    writeFileSync(join(dir, 'b.expected.json'), JSON.stringify({ file: 'b.txt', figures: [CONFIRMED, ASYMPTOMATIC] }));
    const r = pressfig(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL ${dir}/a.txt (could not be checked)`);
    expect(r.stdout).toContain(`  invalid  ${dir}/a.expected.json:6: figures[1].metric: unknown metric "cases.death" (did you mean "cases.deaths"?)`);
    expect(r.stdout).toContain(`ok   ${dir}/b.txt (2 expected)`);
    expect(r.stdout).toMatch(/2 articles: 1 ok, 1 failed \(1 could not be checked\)/);
  });
});
