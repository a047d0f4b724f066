// Runs the rules of one phase over one figure, in their declared order, and
// records every change a rule makes in the figure's trace.
import type { Field, Rule, TraceEntry } from './rule.js';

const UNSET = 0;
const SET = 1;
const ALWAYS = 2;

/**
 * A rule as the engine asks it: every rule in one object shape, so that the
 * engine's reads of its fields stay monomorphic (rule records written as
 * literals have as many shapes as they have optional fields).
 */
export class CompiledRule<C, V> {
  readonly when: number;
  readonly name: string;
  readonly phase: Field;
  readonly apply: (context: C, current: V) => V | undefined;
  readonly detail: ((context: C, value: V) => string | undefined) | null;
  readonly traced: ((value: V) => unknown) | null;
  readonly onValues: ReadonlySet<V> | null;

  constructor(rule: Rule<C, V>) {
    this.when = rule.when === 'unset' ? UNSET : rule.when === 'set' ? SET : ALWAYS;
    this.name = rule.name;
    this.phase = rule.phase;
    this.apply = rule.apply;
    this.detail = rule.detail ?? null;
    this.traced = rule.traced ?? null;
    this.onValues = rule.onValues ? new Set(rule.onValues) : null;
  }
}

/** A phase's rules, in their order, as the engine asks them. */
export function compile<C, V>(rules: readonly Rule<C, V>[]): readonly CompiledRule<C, V>[] {
  // a phase compiled whole cannot honour a rule's metrics: say so rather than ask the rule for every metric
  const filtered = rules.find((r) => r.metrics);
  if (filtered) throw new Error(`rule ${filtered.name} names metrics, but its phase is compiled without them (use compileByMetric)`);
  return rules.map((r) => new CompiledRule(r));
}

/**
 * A phase's rules for figures of one metric: those with no `metrics` and those
 * whose `metrics` prefix it, in their order. Kept per metric once made.
 */
export function compileByMetric<C, V>(rules: readonly Rule<C, V>[]): (metric: string) => readonly CompiledRule<C, V>[] {
  const all = rules.map((r) => ({ metrics: r.metrics, compiled: new CompiledRule(r) }));
  const byMetric = new Map<string, readonly CompiledRule<C, V>[]>();
  return (metric) => {
    let list = byMetric.get(metric);
    if (!list) {
      list = all.filter((r) => !r.metrics || r.metrics.some((m) => metric.startsWith(m))).map((r) => r.compiled);
      byMetric.set(metric, list);
    }
    return list;
  };
}

/**
 * The value of one field after its rules: each rule is asked in order (an
 * `unset` rule only while the value is null, a `set` one only while it is
 * not); a rule that returns a value other than the current one changes it,
 * and the change is traced. With `stopAtNull`, a rule that empties the field
 * ends the phase (the metric phase: no metric, no figure).
 */
export function decide<C, V>(rules: readonly CompiledRule<C, V>[], context: C, initial: V, trace: TraceEntry[], stopAtNull = false): V {
  let value = initial;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.when === UNSET ? value !== null : rule.when === SET && value === null) continue;
    if (rule.onValues !== null && !rule.onValues.has(value)) continue;
    const out = rule.apply(context, value);
    if (out === undefined || out === value) continue;
    const detail = rule.detail === null ? undefined : rule.detail(context, out);
    const shown = rule.traced === null ? out : rule.traced(out);
    trace.push(detail === undefined ? { field: rule.phase, rule: rule.name, value: shown } : { field: rule.phase, rule: rule.name, value: shown, detail });
    value = out;
    if (stopAtNull && out === null) break;
  }
  return value;
}

/** Sets a field outside the phases (a refiner), tracing the change. */
export function setField<D extends Record<Field, unknown> & { trace: TraceEntry[] }>(
  draft: D, field: Field, value: D[Field], rule: string): void {
  if (draft[field] === value) return;
  draft[field] = value;
  draft.trace.push({ field, rule, value });
}

/** The rule that last set a field: the one that decided it. */
export function decidedBy(trace: readonly TraceEntry[], field: Field): TraceEntry | null {
  for (let i = trace.length - 1; i >= 0; i--) if (trace[i].field === field) return trace[i];
  return null;
}
