// A changed value paired as a person would, and the document fields.
import { describe, expect, it } from 'vitest';
import {
  compareDocument,
  updateExpected,
  type ExpectedDocument,
} from '../../src/check/compare.js';
import { describeChange } from '../../src/check/text.js';

import { doc, expected, fig } from './builders.js';

describe('compareDocument: a changed value', () => {
  it('pairs the same metric, place and date with another value as changed, not as missing and extra', () => {
    const r = compareDocument(
      expected([{ metric: 'cases.confirmed', value: 120, unit: '例', region: '浦东新区', date: '2022-04-03' }]),
      doc([fig('cases.confirmed', 121, { region: '浦东新区', date: '2022-04-03', quote: '浦东新区121例' })]),
    );
    expect(r.ok).toBe(false);
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.changed).toHaveLength(1);
    expect(r.changed[0].differences).toEqual([{ attribute: 'value', expected: 120, actual: 121 }]);
    expect(r.status).toEqual(['differs']);
    // the counts stay the scorer's: a figure with another value is a miss and an extra
    expect(r.counts.cases).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('lists every other field that differs beside the value', () => {
    const r = compareDocument(
      expected([{ metric: 'contacts.close', value: 8, unit: '人', approx: 'exact', date: '2022-04-03' }]),
      doc([fig('contacts.close', 9, { unit: '名', approx: 'over', date: '2022-04-03' })]),
    );
    expect(r.changed[0].differences).toEqual([
      { attribute: 'value', expected: 8, actual: 9 },
      { attribute: 'unit', expected: '人', actual: '名' },
      { attribute: 'approx', expected: 'exact', actual: 'over' },
    ]);
  });

  it('does not pair figures of another place, date or scope, nor an ambiguous pair', () => {
    const otherPlace = compareDocument(
      expected([{ metric: 'cases.confirmed', value: 120, region: '浦东新区' }]),
      doc([fig('cases.confirmed', 121, { region: '黄浦区' })]),
    );
    expect(otherPlace.missing).toHaveLength(1);
    expect(otherPlace.extra).toHaveLength(1);
    const otherScope = compareDocument(
      expected([{ metric: 'cases.confirmed', value: 120, scope: 'new' }]),
      doc([fig('cases.confirmed', 3000, { scope: 'cumulative' })]),
    );
    expect(otherScope.changed).toEqual([]);
    const ambiguous = compareDocument(
      expected([{ metric: 'cases.confirmed', value: 120, date: '2022-04-03' }]),
      doc([fig('cases.confirmed', 121, { date: '2022-04-03' }), fig('cases.confirmed', 122, { date: '2022-04-03' })]),
    );
    expect(ambiguous.changed).toEqual([]);
    expect(ambiguous.missing).toHaveLength(1);
    expect(ambiguous.extra).toHaveLength(2);
  });

  it('keeps a known missing figure and a known extra of another value as known', () => {
    const r = compareDocument(
      expected([{ metric: 'cases.deaths', value: 1, known: 'missing' }], { knownExtra: [{ metric: 'cases.deaths', value: 2 }] }),
      doc([fig('cases.deaths', 2)]),
    );
    expect(r.ok).toBe(true);
    expect(r.known.map((k) => k.kind)).toEqual(['missing', 'extra']);
  });

  it('records a changed value as a known difference with --update, after which the check passes', () => {
    const before = expected([{ metric: 'cases.deaths', value: 1, date: '2022-04-03' }]);
    const actual = doc([fig('cases.deaths', 2, { date: '2022-04-03' })]);
    const { document, changes } = updateExpected(before, compareDocument(before, actual));
    expect(changes).toEqual(['known differs: cases.deaths=1']);
    expect(document.figures[0]).toEqual({ metric: 'cases.deaths', value: 1, date: '2022-04-03', known: 'differs' });
    expect(document.knownExtra).toBeUndefined();
    expect(compareDocument(document, actual).ok).toBe(true);
  });
});

describe('compareDocument: document fields', () => {
  const reviewed = (more: Partial<ExpectedDocument>) => expected([], { reviewed: true, ...more });

  it('fails on a changed region, publication date or title in a file that has "reviewed"', () => {
    const r = compareDocument(
      reviewed({ title: '太原市 通报', published: '2022-04-16', region: '太原市' }),
      { title: '太原市  通报', published: '2022-04-15', region: '山西省', figures: [] },
    );
    expect(r.ok).toBe(false);
    expect(r.document).toEqual([
      { field: 'published', expected: '2022-04-16', actual: '2022-04-15' },
      { field: 'region', expected: '太原市', actual: '山西省' },
    ]);
    expect(r.documentStatus).toEqual(['published', 'region']);
  });

  it('compares only the fields the file states, regions without their suffix, titles with runs of space as one', () => {
    const r = compareDocument(reviewed({ region: '太原', title: ' 太原 通报 ', published: '2022-04-15' }), { title: '太原\n通报', published: '2022-04-15', region: '太原市', figures: [] });
    expect(r.ok).toBe(true);
    const nulls = compareDocument(reviewed({ published: null }), { published: '2022-04-15', region: '太原市', figures: [] });
    expect(nulls.document).toEqual([{ field: 'published', expected: null, actual: '2022-04-15' }]);
  });

  it('reports a field in knownDocument as known, and as fixed once it agrees', () => {
    const known = compareDocument(reviewed({ region: '莱西市', knownDocument: ['region'] }), { region: '青岛市', figures: [] });
    expect(known.ok).toBe(true);
    expect(known.known).toEqual([{ kind: 'document', field: 'region', expected: '莱西市', actual: '青岛市' }]);
    const fixed = compareDocument(reviewed({ region: '莱西市', knownDocument: ['region'] }), { region: '莱西市', figures: [] });
    expect(fixed.ok).toBe(false);
    expect(fixed.fixed.map((f) => f.kind)).toEqual(['document']);
  });

  it('--update records and clears knownDocument in reviewed files only', () => {
    const before = reviewed({ region: '莱西市' });
    const actual = { region: '青岛市', figures: [] };
    const { document, changes } = updateExpected(before, compareDocument(before, actual));
    expect(document.knownDocument).toEqual(['region']);
    expect(changes).toEqual(['known document region: "莱西市"']);
    expect(compareDocument(document, actual).ok).toBe(true);
    const cleared = updateExpected(document, compareDocument(document, { region: '莱西市', figures: [] }));
    expect(cleared.document.knownDocument).toBeUndefined();
    expect(cleared.changes).toEqual(['fixed (document): region']);
    const legacy = expected([], { region: '莱西市' });
    expect(updateExpected(legacy, compareDocument(legacy, actual)).document.knownDocument).toBeUndefined();
  });

  it('marks a file with "reviewed": false as not reviewed, and any other as reviewed', () => {
    expect(compareDocument(expected([], { reviewed: false }), doc([])).reviewed).toBe(false);
    expect(compareDocument(expected([], { reviewed: true }), doc([])).reviewed).toBe(true);
    expect(compareDocument(expected([]), doc([])).reviewed).toBe(true);
  });
});


describe('the text of a change', () => {
  it('reads metric, place, date and old → new value, then one line per other field', () => {
    const r = compareDocument(
      expected([{ metric: 'cases.confirmed', value: 120, unit: '例', approx: 'exact', region: '浦东新区', date: '2022-04-03' }]),
      doc([fig('cases.confirmed', 121, { region: '浦东新区', date: '2022-04-03', approx: 'over', quote: '超过121例' })]),
    );
    expect(describeChange(r.changed[0])).toEqual(['cases.confirmed @浦东新区 2022-04-03: 120 → 121  «超过121例»', '           approx: "exact" → "over"']);
    const attributeOnly = compareDocument(expected([{ metric: 'cases.confirmed', value: 7, scope: 'new' }]), doc([fig('cases.confirmed', 7, { scope: 'current', quote: '7例' })]));
    expect(describeChange(attributeOnly.changed[0])).toEqual(['cases.confirmed=7  «7例»', '           scope: "new" → "current"']);
  });
});
