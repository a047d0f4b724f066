// The documents of a batch for `table`: JSONL lines that are documents from
// `extract` are taken as they are; articles (files, directories, JSONL lines
// with text or html) are extracted. A bad input is an error item; the batch
// goes on.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { numberedLines } from '../input/jsonl.js';
import { describeFsError, isSourceError, parseJsonlLine, readSources, type InputFormat, type Source } from '../input/sources.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import { DocumentSchema } from '../validate/schema.js';
import type { PivotDocument } from './pivot.js';

export interface BatchDocument {
  doc: PivotDocument;
  /** The JSONL line's `published`, for articles whose text states none. */
  published: string | null;
}

export interface BatchError {
  file: string;
  line?: number;
  error: string;
}

export type BatchItem = BatchDocument | BatchError;

export const isBatchError = (x: BatchItem): x is BatchError => 'error' in x;

export interface BatchOptions {
  year?: number;
  /** How to read articles; standard input is read as JSONL unless this says text or html. */
  inputFormat?: InputFormat;
  stdin?: NodeJS.ReadableStream;
}

function fromSource(src: Source, options: BatchOptions): BatchItem {
  if (isSourceError(src)) return src;
  const opts: ExtractOptions = { file: src.file };
  if (options.year !== undefined) opts.year = options.year;
  if (src.published !== undefined) opts.published = src.published;
  if (src.title !== undefined) opts.title = src.title;
  if (src.format) opts.format = src.format;
  try {
    return { doc: extract(src.bytes ?? src.text ?? '', opts), published: src.published ?? null };
  } catch (err) {
    return { file: src.source ?? src.file, ...(src.line !== undefined ? { line: src.line } : {}), error: (err as Error).message.split('\n')[0] };
  }
}

/** One JSONL line: a document from `extract`, or an article to extract. */
function fromLine(raw: string, source: string, line: number, options: BatchOptions): BatchItem | null {
  if (!raw.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null; // parseJsonlLine reports it
  }
  if (value && typeof value === 'object' && Array.isArray((value as { figures?: unknown }).figures)) {
    const parsed = DocumentSchema.safeParse(value);
    if (parsed.success) return { doc: parsed.data, published: null };
    const issue = parsed.error.issues[0];
    return { file: source, line, error: `not a valid document: ${issue.path.join('.') || '(record)'}: ${issue.message}` };
  }
  const src = parseJsonlLine(raw, source, line);
  return src ? fromSource(src, options) : null;
}

async function* jsonl(stream: NodeJS.ReadableStream, source: string, options: BatchOptions): AsyncGenerator<BatchItem> {
  for await (const l of numberedLines(stream)) {
    if ('error' in l) {
      yield { file: source, error: l.error };
      continue;
    }
    const item = fromLine(l.raw, source, l.line, options);
    if (item) yield item;
  }
}

/** The batch's documents in input order. */
export async function* readBatch(paths: string[], options: BatchOptions = {}): AsyncGenerator<BatchItem> {
  const inputFormat = options.inputFormat ?? 'auto';
  for (const path of paths.length ? paths : ['-']) {
    if (path === '-' && inputFormat !== 'text' && inputFormat !== 'html') {
      yield* jsonl(options.stdin ?? process.stdin, '-', options);
    } else if (path !== '-' && (inputFormat === 'jsonl' || extname(path).toLowerCase() === '.jsonl')) {
      const stream = createReadStream(path, { encoding: 'utf8' });
      const opened = await new Promise<Error | null>((resolve) => {
        stream.once('open', () => resolve(null));
        stream.once('error', resolve);
      });
      if (opened) {
        yield { file: path, error: describeFsError(opened) };
        continue;
      }
      try {
        yield* jsonl(stream, path, options);
      } finally {
        stream.destroy();
      }
    } else {
      // files and directories of articles (a directory's .jsonl files are read as article lines)
      const format = inputFormat === 'jsonl' ? 'auto' : inputFormat;
      for await (const src of readSources([path], { inputFormat: format, stdin: options.stdin })) yield fromSource(src, options);
    }
  }
}
