// validateDocument is DocumentSchema compiled: it must accept and reject
// exactly what the schema does, with the same issues.
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DocumentSchema, validateDocument } from '../../src/validate/schema.js';

const FIGURE = {
  metric: 'cases.confirmed', value: 43, unit: '例', approx: 'exact', scope: 'cumulative', origin: 'local',
  region: null, subject: null, date: '2022-04-15', quote: '确诊病例43例', start: 10, end: 17, rule: 'left-cue:确诊病例',
};
const DOC = {
  file: 'a.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', script: 'hans', title: '太原市发布会',
  published: '2022-04-17', region: '太原市', figures: [FIGURE], warnings: [],
};

/** The issues of a failed parse, or 'ok'. */
function issuesOf(parse: () => unknown): unknown {
  try {
    parse();
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(ZodError);
    return (err as ZodError).issues;
  }
}

describe('validateDocument', () => {
  it('returns the document DocumentSchema returns, keys in the same order, without keys the schema does not know', () => {
    const { rule: _rule, ...withoutRule } = FIGURE;
    const inputs = [
      { ...DOC, extra: 1, figures: [{ ...FIGURE, note: 'x' }] },
      { ...DOC, text: '全文' },
      { ...DOC, text: undefined, figures: [withoutRule, { ...FIGURE, rule: undefined, value: -0 }] },
      { warnings: [], figures: [], ...DOC },
    ];
    for (const input of inputs) {
      const expected = DocumentSchema.parse(input);
      const actual = validateDocument(input);
      expect(actual).toStrictEqual(expected);
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      expect(Object.keys(actual)).toEqual(Object.keys(expected));
      expect(actual.figures.map((f) => Object.keys(f))).toEqual(expected.figures.map((f) => Object.keys(f)));
    }
    expect(validateDocument(inputs[0])).toStrictEqual(DOC);
  });

  it('rejects what DocumentSchema rejects, with the same issues', () => {
    const bad: Array<Record<string, unknown>> = [
      { ...DOC, sha256: 'zz' },
      { ...DOC, script: 'latn' },
      { ...DOC, published: '2022/04/17' },
      { ...DOC, region: '' },
      { ...DOC, warnings: [1] },
      { ...DOC, figures: [{ ...FIGURE, end: 30 }] },
      { ...DOC, figures: [{ ...FIGURE, metric: 'cases.total' }] },
      { ...DOC, figures: [{ ...FIGURE, value: -1 }, { ...FIGURE, start: 1.5 }] },
      { ...DOC, figures: [{ ...FIGURE, date: '--04-15/..' }, { ...FIGURE, date: '4月15日' }] },
      { ...DOC, figures: [{ ...FIGURE, value: Number.POSITIVE_INFINITY }] },
      { ...DOC, figures: [{ ...FIGURE, subject: '' }] },
      { ...DOC, file: undefined },
    ];
    for (const doc of bad) {
      const expected = issuesOf(() => DocumentSchema.parse(doc));
      expect(expected).not.toBe('ok');
      expect(issuesOf(() => validateDocument(doc))).toEqual(expected);
    }
  });
});
