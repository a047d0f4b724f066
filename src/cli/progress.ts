// A one-line progress display on stderr (only when stderr is a terminal).
export class Progress {
  private files = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    /** Total bytes of the batch, when known in advance. */
    private readonly total: number | null = null,
  ) {}

  tick(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.render(now);
  }

  private render(now: number): void {
    const secs = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.bytes / secs;
    let line = `${this.files} done, ${(this.bytes / 1e6).toFixed(1)} MB, ${(rate / 1e6).toFixed(2)} MB/s`;
    if (this.total !== null && this.total > 0) {
      const pct = Math.min(100, (100 * this.bytes) / this.total);
      line += `, ${pct.toFixed(0)}%`;
      if (rate > 0 && this.bytes < this.total) line += `, ETA ${formatDuration((this.total - this.bytes) / rate)}`;
    }
    this.stream.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  /** Erase the progress line (before other messages, and at the end). */
  clear(): void {
    if (this.enabled && this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
      this.last = 0;
    }
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
