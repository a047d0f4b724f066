// One extraction job, shared by the in-process runner and the worker threads.
import { NotTextError } from '../text/decode.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import { serializeDocument, type OutputFormat, type Piece } from '../output/writers.js';
import type { Document } from '../validate/schema.js';

export interface Job {
  id: number;
  input: string | Uint8Array;
  options: ExtractOptions;
  /** Output format the document is serialized for. */
  format: OutputFormat;
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

export function runJob(job: Job): JobResult {
  try {
    const doc = extract(job.input, job.options);
    return { id: job.id, output: serializeDocument(job.format, doc), notes: notesOf(doc) };
  } catch (err) {
    return { id: job.id, error: describeError(err) };
  }
}
