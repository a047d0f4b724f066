// JSONL inputs, one line at a time, read as bytes: a line past the size
// limit is an error for that line (never a string the engine cannot hold),
// a line that is not UTF-8 is refused rather than read with replacement
// characters, ids are kept as written, and an impossible `published` date is
// an error for its line.
import { createInterface } from 'node:readline';
import { isUtf8 } from 'node:buffer';
import { formatSize } from './bounded.js';
import { describeFsError, type Source, type SourceItem } from './item.js';

export interface JsonlOptions {
  /** Bytes a line may have. */
  maxLineSize: number;
  /** Stop at the first line past the limit (a device that might never give a newline). */
  stopAtOverlong?: boolean;
  /** Reports that are not errors: duplicate ids. */
  onNotice?: (message: string) => void;
}

interface Line {
  n: number;
  bytes?: Buffer;
  /** bytes the line had when it is past the limit (then `bytes` is absent) */
  overlong?: number;
}

/** Lines of a byte stream (\n or \r\n), each at most `limit` bytes; longer ones are counted and dropped. */
async function* splitLines(stream: AsyncIterable<unknown>, limit: number, stopAtOverlong: boolean): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropping = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    const line: Line = dropping ? { n, overlong: length } : { n, bytes: Buffer.concat(parts, length) };
    parts = [];
    length = 0;
    dropping = false;
    return line;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    let pos = 0;
    while (pos <= chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl < 0 ? chunk.length : nl;
      if (end > pos) {
        length += end - pos;
        if (!dropping) parts.push(chunk.subarray(pos, end));
        if (!dropping && length > limit) {
          dropping = true;
          parts = [];
          if (stopAtOverlong) {
            yield finish();
            return;
          }
        }
      }
      if (nl < 0) break;
      yield finish();
      pos = nl + 1;
    }
  }
  if (length > 0 || dropping) yield finish();
}

/** The number a top-level key holds, as written (`7.0`, `12345678901234567890`); undefined when not a number. */
export function rawNumberOf(json: string, key: string): string | undefined {
  let depth = 0;
  let expectKey = false;
  let found: string | undefined;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < json.length && json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++;
      if (depth === 1 && expectKey) {
        expectKey = false;
        if (JSON.parse(json.slice(start, i + 1)) === key) {
          let j = i + 1;
          while (j < json.length && (json[j] === ':' || json.charCodeAt(j) <= 0x20)) j++;
          let k = j;
          while (k < json.length && '-+0123456789.eE'.includes(json[k])) k++;
          found = k > j ? json.slice(j, k) : undefined;
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 1) expectKey = true;
  }
  return found;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a `published` value starting YYYY-MM-DD names no real day, or null. */
export function impossibleDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (mo < 1 || mo > 12) return `"published" has no month ${m[2]}: ${value}`;
  const days = mo === 2 && !leap ? 28 : DAYS_IN_MONTH[mo - 1];
  if (d < 1 || d > days) return `"published" is not a real date: ${value}`;
  return null;
}

/** One JSONL line -> an item or an error. Blank lines give null. */
export function parseJsonlLine(raw: string, source: string, line: number): Source | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const where = { file: source, line };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { ...where, error: `invalid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ...where, error: 'not a JSON object' };
  }
  const o = value as Record<string, unknown>;
  // failures of a line that parsed name its id too, so an engine's report finds the record
  if (typeof o.id === 'string' || typeof o.id === 'number') Object.assign(where, { id: typeof o.id === 'number' ? (rawNumberOf(trimmed, 'id') ?? String(o.id)) : o.id });
  const hasText = typeof o.text === 'string';
  const hasHtml = typeof o.html === 'string';
  if (!hasText && !hasHtml) return { ...where, error: 'no "text" or "html" string' };
  if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number') {
    return { ...where, error: '"id" must be a string or a number' };
  }
  for (const key of ['published', 'title'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      return { ...where, error: `"${key}" must be a string` };
    }
  }
  if (typeof o.published === 'string') {
    const bad = impossibleDate(o.published);
    if (bad) return { ...where, error: bad };
  }
  // a number id keeps its digits as written: JSON.parse rounds past 2^53 and reads 7.0 as 7
  const id = typeof o.id === 'number' ? (rawNumberOf(trimmed, 'id') ?? String(o.id)) : o.id;
  const file = id === undefined || id === null || id === '' ? `${source}:${line}` : id;
  const text = hasText ? (o.text as string) : (o.html as string);
  const item: SourceItem = {
    file,
    text,
    format: hasText ? 'text' : 'html',
    line,
    source,
    size: Buffer.byteLength(text, 'utf8'),
  };
  if (typeof o.published === 'string' && o.published) item.published = o.published;
  if (typeof o.title === 'string' && o.title) item.title = o.title;
  return item;
}

/** Stream a JSONL file (or stdin) one line at a time. */
export async function* readJsonl(stream: AsyncIterable<unknown>, source: string, options: JsonlOptions): AsyncGenerator<Source> {
  const firstLine = new Map<string, number>();
  let last = 0;
  try {
    for await (const { n, bytes, overlong } of splitLines(stream, options.maxLineSize, !!options.stopAtOverlong)) {
      last = n;
      if (!bytes) {
        const limit = formatSize(options.maxLineSize);
        // read to its end, the line's size is known; a device is left at the limit
        const error = options.stopAtOverlong
          ? `line is over the limit of ${limit} (--max-input-size)`
          : `line is ${formatSize(overlong!)}, past the limit of ${limit} (--max-input-size)`;
        yield { file: source, line: n, error };
        continue;
      }
      let body = bytes;
      if (n === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
      if (body.length && body[body.length - 1] === 0x0d) body = body.subarray(0, body.length - 1);
      if (!isUtf8(body)) {
        yield { file: source, line: n, error: 'not valid UTF-8: JSONL is read as UTF-8 (is this line GBK, GB18030 or Big5? convert it first)' };
        continue;
      }
      const item = parseJsonlLine(body.toString('utf8'), source, n);
      if (!item) continue;
      if (!('error' in item) && item.file !== `${source}:${n}`) {
        const first = firstLine.get(item.file);
        if (first === undefined) firstLine.set(item.file, n);
        else options.onNotice?.(`${source}:${n}: duplicate id ${JSON.stringify(item.file)} (first on line ${first})`);
      }
      yield item;
    }
  } catch (err) {
    yield { file: source, line: last + 1, error: describeFsError(err) };
  }
}

/**
 * The lines of a JSONL stream read as text, numbered from 1 (a leading
 * byte-order mark dropped), for readers of whole documents rather than
 * articles; a read error ends the lines with its message.
 */
export async function* numberedLines(stream: NodeJS.ReadableStream): AsyncGenerator<{ raw: string; line: number } | { error: string }> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (let raw of rl) {
      line++;
      if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      yield { raw, line };
    }
  } catch (err) {
    yield { error: describeFsError(err) };
  } finally {
    rl.close();
  }
}
