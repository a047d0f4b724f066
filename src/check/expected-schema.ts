// The expected file's contract: one zod schema validates every expected file
// `pressfig check` reads and is the JSON Schema `pressfig schema --expected`
// prints. Objects are strict, so that a misspelt field is an error instead of
// an attribute silently left out of the comparison.
import { z } from 'zod';
import { DATE_PATTERN, METRICS } from '../validate/schema.js';
import { DOCUMENT_FIELDS } from './types.js';

const dateString = z.string().regex(DATE_PATTERN, 'a SPEC date: 2022-04-15, --10-29, 2022-10-19T17:00, A/B or A/..');
const metric = z.enum(METRICS).describe('one of the SPEC metrics, e.g. cases.confirmed');
const value = z.number().finite().nonnegative().describe('the number as read, multipliers applied');

export const ExpectedFigureSchema = z
  .strictObject({
    metric,
    value,
    unit: z.string().optional().describe('the unit as written, simplified; compared when stated'),
    approx: z.enum(['exact', 'over', 'under', 'about']).optional().describe('always compared; exact when left out'),
    scope: z.enum(['new', 'cumulative', 'current']).nullable().optional(),
    origin: z.enum(['local', 'imported']).nullable().optional(),
    region: z.string().min(1).nullable().optional().describe('sub-region; null: the article region'),
    subject: z.string().min(1).nullable().optional().describe('what is counted; compared by containment'),
    date: dateString.nullable().optional(),
    evidence: z.string().optional().describe('the words the figure was read from; shown, not compared'),
    optional: z.boolean().optional().describe('neither required nor, when produced, counted as extra'),
    known: z.enum(['missing', 'differs']).optional().describe('a known gap of the tool: not produced, or produced with another value or attribute'),
  })
  .describe('a figure as a person read it; attributes left out are not compared');

export const KnownExtraSchema = z
  .strictObject({ metric, value, quote: z.string().optional() })
  .describe('a figure the tool produces that a person judged wrong');

export const ExpectedDocumentSchema = z
  .strictObject({
    file: z.string().min(1).describe('the article file name'),
    reviewed: z
      .boolean()
      .optional()
      .describe('false: written by `pressfig check --init` and not yet read by a person (check fails until it is true); left out: written by hand, counts as reviewed'),
    title: z.string().nullable().optional(),
    published: dateString.nullable().optional(),
    region: z.string().min(1).nullable().optional().describe('the main locality of the article'),
    figures: z.array(ExpectedFigureSchema),
    knownExtra: z.array(KnownExtraSchema).optional(),
    knownDocument: z.array(z.enum(DOCUMENT_FIELDS)).optional().describe('document fields the tool is known to get wrong'),
  })
  .describe('the figures a person read in an article, beside it as NAME.expected.json');

/** Keys an object of the expected file may have, by the kind of object: for suggestions. */
export const FIGURE_KEYS = Object.keys(ExpectedFigureSchema.shape);
export const DOCUMENT_KEYS = Object.keys(ExpectedDocumentSchema.shape);
export const KNOWN_EXTRA_KEYS = Object.keys(KnownExtraSchema.shape);

/** JSON Schema of the expected file, generated from the zod schema. */
export function expectedJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExpectedDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
