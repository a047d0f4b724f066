// What a batch tells the person running it, on stderr: a one-line progress
// bar while it runs, and at the end a summary line and the warnings.
import { extname } from 'node:path';
import { inputFiles, isInputFileError } from '../input/files.js';

/** Where the streams go, for deciding what to show. */
export interface Terminal {
  quiet: boolean;
  verbose: boolean;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The command writes its output to standard output (no --out). */
  outputToStdout: boolean;
}

/**
 * A progress line only on a terminal, and never when the output goes to the
 * same terminal: its lines and the redrawn bar would be written into each other.
 */
export function showProgress(t: Terminal): boolean {
  return !t.quiet && t.stderrIsTTY && !(t.stdoutIsTTY && t.outputToStdout);
}

/** The end-of-run summary and the warning count: on a terminal unless quiet, or when asked with -v. */
export function showSummary(t: Terminal): boolean {
  return t.verbose || (t.stderrIsTTY && !t.quiet);
}

export interface ProgressState {
  files: number;
  bytes: number;
  seconds: number;
  /** Files and bytes of the whole batch, once counted. */
  totalFiles: number | null;
  totalBytes: number | null;
  /** Bytes done and seconds gone when the first RATE_FROM of the batch was done: the rate is taken from there. */
  since?: { bytes: number; seconds: number };
}

/**
 * The share of a batch after which its rate is measured: the start (worker
 * threads starting, the first files) is slower than the rest, and an average
 * from the very start makes the ETA too long for much of the batch.
 */
export const RATE_FROM = 0.05;

/** Bytes a second: since the reference point once past it, else the average so far. */
export function rate(s: ProgressState): number {
  if (s.since && s.seconds > s.since.seconds && s.bytes > s.since.bytes) return (s.bytes - s.since.bytes) / (s.seconds - s.since.seconds);
  return s.seconds > 0 ? s.bytes / s.seconds : 0;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

const BAR_WIDTH = 20;

/** Seconds left at the batch's rate; null before anything is done or without a total. */
export function eta(s: ProgressState): number | null {
  const r = rate(s);
  if (s.totalBytes === null || r <= 0) return null;
  return Math.max(0, s.totalBytes - s.bytes) / r;
}

/** `[=====>      ] 120/1000 files  12.3 MB  4.56 MB/s  ETA 1m05s`, cut to `columns`. */
export function formatProgress(s: ProgressState, columns = 80): string {
  const parts: string[] = [];
  const fraction = s.totalBytes ? Math.min(1, s.bytes / s.totalBytes) : s.totalFiles ? Math.min(1, s.files / s.totalFiles) : null;
  if (fraction !== null) {
    const filled = Math.round(fraction * BAR_WIDTH);
    parts.push(`[${'='.repeat(Math.max(0, filled - 1))}${filled ? '>' : ''}${' '.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%`);
  }
  parts.push(s.totalFiles !== null ? `${s.files}/${s.totalFiles} files` : `${s.files} files`);
  parts.push(`${(s.bytes / 1e6).toFixed(1)} MB`, `${(rate(s) / 1e6).toFixed(2)} MB/s`);
  const left = eta(s);
  if (left !== null && s.bytes < (s.totalBytes ?? 0)) parts.push(`ETA ${formatDuration(left)}`);
  const line = parts.join('  ');
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/** A progress line on stderr, redrawn at most ten times a second. */
export class Progress {
  private files = 0;
  private bytes = 0;
  private totalFiles: number | null = null;
  private totalBytes: number | null = null;
  private since: { bytes: number; seconds: number } | undefined;
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    /** Milliseconds now (a parameter for the tests). */
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Where the batch stands. */
  state(): ProgressState {
    const seconds = (this.now() - this.started) / 1000;
    return { files: this.files, bytes: this.bytes, seconds, totalFiles: this.totalFiles, totalBytes: this.totalBytes, since: this.since };
  }

  /** The batch's size, once known (counted while the batch runs). */
  setTotal(files: number, bytes: number): void {
    this.totalFiles = files;
    this.totalBytes = bytes;
  }

  tick(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    if (!this.since && this.totalBytes !== null && this.bytes >= RATE_FROM * this.totalBytes) {
      this.since = { bytes: this.bytes, seconds: (this.now() - this.started) / 1000 };
    }
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.last < 100) return;
    this.last = now;
    const state = this.state();
    this.stream.write(`\r\x1b[K${formatProgress(state, this.stream.columns || 80)}`);
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

/**
 * The number and size of the files the paths stand for, or null when the
 * batch's size cannot be known in advance (standard input, JSONL lines).
 */
export async function countInputs(paths: string[], inputFormat: string): Promise<{ files: number; bytes: number } | null> {
  if (paths.length === 0 || inputFormat === 'jsonl') return null;
  let files = 0;
  let bytes = 0;
  for await (const f of inputFiles(paths)) {
    if (isInputFileError(f)) {
      files++; // a failed input still ticks once
      continue;
    }
    if (f.path === '-' || extname(f.path).toLowerCase() === '.jsonl') return null;
    files++;
    bytes += f.size;
  }
  return { files, bytes };
}

/** What a batch produced, for the summary line. */
export class RunSummary {
  articles = 0;
  figures = 0;
  empty = 0;
  failed = 0;
  warnings = 0;
  checks = 0;
  /** Warning texts with their digits blanked, and how often each came. */
  private readonly kinds = new Map<string, number>();

  add(figures: number, warnings: readonly string[], checks = 0): void {
    this.articles++;
    this.figures += figures;
    if (figures === 0) this.empty++;
    this.warnings += warnings.length;
    this.checks += checks;
    for (const w of warnings) {
      const kind = w.replace(/\d+/g, '#');
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    }
  }

  fail(): void {
    this.failed++;
  }

  /** `pressfig: 141 articles, 2130 figures, 3 empty articles, 0 failed inputs, 50 warnings (12.3 s)` */
  line(seconds: number): string {
    const checks = this.checks ? `, ${this.checks} failed checks` : '';
    return `pressfig: ${this.articles} articles, ${this.figures} figures, ${this.empty} empty articles, ${this.failed} failed inputs, ${this.warnings} warnings${checks} (${seconds.toFixed(1)} s)`;
  }

  /** One line on the warnings: how many, the commonest kinds, and how to see them all; null without any. */
  warningsLine(): string | null {
    if (this.warnings === 0 && this.checks === 0) return null;
    const top = [...this.kinds]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([k, n]) => `${n}× "${k}"`);
    const checks = this.checks ? `${this.checks} failed checks; ` : '';
    return `pressfig: ${checks}${this.warnings} warnings${top.length ? `, most often ${top.join(', ')}` : ''} (-v lists them)`;
  }
}
