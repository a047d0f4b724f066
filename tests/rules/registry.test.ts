// The rulebook's own corpus: each rule's examples must show it deciding the
// figure they name, and its negatives must show it declining. The expected
// figures were read from the example sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { RULEBOOK } from '../../src/rulebook.js';
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

const fixturesDir = fileURLToPath(new URL('../../fixtures', import.meta.url));
const fixtureArticles = readdirSync(fixturesDir).filter((f) => /\.(?:txt|html?)$/.test(f));

describe('the rulebook', () => {
  it('holds every rule that decides a field of a fixture figure or sets a number aside', () => {
    const known = new Set(RULEBOOK.map((r) => r.name));
    const unregistered = new Set<string>();
    for (const name of fixtureArticles) {
      const doc = extract(readFileSync(join(fixturesDir, name)), { file: name, explain: true });
      const traces = [...doc.figures.map((f) => f.trace ?? []), ...(doc.setAside ?? []).map((s) => s.trace)];
      for (const t of traces.flat()) if (!known.has(t.rule)) unregistered.add(t.rule);
    }
    expect(fixtureArticles.length).toBeGreaterThan(100);
    expect([...unregistered]).toEqual([]);
  });

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
      // the rule set the number aside, or (a rule whose figure another removes) set the fields the example states
      const stated = Object.entries(example.figure).filter(([k]) => k !== 'value');
      const aside = (doc.setAside ?? []).filter((s) => s.value === example.figure.value && (stated.length === 0
        ? s.rule === name
        : stated.every(([k, v]) => s.trace.some((t) => t.rule === name && t.field === k && t.value === v))));
      expect(aside.length, `${example.text}\n${JSON.stringify(doc.setAside)}`).toBeGreaterThan(0);
      expect(doc.figures.filter((f) => f.start === aside[0].start)).toEqual([]);
      return;
    }
    const figures = read(example.text);
    const decided = figures.filter((f) => matches(f, example.figure) && firedIn(f, name));
    expect(decided.length, `${example.text}\n${JSON.stringify(figures.map((f) => ({ ...project(f, example.figure), rules: f.trace?.map((t) => t.rule) })))}`)
      .toBeGreaterThan(0);
    // the rule's last change is the one the figure keeps: no later rule changed that field again
    const trace = decided[0].trace!;
    const at = trace.map((t) => t.rule).lastIndexOf(name);
    const field = trace[at].field;
    const later = trace.slice(at + 1).filter((t) => t.field === field).map((t) => t.rule);
    if (phase !== 'metric' || example.figure.metric !== undefined) expect(later, `${name} set ${field}, then`).toEqual([]);
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
