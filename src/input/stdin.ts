// Standard input in auto mode: JSONL when its first non-blank line is a JSON
// object with a "text" or "html" string, otherwise one article. Only the
// first line is read ahead; the stream is then read on from where it was.
import { Readable } from 'node:stream';

/** Whether a line is a JSONL article: a JSON object with a "text" or "html" string. */
export function isJsonlArticle(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value = JSON.parse(trimmed) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const o = value as Record<string, unknown>;
    return typeof o.text === 'string' || typeof o.html === 'string';
  } catch {
    return false;
  }
}

export interface SniffedInput {
  jsonl: boolean;
  /** The whole input again, from its first byte. */
  replay(): AsyncGenerator<Buffer>;
}

// blanks before the first line: whitespace and the bytes of a UTF-8 byte-order mark
const isBlank = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf;

/** Reads `stream` up to the end of its first non-blank line and tells whether it is JSONL. */
export async function sniffJsonl(stream: NodeJS.ReadableStream, limit = Infinity): Promise<SniffedInput> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let started = false;
  let ended = false;
  let read = 0;
  for (;;) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    head.push(chunk);
    // no line end within the limit (`- < /dev/zero`): not read further here; the reader after it stops at the limit
    if ((read += chunk.length) > limit) break;
    let i = 0;
    if (!started) {
      while (i < chunk.length && isBlank(chunk[i])) i++;
      if (i === chunk.length) continue;
      started = true;
    }
    if (chunk.indexOf(0x0a, i) >= 0) break;
  }
  const text = Buffer.concat(head).toString('utf8');
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return {
    jsonl: isJsonlArticle(first.replace(/^\uFEFF/, '')),
    async *replay() {
      yield* head;
      if (ended) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      }
    },
  };
}

/** The sniffed input as a stream again. */
export function replayStream(sniffed: SniffedInput): Readable {
  return Readable.from(sniffed.replay(), { objectMode: false });
}
