// The refine stage: steps over all of an article's drafts, in this declared
// order. Each returns the drafts that go on; a field it changes goes through
// setField, so the change is in the figure's trace.
import type { Draft } from '../rules/draft.js';
import type { NamedRule } from '../rules/rule.js';
import type { DraftRefiner, RefineContext } from './context.js';
import { dateOfListedDays, dateOfParagraph } from './dates.js';
import { oneFactOnce } from './dedupe.js';
import { partsSumToHead } from './parts.js';
import { asOfTotal, localArticle, restatementsRemoved, windowIsNew, zeroContinuesSentence } from './scopes.js';

export type { RefineContext } from './context.js';

export const REFINERS: readonly DraftRefiner[] = [
  zeroContinuesSentence, restatementsRemoved, dateOfParagraph, windowIsNew, asOfTotal, partsSumToHead, oneFactOnce, localArticle,
];

/** Decisions a refiner makes under a name of their own, beside the refiner's. */
export const REFINER_DECISIONS: readonly NamedRule[] = [dateOfListedDays];

export function refine(context: RefineContext, drafts: Draft[]): Draft[] {
  for (const step of REFINERS) drafts = step.apply(context, drafts);
  return drafts;
}
