// A sink over a writable stream that honours backpressure. Small chunks (one
// document each, text or UTF-8 bytes) are gathered into larger writes: one
// system call per document would cost more than extracting it.
import type { Writable } from 'node:stream';

/**
 * Gathered output is written once it reaches this many bytes, or after a short pause. Text counts
 * three bytes a character (the most UTF-8 takes for one UTF-16 unit), so 64 K characters of text.
 */
const BATCH_BYTES = 192 * 1024;
const BATCH_DELAY_MS = 50;

export class Sink {
  private failed: Error | null = null;
  private pending: Array<string | Uint8Array> = [];
  private pendingSize = 0;
  private timer: NodeJS.Timeout | null = null;
  /**
   * The stream writes several chunks in one system call (files opened by the CLI, pipes). Standard
   * output redirected to a file writes each chunk by itself, so a batch of bytes is joined for it.
   */
  private readonly vectored: boolean;

  constructor(
    readonly stream: Writable,
    /** Whether `end()` should end the stream (not for process.stdout). */
    private readonly owned = true,
  ) {
    this.vectored = typeof (stream as { _writev?: unknown })._writev === 'function';
    stream.on('error', (err: Error) => {
      this.failed ??= err;
    });
  }

  /** Write `chunk`; resolves at once unless the stream asks to wait for 'drain'. */
  write(chunk: string | Uint8Array): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    this.pending.push(chunk);
    this.pendingSize += typeof chunk === 'string' ? 3 * chunk.length : chunk.length;
    if (this.pendingSize < BATCH_BYTES) {
      // a quiet stream (a JSONL filter fed slowly) still sees its output soon
      this.timer ??= setTimeout(() => {
        this.timer = null;
        if (!this.failed && this.pending.length) this.writeOut();
      }, BATCH_DELAY_MS);
      return Promise.resolve();
    }
    return this.flush();
  }

  /** Write what is gathered to the stream; false when the stream asks to wait for 'drain'. */
  private writeOut(): boolean {
    const pending = this.pending;
    this.pending = [];
    this.pendingSize = 0;
    if (pending.every((c) => typeof c === 'string')) return this.stream.write(pending.join(''));
    if (!this.vectored) return this.stream.write(Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
    // one writev of the pieces as they are, without copying them into one buffer
    this.stream.cork();
    let ok = true;
    for (const chunk of pending) ok = this.stream.write(chunk);
    this.stream.uncork();
    return ok;
  }

  /** Write what is gathered; resolves when the stream can take more. */
  private flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.failed) return Promise.reject(this.failed);
    if (this.pending.length === 0 || this.writeOut()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.stream.off('drain', onDrain);
        this.stream.off('error', onError);
        this.stream.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (err: Error) => done(err);
      const onClose = () => done(this.failed ?? undefined);
      this.stream.on('drain', onDrain);
      this.stream.on('error', onError);
      this.stream.on('close', onClose);
    });
  }

  /** Flush and (for owned streams) end the stream. */
  async end(): Promise<void> {
    await this.flush();
    if (this.failed) return Promise.reject(this.failed);
    if (!this.owned) {
      if (!this.stream.writableNeedDrain) return Promise.resolve();
      return new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
    }
    return new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      // the callback also gets an error of the last write (ENOSPC on /dev/full)
      this.stream.end((err?: Error | null) => (err || this.failed ? reject(err ?? this.failed) : resolve()));
    });
  }
}
