// What every refiner reads: the article's normalized text, its structure and
// its resolved dates, and the place set-aside drafts are kept for `explain`.
import type { ResolvedDate } from '../read/timeline.js';
import type { Structure } from '../read/structure.js';
import type { Draft, SetAside } from '../rules/draft.js';
import type { Refiner } from '../rules/rule.js';

export interface RefineContext {
  text: string;
  structure: Structure;
  dates: ResolvedDate[];
  /** drafts a refiner removed, with the rule that removed them */
  setAside: SetAside[];
}

export type DraftRefiner = Refiner<RefineContext, Draft>;

/** Removes a draft from the output, keeping it with the rule's name for `explain`. */
export function setAside(context: RefineContext, d: Draft, rule: string): void {
  context.setAside.push({ mention: d.mention, trace: [...d.trace, { field: 'figure', rule, value: null }] });
}
