// How big a batch is, measured before it starts, so that the default --jobs
// can run a small batch on one thread: a worker pool costs a fixed start-up
// (threads, loading and warming the code in each) that a small batch never
// earns back. Directories are walked for the files a run would read, and the
// walk stops as soon as the batch is known to be large. The walk is made with
// synchronous calls: it stops at a few thousand files, and one await per file
// (a thread-pool round trip each) cost 3% of a small batch's run.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { DIRECTORY_EXTENSIONS } from '../input/sources.js';

export interface BatchSize {
  files: number;
  bytes: number;
  /** Standard input is among the inputs: its size is unknown. */
  stdin: boolean;
}

/**
 * Batches below both limits run on one thread by default (docs/performance.md,
 * "Default --jobs": measured on the bench corpus, where the pool started to
 * pay between these sizes).
 */
export const SMALL_BATCH = { files: 3000, bytes: 24e6 };

/** The files and bytes of a batch, counted up to `limit` (then the count stops: the batch is large). */
export function measureBatch(paths: string[], extensions: Iterable<string> = [], limit = SMALL_BATCH): BatchSize {
  const size: BatchSize = { files: 0, bytes: 0, stdin: paths.length === 0 || paths.includes('-') };
  const exts = new Set(DIRECTORY_EXTENSIONS);
  for (const e of extensions) exts.add((e.startsWith('.') ? e : `.${e}`).toLowerCase());
  const large = () => size.files >= limit.files || size.bytes >= limit.bytes;
  const visit = (path: string, depth: number, walked = false): void => {
    if (large() || depth > 64) return;
    let st: Stats;
    try {
      st = statSync(path);
    } catch {
      return; // reported when read
    }
    if (st.isFile()) {
      if (walked && !exts.has(extname(path).toLowerCase())) return;
      size.files++;
      size.bytes += st.size;
      return;
    }
    if (!st.isDirectory()) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (large()) return;
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink() || entry.isFile()) visit(child, depth + 1, true);
    }
  };
  for (const p of paths) if (p !== '-') visit(p, 0);
  return size;
}

/** Whether a batch of this size runs on one thread by default. */
export function isSmallBatch(size: BatchSize, limit = SMALL_BATCH): boolean {
  return size.stdin || (size.files < limit.files && size.bytes < limit.bytes);
}

/**
 * Workers for a large batch: one per core but the one the main thread reads
 * and writes on. On two cores that would be a single worker, which can at
 * best match one thread; the main thread's share there is small (reading
 * files, writing batches), so both cores get a worker. One core gets none.
 */
export function workersForCores(cores: number): number {
  if (cores <= 1) return 0;
  return cores === 2 ? 2 : cores - 1;
}
