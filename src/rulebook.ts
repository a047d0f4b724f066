// The rulebook: every named rule, by phase, in the order the engine asks them,
// then the refiners in theirs. A rule exists only here; the registry test
// checks that each one has an example it decides and a negative it declines.
import { CUE_RULES } from './rules/cue.js';
import { METRIC_RULES } from './rules/metric.js';
import { ORIGIN_RULES } from './rules/origin.js';
import type { NamedRule } from './rules/rule.js';
import { SCOPE_RULES } from './rules/scope.js';
import { REGION_RULES } from './rules/region.js';
import { SUBJECT_RULES } from './rules/subject.js';
import { zeroInWords } from './rules/zero-figures.js';
import { regionOfEachList, restatedTotal, subjectOfEachGoods } from './rules/figures.js';
import { regionOfFenbieList } from './rules/regions.js';
import { REFINERS, REFINER_DECISIONS } from './refine/index.js';

export const RULEBOOK: readonly NamedRule[] = [
  ...CUE_RULES, ...METRIC_RULES, zeroInWords, ...SCOPE_RULES, ...ORIGIN_RULES, ...REGION_RULES, regionOfEachList, regionOfFenbieList, restatedTotal, ...SUBJECT_RULES, subjectOfEachGoods,
  ...REFINERS, ...REFINER_DECISIONS,
];
