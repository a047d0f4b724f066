// The rulebook's own corpus: each rule's examples must show it deciding the
// figure they name, and its negatives must show it declining. The expected
// figures were read from the example sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { RULEBOOK } from '../../src/rules/registry.js';
import type { ExampleFigure } from '../../src/rules/rule.js';
import type { Figure } from '../../src/validate/schema.js';

const read = (text: string) => extract(text, { year: 2022, explain: true }).figures;

/** The figure's fields that the example states, for a readable failure. */
function project(f: Figure, want: ExampleFigure): Record<string, unknown> {
  return Object.fromEntries(Object.keys(want).map((k) => [k, f[k as keyof Figure]]));
}

const matches = (f: Figure, want: ExampleFigure) =>
  Object.entries(want).every(([k, v]) => f[k as keyof Figure] === v);

const firedIn = (f: Figure, rule: string) => (f.trace ?? []).some((t) => t.rule === rule);

describe('the rulebook', () => {
  it('names each rule once', () => {
    const names = RULEBOOK.map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('gives every rule at least one example and one negative', () => {
    expect(RULEBOOK.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
    expect(RULEBOOK.filter((r) => r.negatives.length === 0).map((r) => r.name)).toEqual([]);
  });

  const examples = RULEBOOK.flatMap((r) => r.examples.map((e) => [r.name, r.phase, e] as const));
  it.each(examples)('%s (%s) decides its example', (name, phase, example) => {
    if (example.setAside) {
      const doc = extract(example.text, { year: 2022, explain: true });
      const aside = (doc.setAside ?? []).filter((s) => s.value === example.figure.value && s.rule === name);
      expect(aside.length, `${example.text}\n${JSON.stringify(doc.setAside)}`).toBeGreaterThan(0);
      expect(doc.figures.filter((f) => f.start === aside[0].start)).toEqual([]);
      return;
    }
    const figures = read(example.text);
    const decided = figures.filter((f) => matches(f, example.figure) && firedIn(f, name));
    expect(decided.length, `${example.text}\n${JSON.stringify(figures.map((f) => ({ ...project(f, example.figure), rules: f.trace?.map((t) => t.rule) })))}`)
      .toBeGreaterThan(0);
    // the rule's change to its own field is the one the figure keeps
    const last = [...decided[0].trace!].reverse().find((t) => t.field === phase);
    if (phase !== 'metric' || example.figure.metric !== undefined) expect(last?.rule).toBe(name);
  });

  const negatives = RULEBOOK.flatMap((r) => r.negatives.map((e) => [r.name, e] as const));
  it.each(negatives)('%s declines its negative', (name, negative) => {
    const doc = extract(negative.text, { year: 2022, explain: true });
    const figures = doc.figures;
    expect(figures.filter((f) => firedIn(f, name)).map((f) => f.quote), negative.text).toEqual([]);
    expect((doc.setAside ?? []).filter((s) => s.trace.some((t) => t.rule === name)).map((s) => s.quote), negative.text).toEqual([]);
    if (negative.figure) {
      const want = negative.figure;
      expect(figures.some((f) => matches(f, want)), `${negative.text}\n${JSON.stringify(figures.map((f) => project(f, want)))}`).toBe(true);
    }
  });
});
