import { describe, expect, it } from 'vitest';
import {
  compareDocument,
  formatExpected,
  score,
  sumCounts,
  updateExpected,
} from '../../src/check/compare.js';

import { doc, expected, fig } from './builders.js';

describe('compareDocument', () => {
  it('passes when every expected figure is produced with the stated attributes', () => {
    const r = compareDocument(
      expected([
        { metric: 'cases.confirmed', value: 43, unit: '例', scope: 'cumulative', date: '2022-04-15' },
        { metric: 'cases.confirmed', value: 24, region: '小店区' },
      ]),
      doc([fig('cases.confirmed', 43, { scope: 'cumulative', date: '2022-04-15', origin: 'local' }), fig('cases.confirmed', 24, { region: '小店区' })]),
    );
    expect(r.ok).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.changed).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.counts.cases).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('does not compare attributes the expected figure leaves out, but always approx', () => {
    const ok = compareDocument(expected([{ metric: 'contacts.close', value: 5 }]), doc([fig('contacts.close', 5, { scope: 'new', unit: '人' })]));
    expect(ok.ok).toBe(true);
    const approx = compareDocument(expected([{ metric: 'contacts.close', value: 5 }]), doc([fig('contacts.close', 5, { approx: 'over' })]));
    expect(approx.changed[0].differences).toEqual([{ attribute: 'approx', expected: 'exact', actual: 'over' }]);
  });

  it('reports missing, extra and changed figures with the attribute, expected and actual', () => {
    const r = compareDocument(
      expected([
        { metric: 'cases.confirmed', value: 11, scope: 'new', evidence: '新增11例' },
        { metric: 'cases.asymptomatic', value: 3, origin: 'local' },
      ]),
      doc([fig('cases.confirmed', 11, { scope: 'cumulative' }), fig('cases.deaths', 2, { quote: '死亡2例' })]),
    );
    expect(r.ok).toBe(false);
    expect(r.missing.map((m) => [m.index, m.expected.metric])).toEqual([[1, 'cases.asymptomatic']]);
    expect(r.changed).toHaveLength(1);
    expect(r.changed[0].differences).toEqual([{ attribute: 'scope', expected: 'new', actual: 'cumulative' }]);
    expect(r.extra.map((x) => x.actual.quote)).toEqual(['死亡2例']);
    expect(r.counts.cases).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('compares places without their suffix and an expected null region with the article region', () => {
    const r = compareDocument(
      expected([
        { metric: 'cases.confirmed', value: 1, region: '浦东' },
        { metric: 'cases.confirmed', value: 2, region: null },
      ]),
      doc([fig('cases.confirmed', 1, { region: '浦东新区' }), fig('cases.confirmed', 2, { region: '太原' })]),
    );
    expect(r.ok).toBe(true);
  });

  it('compares subjects by containment, ignoring quotes and spaces', () => {
    const r = compareDocument(
      expected([
        { metric: 'tests.samples', value: 9, subject: '核酸' },
        { metric: 'supplies.delivered', value: 2, subject: '“爱心 蔬菜包”' },
      ]),
      doc([fig('tests.samples', 9, { subject: '全员核酸检测' }), fig('supplies.delivered', 2, { subject: '蔬菜包' })]),
    );
    expect(r.ok).toBe(true);
    const wrong = compareDocument(expected([{ metric: 'tests.samples', value: 9, subject: null }]), doc([fig('tests.samples', 9, { subject: '抗原' })]));
    expect(wrong.changed[0].differences[0].attribute).toBe('subject');
  });

  it('pairs each expected figure with the candidate that agrees on most attributes', () => {
    const r = compareDocument(
      expected([
        { metric: 'cases.confirmed', value: 5, region: '迎泽区' },
        { metric: 'cases.confirmed', value: 5, region: '小店区' },
      ]),
      doc([fig('cases.confirmed', 5, { region: '小店区' }), fig('cases.confirmed', 5, { region: '迎泽区' })]),
    );
    expect(r.ok).toBe(true);
  });

  it('neither requires optional figures nor counts them as extra when produced', () => {
    const r = compareDocument(
      expected([
        { metric: 'resources.facilities', value: 41, optional: true },
        { metric: 'areas.medium_risk', value: 1, optional: true },
      ]),
      doc([fig('resources.facilities', 41, { approx: 'over' })]),
    );
    expect(r.ok).toBe(true);
    expect(r.counts.resources).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(r.counts.areas).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('lists known gaps without failing', () => {
    const r = compareDocument(
      expected(
        [
          { metric: 'cases.confirmed', value: 7, known: 'missing' },
          { metric: 'cases.deaths', value: 1, scope: 'new', known: 'differs' },
        ],
        { knownExtra: [{ metric: 'tests.rounds', value: 3, quote: '3轮' }] },
      ),
      doc([fig('cases.deaths', 1, { scope: null }), fig('tests.rounds', 3, { quote: '3轮', unit: '轮' })]),
    );
    expect(r.ok).toBe(true);
    expect(r.known.map((k) => k.kind)).toEqual(['missing', 'differs', 'extra']);
    expect(r.counts.cases).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(r.counts.tests).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('fails on a known gap that is fixed', () => {
    const r = compareDocument(
      expected(
        [
          { metric: 'cases.confirmed', value: 7, known: 'missing' },
          { metric: 'cases.deaths', value: 1, scope: 'new', known: 'differs' },
        ],
        { knownExtra: [{ metric: 'tests.rounds', value: 3, quote: '3轮' }] },
      ),
      doc([fig('cases.confirmed', 7), fig('cases.deaths', 1, { scope: 'new' })]),
    );
    expect(r.ok).toBe(false);
    expect(r.fixed.map((f) => f.kind)).toEqual(['missing', 'differs', 'extra']);
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
  });

  it('reports a known-missing figure that is now produced with a wrong attribute as changed', () => {
    const r = compareDocument(expected([{ metric: 'cases.confirmed', value: 7, scope: 'new', known: 'missing' }]), doc([fig('cases.confirmed', 7)]));
    expect(r.ok).toBe(false);
    expect(r.changed).toHaveLength(1);
    expect(r.status).toEqual(['differs']);
  });

  it('matches known extras on metric and value, preferring the same quote', () => {
    const r = compareDocument(
      expected([], { knownExtra: [{ metric: 'cases.positive', value: 2, quote: 'B2例' }] }),
      doc([fig('cases.positive', 2, { quote: 'A2例' }), fig('cases.positive', 2, { quote: 'B2例' })]),
    );
    expect(r.known).toHaveLength(1);
    expect(r.known[0].kind === 'extra' && r.known[0].actual.quote).toBe('B2例');
    expect(r.extra.map((x) => x.actual.quote)).toEqual(['A2例']);
  });

  it('notes a different publication date or article region without failing in a file that has no "reviewed" field', () => {
    const r = compareDocument(expected([], { published: '2022-04-17', region: '太原市' }), doc([], { published: null, region: '太原' }));
    expect(r.notes).toEqual([{ field: 'published', expected: '2022-04-17', actual: null }]);
    expect(r.document).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

describe('updateExpected', () => {
  it('marks new gaps, clears fixed ones and records extras, never touching values', () => {
    const before = expected(
      [
        { metric: 'cases.confirmed', value: 7, scope: 'new', evidence: '新增7例' },
        { metric: 'cases.deaths', value: 1, known: 'missing' },
        { metric: 'cases.severe', value: 2, scope: 'current' },
        { metric: 'areas.high_risk', value: 4, optional: true },
      ],
      { knownExtra: [{ metric: 'tests.rounds', value: 3, quote: '3轮' }] },
    );
    const actual = doc([fig('cases.deaths', 1), fig('cases.severe', 2, { scope: 'new' }), fig('cases.positive', 9, { quote: '阳性9例' })]);
    const report = compareDocument(before, actual);
    const { document, changes } = updateExpected(before, report);
    expect(document.figures).toEqual([
      { metric: 'cases.confirmed', value: 7, scope: 'new', evidence: '新增7例', known: 'missing' },
      { metric: 'cases.deaths', value: 1 },
      { metric: 'cases.severe', value: 2, scope: 'current', known: 'differs' },
      { metric: 'areas.high_risk', value: 4, optional: true },
    ]);
    expect(document.knownExtra).toEqual([{ metric: 'cases.positive', value: 9, quote: '阳性9例' }]);
    expect(changes).toEqual([
      'known missing: cases.confirmed=7',
      'fixed (missing): cases.deaths=1',
      'known differs: cases.severe=2',
      'known extra: cases.positive=9 "阳性9例"',
      'fixed (extra): tests.rounds=3 "3轮"',
    ]);
    expect(compareDocument(document, actual).ok).toBe(true);
    expect(before.figures[0].known).toBeUndefined();
  });

  it('changes nothing when the bookkeeping already matches, and drops an empty knownExtra', () => {
    const before = expected([{ metric: 'cases.confirmed', value: 7, known: 'missing' }], { knownExtra: [{ metric: 'tests.rounds', value: 3 }] });
    const same = updateExpected(before, compareDocument(before, doc([fig('tests.rounds', 3)])));
    expect(same.changes).toEqual([]);
    expect(same.document).toEqual(before);
    const fixed = updateExpected(before, compareDocument(before, doc([fig('cases.confirmed', 7)])));
    expect(fixed.document.knownExtra).toBeUndefined();
    expect(fixed.document.figures).toEqual([{ metric: 'cases.confirmed', value: 7 }]);
  });
});

describe('formatExpected', () => {
  it('writes one figure per line and reads back the same document', () => {
    const d = expected([{ metric: 'cases.confirmed', value: 7, region: null, evidence: '确诊7例' }], { knownExtra: [{ metric: 'tests.rounds', value: 3, quote: '3轮' }] });
    const text = formatExpected(d);
    expect(text).toContain('\n    {"metric": "cases.confirmed", "value": 7, "region": null, "evidence": "确诊7例"}\n');
    expect(JSON.parse(text)).toEqual(d);
    expect(formatExpected(expected([]))).toContain('"figures": []');
  });
});

describe('score', () => {
  it('computes precision, recall and F1, and sums families', () => {
    expect(score({ tp: 8, fp: 2, fn: 0 })).toMatchObject({ precision: 0.8, recall: 1 });
    // no expected figure: nothing to measure, printed as -
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    expect(score({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    // expected figures, none produced: recall 0, precision undefined
    expect(score({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    const counts = { cases: { tp: 1, fp: 0, fn: 1 }, contacts: { tp: 2, fp: 1, fn: 0 }, tests: { tp: 0, fp: 0, fn: 0 }, supplies: { tp: 0, fp: 0, fn: 0 }, resources: { tp: 5, fp: 0, fn: 0 }, areas: { tp: 0, fp: 0, fn: 0 } };
    expect(sumCounts([{ counts }, { counts }], ['cases', 'contacts'])).toEqual({ tp: 6, fp: 2, fn: 2 });
  });
});
