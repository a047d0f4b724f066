// What a batch does with one input, for the library's extractFiles and the
// command line alike: the input's extraction options, extract() with offsets
// in the unit asked for, and a one-line message for a failure.
import type { SourceItem } from './input/sources.js';
import { convertOffsets, type OffsetUnit } from './output/offsets.js';
import { extract, type ExtractOptions } from './pipeline.js';
import { NotTextError } from './text/decode.js';
import type { Document } from './validate/schema.js';

/** The options of one input's extraction: those of the batch and those the input brings. */
export function optionsFor(src: SourceItem, batch: { year?: number; includeText?: boolean; encoding?: string; explain?: boolean }): ExtractOptions {
  const options: ExtractOptions = { file: src.file, includeText: !!batch.includeText };
  if (batch.explain) options.explain = true;
  if (batch.year !== undefined) options.year = batch.year;
  if (src.published !== undefined) options.published = src.published;
  if (src.title !== undefined) options.title = src.title;
  if (src.format) options.format = src.format;
  if (src.bytes && batch.encoding) options.encoding = batch.encoding;
  return options;
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

export type Extractor = (input: string | Uint8Array, options: ExtractOptions) => Document;

/** extract() (or `run`), with the figure offsets in `unit`. */
export function extractWithOffsets(input: string | Uint8Array, options: ExtractOptions, unit: OffsetUnit = 'utf16', run: Extractor = extract): Document {
  if (unit === 'utf16') return run(input, options);
  const doc = run(input, { ...options, includeText: true });
  const converted = convertOffsets(doc, doc.text ?? '', unit);
  if (!options.includeText) delete converted.text;
  return converted;
}
