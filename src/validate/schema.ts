// The output contract (SPEC.md): one zod schema is the source of the record
// types (z.infer), of the validation every record passes before it is
// written, and of the JSON Schema that `pressfig schema` prints.
import { z } from 'zod';

import { METRICS, PRIMARY_METRICS, SECONDARY_METRICS, type Metric } from '../lexicon/metrics.js';

export { METRICS, PRIMARY_METRICS, SECONDARY_METRICS, type Metric };

/** Date forms of SPEC "Dates": full or yearless day or instant, and ranges of them (open end `..`). */
const DAY = String.raw`(?:\d{4}|-)-\d{2}-\d{2}(?:T\d{2}:\d{2})?`;
export const DATE_PATTERN = new RegExp(String.raw`^${DAY}(?:/(?:${DAY}|\.\.))?$`);

const dateString = z.string().regex(DATE_PATTERN, 'a SPEC date: 2022-04-15, --10-29, 2022-10-19T17:00, A/B or A/..');

const TraceSchema = z
  .array(
    z.object({
      field: z.enum(['metric', 'scope', 'origin', 'region', 'subject', 'date', 'figure']),
      rule: z.string().min(1),
      value: z.union([z.string(), z.number(), z.null()]),
      detail: z.string().optional(),
    }),
  )
  .describe('every change a rule made, in order; the last change of a field decided it');

export const FigureSchema = z
  .object({
    metric: z.enum(METRICS).describe('one of the SPEC metrics, e.g. cases.confirmed'),
    value: z.number().finite().nonnegative().describe('the number, multipliers applied'),
    unit: z.string().describe('the unit as written, simplified (例, 人, 人次, 吨, …); empty when the text gives none'),
    approx: z.enum(['exact', 'over', 'under', 'about']),
    scope: z.enum(['new', 'cumulative', 'current']).nullable(),
    origin: z.enum(['local', 'imported']).nullable(),
    region: z.string().min(1).nullable().describe('sub-region the figure belongs to, when not the article region'),
    subject: z.string().min(1).nullable().describe('what exactly is counted, in the text’s words, simplified'),
    date: dateString.nullable().describe('the day, instant or period the figure refers to'),
    quote: z.string().min(1).describe('the exact source text the figure was read from'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    rule: z.string().optional().describe('name of the rule that decided the metric'),
    trace: TraceSchema.optional().describe('with --explain: the rules that decided the figure, in order'),
  })
  .refine((f) => f.end > f.start && f.end - f.start === f.quote.length, {
    message: 'start/end must span the quote exactly',
  });

/**
 * Kinds of cross-check a document can fail (docs/checks.md describes each):
 * parts against their stated total, a day's new or current count against the
 * cumulative count, one fact stated with two values, a figure dated after the
 * article's publication.
 */
export const CHECK_KINDS = [
  'parts-exceed-total',
  'parts-below-total',
  'new-exceeds-cumulative',
  'current-exceeds-cumulative',
  'two-values',
  'dated-after-publication',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CheckSchema = z.object({
  kind: z.enum(CHECK_KINDS).describe('what does not add up'),
  message: z.string().min(1).describe('the failed check in words, with the values'),
  figures: z.array(z.number().int().nonnegative()).min(1).describe('indexes into the document\'s figures array'),
});

export const DocumentSchema = z.object({
  file: z.string().describe('input path, "-" for standard input, or the id of a JSONL line'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().min(1),
  script: z.enum(['hans', 'hant']),
  title: z.string().nullable(),
  published: dateString.nullable(),
  region: z.string().min(1).nullable(),
  figures: z.array(FigureSchema),
  warnings: z.array(z.string()),
  checks: z.array(CheckSchema).optional().describe('cross-checks the figures fail; absent when they pass them all'),
  text: z.string().optional().describe('the plain text offsets refer to (with --include-text)'),
  setAside: z
    .array(
      z.object({
        value: z.number().finite().nonnegative(),
        quote: z.string().min(1),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        rule: z.string().min(1),
        trace: TraceSchema,
      }),
    )
    .optional()
    .describe('with --explain: numbers a rule read and set aside as no figure, and the rule'),
}).refine((d) => !d.checks || d.checks.every((c) => c.figures.every((i) => i < d.figures.length)), {
  message: 'a check names a figure index past the end of figures',
  path: ['checks'],
});

export type Figure = z.infer<typeof FigureSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Document = z.infer<typeof DocumentSchema>;

/** DocumentSchema compiled on first use, so that loading the module stays cheap. */
let compiledDocument: typeof DocumentSchema | null = null;

/**
 * A document validated against DocumentSchema. The schema is compiled once
 * (`z.compile`) into one generated function: several times faster than the
 * runtime parser, which every record would otherwise walk field by field,
 * with the same result. An invalid document falls back to the runtime parser,
 * so the error and its issues are the same too.
 */
export function validateDocument(doc: unknown): Document {
  compiledDocument ??= z.compile(DocumentSchema);
  return compiledDocument.parse(doc);
}

/** JSON Schema of the document record, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
