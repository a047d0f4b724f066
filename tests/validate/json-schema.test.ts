// The JSON Schema that `pressfig schema` prints validates every record that
// `pressfig extract` writes: the fixture articles, in every input form.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../cli/run.js';

const FIXTURES = join(ROOT, 'fixtures');

describe('pressfig schema', () => {
  it('validates every document pressfig extract writes for the fixtures', () => {
    const printed = run(['schema']);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);

    const extracted = run(['extract', '--include-text', '--jobs', '1', 'fixtures']);
    expect(extracted.code).toBe(0);
    const docs = extracted.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    // the walk is recursive: fixtures/select/ holds pages for the --select tests
    const articles = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => /\.(txt|html?)$/.test(f));
    expect(docs.length).toBe(articles.length);
    let figures = 0;
    for (const doc of docs) {
      const ok = validate(doc);
      expect(ok, `${doc.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      figures += doc.figures.length;
    }
    expect(figures).toBeGreaterThan(500);
  });

  it('rejects records that break the contract', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const [doc] = run(['extract', join('fixtures', '000_c502242b2a30fd5b.txt')]).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(validate(doc)).toBe(true);
    const bad = structuredClone(doc);
    bad.figures[0].metric = 'cases.imaginary';
    expect(validate(bad)).toBe(false);
    const negative = structuredClone(doc);
    negative.figures[0].value = -1;
    expect(validate(negative)).toBe(false);
    const badDate = structuredClone(doc);
    badDate.figures[0].date = 'April 15';
    expect(validate(badDate)).toBe(false);
  });
});
