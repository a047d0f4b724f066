// Reading one input under a size limit: a regular file by its descriptor
// (checked after opening, so a path swapped for /dev/zero is not read as a
// file), a FIFO or device given by name under the same limit and a timeout,
// and a stream (standard input) up to the limit.
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';

/** Each input (file, standard input, JSONL line) is refused past this many bytes unless --max-input-size says otherwise. */
export const DEFAULT_MAX_INPUT_SIZE = 32 * 1024 * 1024;
/** A FIFO or device given by name must give data (or its end) within this many milliseconds of silence. */
export const DEFAULT_READ_TIMEOUT_MS = 30_000;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `32M`, `512k`, `1G`, `1048576` -> bytes (binary multiples); NaN when not a size. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?) ?([a-z]{0,2})$/i.exec(value.trim());
  if (!m) return NaN;
  const unit = UNITS[m[2].toLowerCase()];
  return unit === undefined ? NaN : Math.floor(Number(m[1]) * unit);
}

/** Bytes as a short readable size: 512 bytes, 1.5 KB, 32 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** An input past the size limit, or one that gave nothing in time. */
export class InputLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputLimitError';
  }
}

/** The input's size when known (a regular file), else only that it passed the limit (a stream stops there). */
export function tooLarge(size: number, limit: number, atLeast = false): InputLimitError {
  if (atLeast) return new InputLimitError(`input is over the limit of ${formatSize(limit)} (--max-input-size)`);
  return new InputLimitError(`input is ${formatSize(size)}, past the limit of ${formatSize(limit)} (--max-input-size)`);
}

/** An opened input path: its descriptor and what it is. */
export interface OpenedInput {
  fd: number;
  stats: Stats;
}

/**
 * Open without blocking: a FIFO with no writer would block open(2) itself. The
 * descriptor's own stat says what was opened (not a stat of the path before).
 */
export function openInput(path: string): OpenedInput {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return { fd, stats: fstatSync(fd) };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** A regular file's bytes, read from its descriptor up to the limit (it may have grown since its stat). */
export function readRegular(opened: OpenedInput, limit: number): Buffer {
  const { fd, stats } = opened;
  try {
    if (stats.size > limit) throw tooLarge(stats.size, limit);
    let buf = Buffer.allocUnsafe(Math.max(stats.size, 1) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > limit) throw tooLarge(length, limit, true);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw tooLarge(length, limit, true);
    return buf.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Chunks of a stream until its end; throws past `limit` bytes or after `timeoutMs` without data. */
export async function readStreamBounded(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
  limit: number,
  timeoutMs = 0,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  let timer: NodeJS.Timeout | null = null;
  let timedOut = false;
  const arm = () => {
    if (!timeoutMs) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      // ends the iteration below: the stream's end comes at once
      stream.destroy?.();
    }, timeoutMs);
  };
  try {
    arm();
    for await (const chunk of stream) {
      const c = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      length += c.length;
      if (length > limit) throw tooLarge(length, limit, true);
      chunks.push(c);
      arm();
    }
  } catch (err) {
    if (!timedOut) throw err;
  } finally {
    if (timer) clearTimeout(timer);
  }
  if (timedOut) throw new InputLimitError(`no data for ${timeoutMs / 1000} s (a FIFO without a writer, or a device that does not end)`);
  return Buffer.concat(chunks, length);
}

/** A readable stream over an opened FIFO or device (not a regular file). */
export function streamOf(opened: OpenedInput): NodeJS.ReadableStream & { destroy: () => void } {
  // a FIFO read through the event loop (epoll): no thread of the pool waits on a writer that never comes
  if (opened.stats.isFIFO() || opened.stats.isSocket()) return new Socket({ fd: opened.fd, readable: true, writable: false });
  return createReadStream('', { fd: opened.fd, autoClose: true, highWaterMark: 1 << 20 });
}

/** What kind of file the stats describe, for messages. */
export function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}
