// Streaming writers for the output formats: each document is written as it
// arrives (json holds back at most one document to decide between a single
// object and an array).
import { stringify } from 'csv-stringify/sync';
import type { Document, Figure } from '../validate/schema.js';
import type { Sink } from './sink.js';

export type OutputFormat = 'jsonl' | 'json' | 'csv';

/** A document's piece of output: the text `serializeDocument` made of it, or that text as UTF-8. */
export type Piece = string | Uint8Array;

export interface DocumentWriter {
  /** Write one document, given as the piece `serializeDocument` made of it. */
  write(piece: Piece): Promise<void>;
  /** Finish the output; `inputs` is how many inputs the batch had (documents and failures). */
  end(inputs: number): Promise<void>;
}

export interface WriterOptions {
  /** Prefix a UTF-8 byte-order mark (csv). */
  bom?: boolean;
  /** Write the CSV header row (default true; false so that chunks of a split batch concatenate). */
  header?: boolean;
}

/** CSV columns: document fields, then the figure fields in SPEC order. */
export const CSV_COLUMNS = [
  'file',
  'published',
  'doc_region',
  'metric',
  'value',
  'unit',
  'approx',
  'scope',
  'origin',
  'region',
  'subject',
  'date',
  'quote',
  'start',
  'end',
] as const;

const FIGURE_COLUMNS = CSV_COLUMNS.slice(3) as Array<keyof Figure>;

/**
 * One document as its piece of output: a JSONL line, a pretty JSON object, or
 * CSV rows. Pure, so that worker threads can do it next to the extraction.
 */
export function serializeDocument(format: OutputFormat, doc: Document): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify(doc) + '\n';
    case 'json':
      return JSON.stringify(doc, null, 2);
    case 'csv':
      return stringify(csvRows(doc));
  }
}

export class JsonlWriter implements DocumentWriter {
  constructor(private readonly sink: Sink) {}
  write(line: Piece): Promise<void> {
    return this.sink.write(line);
  }
  end(): Promise<void> {
    return Promise.resolve();
  }
}

function indent(json: string): string {
  return '  ' + json.replace(/\n/g, '\n  ');
}

export class JsonWriter implements DocumentWriter {
  private held: string | null = null;
  private written = 0;

  constructor(private readonly sink: Sink) {}

  async write(piece: Piece): Promise<void> {
    // the pieces are re-indented to sit in the array, so they are needed as text
    const doc = typeof piece === 'string' ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8');
    if (this.written === 0 && this.held === null) {
      this.held = doc;
      return;
    }
    if (this.held !== null) {
      await this.sink.write('[\n' + indent(this.held));
      this.held = null;
      this.written = 1;
    }
    await this.sink.write(',\n' + indent(doc));
    this.written++;
  }

  async end(inputs: number): Promise<void> {
    if (this.held !== null) {
      const doc = this.held;
      this.held = null;
      // One input, one document: the object itself; otherwise always an array.
      await this.sink.write(inputs === 1 ? doc + '\n' : '[\n' + indent(doc) + '\n]\n');
    } else if (this.written === 0) {
      await this.sink.write('[]\n');
    } else {
      await this.sink.write('\n]\n');
    }
  }
}

/** The CSV rows of one document: one per figure, or one with empty figure fields. */
export function csvRows(doc: Document): unknown[][] {
  const head = [doc.file, doc.published, doc.region];
  if (doc.figures.length === 0) return [[...head, ...FIGURE_COLUMNS.map(() => null)]];
  return doc.figures.map((f) => [...head, ...FIGURE_COLUMNS.map((k) => f[k])]);
}

export class CsvWriter implements DocumentWriter {
  private started = false;

  constructor(
    private readonly sink: Sink,
    private readonly options: WriterOptions = {},
  ) {}

  private header(): string {
    this.started = true;
    if (this.options.header === false) return this.options.bom ? '\ufeff' : '';
    return (this.options.bom ? '\ufeff' : '') + stringify([CSV_COLUMNS as unknown as string[]]);
  }

  async write(rows: Piece): Promise<void> {
    if (!this.started) {
      const header = this.header();
      if (header) await this.sink.write(header);
    }
    return this.sink.write(rows);
  }

  end(): Promise<void> {
    const header = this.started ? '' : this.header();
    return header ? this.sink.write(header) : Promise.resolve();
  }
}

export function createWriter(format: OutputFormat, sink: Sink, options: WriterOptions = {}): DocumentWriter {
  switch (format) {
    case 'jsonl':
      return new JsonlWriter(sink);
    case 'json':
      return new JsonWriter(sink);
    case 'csv':
      return new CsvWriter(sink, options);
  }
}
