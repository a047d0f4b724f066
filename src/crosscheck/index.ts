// Cross-checks of one document's figures: what does not add up, with the
// figures concerned. Pure; the kinds are described in docs/checks.md.
import type { Check, Document, Figure } from '../validate/schema.js';
import { aboveCumulative, datedAfterPublication, twoValues } from './facts.js';
import { originsAgainstTotal, placesAgainstTotals, subjectsAgainstTotal } from './parts.js';

export { CHECK_KINDS, type Check, type CheckKind } from '../validate/schema.js';

/** The parts of a document the checks read. */
export type Checked = Pick<Document, 'published' | 'region'> & { figures: readonly Figure[] };

/** Every check the document's figures fail, ordered by the first figure each names. */
export function crossCheck(doc: Checked): Check[] {
  const { figures } = doc;
  return [
    ...placesAgainstTotals(figures, doc.region),
    ...subjectsAgainstTotal(figures),
    ...originsAgainstTotal(figures),
    ...aboveCumulative(figures),
    ...twoValues(figures),
    ...datedAfterPublication(figures, doc.published),
  ].sort((a, b) => a.figures[0] - b.figures[0]);
}

/** The document with `checks` set when it fails any (the field stays absent otherwise). */
export function withChecks<D extends Checked & { checks?: Check[] }>(doc: D): D {
  const checks = crossCheck(doc);
  if (checks.length > 0) doc.checks = checks;
  return doc;
}
