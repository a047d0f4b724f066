// A named figure's scope, origin, region and subject: read from its own
// phrase, from the topic it is counted under, or carried over from the figure
// it breaks down.
import type { Naming, Origin, Phrase, Reading, Scope, Span } from './draft.js';
import { REGION_RULES, placeContext } from './region.js';
import { SUBJECT_RULES } from './subject.js';
import { decide } from './engine.js';
import { ORIGIN_RULES } from './origin.js';
import { SCOPE_RULES, scopeContext } from './scope.js';


/** Scope: the scope phase's rules over the number's phrase. */
export function scopeOf(r: Reading, p: Phrase, n: Naming, s: Span): Scope | null {
  return decide(SCOPE_RULES, scopeContext({ r, p, n, s }), null, n.trace);
}

/** Origin: the origin phase's rules over the number's phrase. */
export function originOf(r: Reading, p: Phrase, n: Naming, s: Span): Origin | null {
  return decide(ORIGIN_RULES, { r, p, n, s }, null, n.trace);
}

/** Region and subject: the region phase's rules, then the subject phase's, over the number's phrase. */
export function placeAndSubject(r: Reading, p: Phrase, n: Naming, s: Span): { region: string | null; subject: string | null } {
  const context = placeContext({ r, p, n, s });
  const region = decide(REGION_RULES, context, null, n.trace);
  const subject = decide(SUBJECT_RULES, { ...context, region }, null, n.trace);
  return { region, subject };
}
