// One extraction job, shared by the in-process runner and the worker threads.
import { NotTextError } from '../input/decode.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Document } from '../validate/schema.js';
import { convertOffsets, type OffsetUnit } from '../output/offsets.js';
import { serializeDocument, type OutputFormat, type Piece } from '../output/writers.js';

export interface Job {
  id: number;
  input: string | Uint8Array;
  options: ExtractOptions;
  /** Output format the document is serialized for. */
  format: OutputFormat;
  /** Unit of the figure offsets written (default utf16, the SPEC's). */
  offsets?: OffsetUnit;
  /** CSS selectors of the article body and headline (--select, --title-select). */
  select?: { body?: string; title?: string };
}

export interface JobResult {
  id: number;
  /** The document serialized for the output format (as UTF-8 when it comes from a worker). */
  output?: Piece;
  error?: string;
}

/** A one-line message for an extraction failure. */
export function describeError(err: unknown): string {
  if (err instanceof NotTextError) return err.message;
  const e = err as { name?: string; message?: string; issues?: Array<{ path?: PropertyKey[]; message?: string }> };
  if (e && e.name === 'ZodError' && Array.isArray(e.issues)) {
    const issues = e.issues.slice(0, 3).map((i) => `${(i.path ?? []).map(String).join('.') || '(record)'}: ${i.message}`);
    const more = e.issues.length > 3 ? ` (+${e.issues.length - 3} more)` : '';
    return `invalid record: ${issues.join('; ')}${more}`;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'input too deeply nested (stack overflow)';
  const message = e && typeof e.message === 'string' ? e.message : String(err);
  return message.split('\n')[0] || 'extraction failed';
}

type Extractor = (input: string | Uint8Array, options: ExtractOptions) => Document;

/** extract() (or `run`), with the figure offsets in `unit`. */
export function extractWithOffsets(input: string | Uint8Array, options: ExtractOptions, unit: OffsetUnit = 'utf16', run: Extractor = extract): Document {
  if (unit === 'utf16') return run(input, options);
  const doc = run(input, { ...options, includeText: true });
  const converted = convertOffsets(doc, doc.text ?? '', unit);
  if (!options.includeText) delete converted.text;
  return converted;
}

/** The extractor of a job with page selectors; cheerio is loaded on first use. */
export async function selectingExtractor(select: { body?: string; title?: string }): Promise<Extractor> {
  const { extractSelected } = await import('./select.js');
  return (input, options) => extractSelected(input, options, select);
}

export function runJob(job: Job): JobResult | Promise<JobResult> {
  if (job.select) return selectingExtractor(job.select).then((run) => runWith(job, run));
  return runWith(job, extract);
}

function runWith(job: Job, run: Extractor): JobResult {
  try {
    const doc = extractWithOffsets(job.input, job.options, job.offsets, run);
    return { id: job.id, output: serializeDocument(job.format, doc) };
  } catch (err) {
    return { id: job.id, error: describeError(err) };
  }
}
