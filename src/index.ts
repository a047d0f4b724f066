// Library entry: `extract(textOrBuffer, options) -> Document`, with no I/O;
// `extractFiles(paths, options)`, the command line's reader, for batches;
// the writers the command line writes JSONL, JSON and CSV with.
import type { Writable } from 'node:stream';
import { describeError, extractWithOffsets, optionsFor } from './batch.js';
import { isSourceError, readSources, type InputFormat } from './input/sources.js';
import type { OffsetUnit } from './output/offsets.js';
import { Sink } from './output/sink.js';
import { createWriter, serializeDocument, type OutputFormat } from './output/writers.js';
import type { Document } from './validate/schema.js';

export { extract, type ExtractOptions } from './pipeline.js';
export { crossCheck } from './crosscheck/index.js';
export { Pivot, KEY_FIELDS, tableCsv, tableJsonl, tableWide, type TableRow, type KeyField } from './table/index.js';
export {
  CHECK_KINDS,
  CheckSchema,
  DocumentSchema,
  FigureSchema,
  METRICS,
  PRIMARY_METRICS,
  SECONDARY_METRICS,
  documentJsonSchema,
  validateDocument,
  type Check,
  type CheckKind,
  type Document,
  type Figure,
  type Metric,
} from './validate/schema.js';
export { convertOffsets, OFFSET_UNITS, type OffsetUnit } from './output/offsets.js';
export {
  CSV_COLUMNS,
  CsvWriter,
  JsonWriter,
  JsonlWriter,
  createWriter,
  csvRows,
  serializeDocument,
  type DocumentWriter,
  type OutputFormat,
  type WriterOptions,
} from './output/writers.js';
export { Sink } from './output/sink.js';
export type { InputFormat } from './input/sources.js';

/** An input that could not be read or extracted from. */
export interface InputFailure {
  /** The path, `-`, or for a JSONL line the JSONL file. */
  file: string;
  /** The line, for a JSONL line. */
  line?: number;
  /** The line's `id`, for a JSONL line that has one. */
  id?: string;
  error: string;
}

export interface ExtractFilesOptions {
  /** How inputs are read: `auto` (by extension and content), `text`, `html` or `jsonl`. */
  inputFormat?: InputFormat;
  /** Year for dates in articles that state none. */
  year?: number;
  /** Encoding of input bytes (default: detected). */
  encoding?: string;
  /** Add the plain text the offsets refer to as `text`. */
  includeText?: boolean;
  /** Unit of figure offsets: UTF-16 code units (default), code points or UTF-8 bytes. */
  offsets?: OffsetUnit;
  /** Standard input, read for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Called for each input that fails; the batch goes on. Without it, the first
   * failure throws an Error naming the input.
   */
  onError?: (failure: InputFailure) => void;
}

/**
 * The documents of files, directories (walked in sorted order), JSONL files
 * and `-` (standard input), in input order, one at a time, as the command
 * line reads them.
 */
export async function* extractFiles(paths: string | string[], options: ExtractFilesOptions = {}): AsyncGenerator<Document> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const fail = (failure: InputFailure) => {
    if (options.onError) return options.onError(failure);
    const where = `${failure.file}${failure.line !== undefined ? `:${failure.line}` : ''}`;
    throw Object.assign(new Error(`${where}: ${failure.error}`), { failure });
  };
  for await (const src of readSources(list, { inputFormat: options.inputFormat ?? 'auto', stdin: options.stdin })) {
    if (isSourceError(src)) {
      fail({ file: src.file, ...(src.line !== undefined ? { line: src.line } : {}), ...(src.id !== undefined ? { id: src.id } : {}), error: src.error });
      continue;
    }
    let doc: Document;
    try {
      doc = extractWithOffsets(src.bytes ?? src.text ?? '', optionsFor(src, options), options.offsets);
    } catch (err) {
      const where = src.source !== undefined ? { file: src.source, line: src.line, id: src.file } : { file: src.file };
      fail({ ...where, error: describeError(err) });
      continue;
    }
    yield doc;
  }
}

/**
 * Write documents to a stream as JSONL (default), JSON or CSV, honouring
 * backpressure; the stream is ended when `end` is true (default: false, as
 * for process.stdout).
 */
export async function writeDocuments(
  docs: Iterable<Document> | AsyncIterable<Document>,
  stream: Writable,
  options: { format?: OutputFormat; bom?: boolean; header?: boolean; end?: boolean } = {},
): Promise<number> {
  const format = options.format ?? 'jsonl';
  const sink = new Sink(stream, options.end ?? false);
  const writer = createWriter(format, sink, { bom: options.bom, header: options.header });
  let n = 0;
  for await (const doc of docs) {
    await writer.write(serializeDocument(format, doc));
    n++;
  }
  await writer.end(n);
  await sink.end();
  return n;
}
