// The extraction options of one input. Kept apart from job.ts so that the
// main thread can build jobs without loading the pipeline.
import type { SourceItem } from '../input/sources.js';
import type { ExtractOptions } from '../pipeline.js';

/** The options of one input's extraction: those of the batch and those the input brings. */
export function optionsFor(src: SourceItem, batch: { year?: number; includeText?: boolean; encoding?: string }): ExtractOptions {
  const options: ExtractOptions = { file: src.file, includeText: !!batch.includeText };
  if (batch.year !== undefined) options.year = batch.year;
  if (src.published !== undefined) options.published = src.published;
  if (src.title !== undefined) options.title = src.title;
  if (src.format) options.format = src.format;
  if (src.bytes && batch.encoding) options.encoding = batch.encoding;
  return options;
}
