// Runs the rules of one phase over one figure, in their declared order, and
// records every change a rule makes in the figure's trace.
import type { Field, Rule, TraceEntry } from './rule.js';

/**
 * The value of one field after its rules: each rule is asked in order (an
 * `unset` rule only while the value is null, a `set` one only while it is
 * not); a rule that returns a value other than the current one changes it,
 * and the change is traced. With `stopAtNull`, a rule that empties the field
 * ends the phase (the metric phase: no metric, no figure).
 */
export function decide<C, V>(rules: readonly Rule<C, V>[], context: C, initial: V, trace: TraceEntry[], stopAtNull = false): V {
  let value = initial;
  for (const rule of rules) {
    if (rule.when === 'unset' ? value !== null : rule.when === 'set' ? value === null : false) continue;
    const out = rule.apply(context, value);
    if (out === undefined || out === value) continue;
    const detail = rule.detail?.(context, out);
    const shown = rule.traced ? rule.traced(out) : out;
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
