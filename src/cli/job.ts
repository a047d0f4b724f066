// One extraction job, shared by the in-process runner and the worker threads.
import { NotTextError } from '../input/decode.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Document } from '../validate/schema.js';

export interface Job {
  id: number;
  input: string | Uint8Array;
  options: ExtractOptions;
}

export interface JobResult {
  id: number;
  doc?: Document;
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

export function runJob(job: Job): JobResult {
  try {
    return { id: job.id, doc: extract(job.input, job.options) };
  } catch (err) {
    return { id: job.id, error: describeError(err) };
  }
}
