// A rule is a named record: the field it decides (its phase), how it decides
// (apply, which declines with undefined), and the texts that show it deciding
// (examples) and declining (negatives). The registry holds every rule; the
// engine runs them phase by phase and records each change in the draft's trace.
import type { Metric, Origin, Scope } from '../lexicon/metrics.js';

/** The fields of a figure that rules decide, in the order the phases run. */
export const FIELDS = ['metric', 'scope', 'origin', 'region', 'subject', 'date'] as const;
export type Field = (typeof FIELDS)[number];

/** The figure an example shows: its value, and the fields the rule settles in it. */
export interface ExampleFigure {
  value: number;
  metric?: Metric;
  scope?: Scope | null;
  origin?: Origin | null;
  region?: string | null;
  subject?: string | null;
  date?: string | null;
}

/** A text in which the rule fires, and the figure it decides there (or the number it sets aside as no figure). */
export interface RuleExample {
  text: string;
  figure: ExampleFigure;
  setAside?: true;
}

/** A text in which the rule must not fire; `figure`, when given, is what comes out instead. */
export interface RuleNegative {
  text: string;
  figure?: ExampleFigure;
}

/** When a rule is asked: only while the field is still empty, only once it holds a value, or always. */
export type When = 'unset' | 'set' | 'always';

export interface Rule<C, V> {
  name: string;
  phase: Field;
  when: When;
  /** When given, the rule is asked only for figures whose metric starts with one of these (`cases.`, `supplies.days`). */
  metrics?: readonly string[];
  /** When given, the rule is asked only while the field holds one of these values (the engine skips it otherwise). */
  onValues?: readonly V[];
  /** The field's new value, or undefined to decline. */
  apply(context: C, current: V): V | undefined;
  /** What the rule read, kept in the trace beside its name (the cue word chosen). */
  detail?(context: C, value: V): string | undefined;
  /** The field's value as the trace shows it, where the rule decides more than the field (the cue chosen). */
  traced?(value: V): unknown;
  examples: readonly RuleExample[];
  negatives: readonly RuleNegative[];
}

/** A refiner: a pure step over all of an article's drafts, run after the phases, in a declared order. */
export interface Refiner<C, D> {
  name: string;
  phase: 'refine';
  apply(context: C, drafts: D[]): D[];
  examples: readonly RuleExample[];
  negatives: readonly RuleNegative[];
}

/** One change a rule made to a figure. */
export interface TraceEntry {
  field: Field | 'figure';
  rule: string;
  value: unknown;
  /** what the rule read, when its name alone does not say (the cue word chosen) */
  detail?: string;
}

/** The words the registry and the engine need from any rule, whatever its context. */
export interface NamedRule {
  name: string;
  phase: Field | 'refine';
  examples: readonly RuleExample[];
  negatives: readonly RuleNegative[];
}
