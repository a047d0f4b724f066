// A string sink over a writable stream that honours backpressure. Small
// chunks (one document each) are gathered into larger writes: one system call
// per document would cost more than extracting it.
import type { Writable } from 'node:stream';

/** Gathered output is written once it reaches this many characters, or after a short pause. */
const BATCH_CHARS = 64 * 1024;
const BATCH_DELAY_MS = 50;

export class Sink {
  private failed: Error | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly stream: Writable,
    /** Whether `end()` should end the stream (not for process.stdout). */
    private readonly owned = true,
  ) {
    stream.on('error', (err: Error) => {
      this.failed ??= err;
    });
  }

  /** Write `chunk`; resolves at once unless the stream asks to wait for 'drain'. */
  write(chunk: string): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    this.pending.push(chunk);
    this.pendingChars += chunk.length;
    if (this.pendingChars < BATCH_CHARS) {
      // a quiet stream (a JSONL filter fed slowly) still sees its output soon
      this.timer ??= setTimeout(() => {
        this.timer = null;
        if (!this.failed && this.pending.length) this.stream.write(this.take());
      }, BATCH_DELAY_MS);
      return Promise.resolve();
    }
    return this.flush();
  }

  private take(): string {
    const data = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    return data;
  }

  /** Write what is gathered; resolves when the stream can take more. */
  private flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.failed) return Promise.reject(this.failed);
    if (this.pending.length === 0 || this.stream.write(this.take())) return Promise.resolve();
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
      this.stream.end(() => resolve());
    });
  }
}
