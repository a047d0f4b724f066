// One extraction job, shared by the in-process runner and the worker threads.
import { describeError, extractWithOffsets, type Extractor } from '../batch.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { OffsetUnit } from '../output/offsets.js';

export { describeError, extractWithOffsets };
import { serializeDocument, type OutputFormat, type Piece } from '../output/writers.js';
import type { Document } from '../validate/schema.js';

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
  /** What the run's summary and -v need of the document. */
  notes?: DocumentNotes;
}

/** A document's figure count, warnings and failed checks (as `kind: message`). */
export interface DocumentNotes {
  figures: number;
  warnings: string[];
  checks: string[];
}

function notesOf(doc: Document & { checks?: Array<{ kind?: string; message?: string }> }): DocumentNotes {
  const checks = Array.isArray(doc.checks) ? doc.checks.map((c) => `${c.kind ?? 'check'}: ${c.message ?? ''}`) : [];
  return { figures: doc.figures.length, warnings: doc.warnings, checks };
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
    return { id: job.id, output: serializeDocument(job.format, doc), notes: notesOf(doc) };
  } catch (err) {
    return { id: job.id, error: describeError(err) };
  }
}
