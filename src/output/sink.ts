// A string sink over a writable stream that honours backpressure.
import type { Writable } from 'node:stream';

export class Sink {
  private failed: Error | null = null;

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
    if (this.stream.write(chunk)) return Promise.resolve();
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
  end(): Promise<void> {
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
