// The rulebook: every rule, by phase, in the order the engine asks them. A
// rule exists only here; the registry test checks that each one has an
// example it decides and a negative it declines.
import { METRIC_RULES } from './metric.js';
import { ORIGIN_RULES } from './origin.js';
import type { NamedRule } from './rule.js';
import { SCOPE_RULES } from './scope.js';

/** Every rule of the figure phases, in phase order. */
export const RULEBOOK: readonly NamedRule[] = [...METRIC_RULES, ...SCOPE_RULES, ...ORIGIN_RULES];
