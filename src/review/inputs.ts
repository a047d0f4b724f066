// The documents a review is drawn from: articles (extracted here, with their
// text) and JSONL files, whose lines are either documents written by
// `extract --include-text` (taken as they are, with any `checks`) or the
// `{id, text|html}` lines `extract` reads (extracted here).
import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { inputFiles, isInputFileError } from '../input/files.js';
import { numberedLines } from '../input/jsonl.js';
import { describeFsError, isSourceError, parseJsonlLine, type SourceItem } from '../input/sources.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { ReviewDocument } from './data.js';

/** One input's outcome: a document, or a failure naming the file (and line). */
export type ReviewInput = { doc: ReviewDocument; size: number } | { file: string; line?: number; error: string };

export interface ReviewInputOptions {
  year?: number;
  stdin?: NodeJS.ReadableStream;
}

/** Whether a parsed JSONL value is a document record rather than an article line. */
function isDocument(o: Record<string, unknown>): boolean {
  return Array.isArray(o.figures) && typeof o.file === 'string';
}

function describeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'extraction failed';
}

function extractItem(item: SourceItem, options: ReviewInputOptions): ReviewInput {
  const opts: ExtractOptions = { file: item.file, includeText: true };
  if (options.year !== undefined) opts.year = options.year;
  if (item.published !== undefined) opts.published = item.published;
  if (item.title !== undefined) opts.title = item.title;
  if (item.format) opts.format = item.format;
  try {
    return { doc: extract(item.bytes ?? item.text ?? '', opts), size: item.size };
  } catch (err) {
    return { file: item.source ?? item.file, line: item.line, error: describeError(err) };
  }
}

function fromJsonlLine(raw: string, source: string, line: number, options: ReviewInputOptions): ReviewInput | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  try {
    const value = JSON.parse(trimmed) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value) && isDocument(value as Record<string, unknown>)) {
      const doc = value as ReviewDocument;
      if (!Array.isArray(doc.warnings)) doc.warnings = [];
      return { doc, size: Buffer.byteLength(raw) };
    }
  } catch {
    /* parseJsonlLine names the problem */
  }
  const item = parseJsonlLine(trimmed, source, line);
  if (!item) return null;
  if (isSourceError(item)) return { file: item.file, line: item.line, error: item.error };
  return extractItem(item, options);
}

async function* jsonlLines(stream: NodeJS.ReadableStream, source: string, options: ReviewInputOptions): AsyncGenerator<ReviewInput> {
  for await (const l of numberedLines(stream)) {
    if ('error' in l) {
      yield { file: source, error: l.error };
      continue;
    }
    const r = fromJsonlLine(l.raw, source, l.line, options);
    if (r) yield r;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Standard input: JSONL when it starts with `{`, otherwise one article. */
async function* fromStdin(options: ReviewInputOptions): AsyncGenerator<ReviewInput> {
  let bytes: Buffer;
  try {
    bytes = await readAll(options.stdin ?? process.stdin);
  } catch (err) {
    yield { file: '-', error: describeFsError(err) };
    return;
  }
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) yield* jsonlLines(Readable.from([bytes]), '-', options);
  else yield extractItem({ file: '-', bytes, size: bytes.byteLength }, options);
}

/** The batch's documents in input order; failures are yielded, and the batch goes on. */
export async function* reviewInputs(paths: string[], options: ReviewInputOptions = {}): AsyncGenerator<ReviewInput> {
  for await (const f of inputFiles(paths.length ? paths : ['-'])) {
    if (isInputFileError(f)) {
      yield { file: f.path, error: f.error };
      continue;
    }
    if (f.path === '-') {
      yield* fromStdin(options);
      continue;
    }
    const ext = extname(f.path).toLowerCase();
    if (ext === '.jsonl') {
      yield* jsonlLines(createReadStream(f.path, { encoding: 'utf8' }), f.path, options);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.path);
    } catch (err) {
      yield { file: f.path, error: describeFsError(err) };
      continue;
    }
    const format = ext === '.html' || ext === '.htm' ? 'html' : undefined;
    yield extractItem({ file: f.path, bytes, format, size: bytes.byteLength }, options);
  }
}
