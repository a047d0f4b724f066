import { Writable } from 'node:stream';
import { DocumentSchema, type Document } from '../../src/validate/schema.js';

export function makeDoc(file: string, figures: Document['figures'] = [], extra: Partial<Document> = {}): Document {
  return DocumentSchema.parse({
    file,
    sha256: 'a'.repeat(64),
    encoding: 'utf-8',
    script: 'hans',
    title: null,
    published: '2022-04-17',
    region: '太原市',
    figures,
    warnings: [],
    ...extra,
  });
}

export function figure(quote: string, value: number, start: number, extra: Partial<Document['figures'][number]> = {}): Document['figures'][number] {
  return {
    metric: 'cases.confirmed',
    value,
    unit: '例',
    approx: 'exact',
    scope: 'new',
    origin: 'local',
    region: null,
    subject: null,
    date: '2022-04-16',
    quote,
    start,
    end: start + quote.length,
    ...extra,
  };
}

/** A writable that records what it gets, slowly, with a tiny buffer (to exercise backpressure). */
export class SlowSink extends Writable {
  chunks: string[] = [];
  /** Calls of _write and _writev: the writes a file would get. */
  writes = 0;
  /** `vectored: false` is a stream that writes one chunk at a time, like standard output to a file. */
  constructor({ vectored = true } = {}) {
    super({ highWaterMark: 4 });
    if (!vectored) this._writev = undefined;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.writes++;
    this.chunks.push(chunk.toString('utf8'));
    setTimeout(cb, 1);
  }
  override _writev(chunks: Array<{ chunk: Buffer }>, cb: (err?: Error | null) => void): void {
    this.writes++;
    this.chunks.push(Buffer.concat(chunks.map((c) => c.chunk)).toString('utf8'));
    setTimeout(cb, 1);
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** RFC 4180 CSV parser (enough to read back what the writer wrote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
