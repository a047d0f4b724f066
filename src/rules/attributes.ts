// A named figure's scope, origin, region and subject: read from its own
// phrase, from the topic it is counted under, or carried over from the figure
// it breaks down.
import type { Origin, Scope } from './draft.js';
import { REGION_RULES, readPlaces } from './region.js';
import { SUBJECT_RULES } from './subject.js';
import { compile, compileByMetric, decide } from './engine.js';
import { ORIGIN_RULES } from './origin.js';
import { SCOPE_RULES, readScopeWord, type PhraseContext } from './scope.js';


const SCOPE = compile(SCOPE_RULES);
const ORIGIN = compileByMetric(ORIGIN_RULES);
const REGION = compile(REGION_RULES);
const SUBJECT = compileByMetric(SUBJECT_RULES);

/** Scope: the scope phase's rules over the number's phrase. */
export function scopeOf(c: PhraseContext): Scope | null {
  return decide(SCOPE, readScopeWord(c), null, c.n.trace);
}

/** Origin: the origin phase's rules over the number's phrase. */
export function originOf(c: PhraseContext): Origin | null {
  return decide(ORIGIN(c.n.metric), c, null, c.n.trace);
}

/** Region and subject: the region phase's rules, then the subject phase's, over the number's phrase. */
export function placeAndSubject(c: PhraseContext): { region: string | null; subject: string | null } {
  c.region = decide(REGION, readPlaces(c), null, c.n.trace);
  const subject = decide(SUBJECT(c.n.metric), c, null, c.n.trace);
  return { region: c.region, subject };
}
