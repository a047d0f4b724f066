// The options of `pressfig extract`, checked before any work: the encoding,
// the page selectors, the output paths, and how many worker threads to run.
import { availableParallelism } from 'node:os';
import { canonicalEncoding } from '../text/decode.js';
import type { InputFormat } from '../input/sources.js';
import { OutputPathError, openOutputTarget, type OutputTarget } from '../output/target.js';
import type { OutputFormat } from '../output/writers.js';
import type { OffsetUnit } from '../output/offsets.js';
import { isSmallBatch, measureBatch, workersForCores } from './batch.js';
import type { Job } from './job.js';
import { UsageError } from './usage.js';

export interface ExtractCommandOptions {
  format: OutputFormat;
  out?: string;
  bom?: boolean;
  year?: number;
  includeText?: boolean;
  encoding?: string;
  inputFormat: InputFormat;
  errors?: string;
  /** Worker threads; undefined: decided from the batch (see defaultWorkers). */
  jobs?: number;
  quiet?: boolean;
  /** Exit 1 when any document fails a cross-check. */
  strict?: boolean;
  /** add each figure's trace (the rules that decided its fields) */
  explain?: boolean;
  /** List every warning and failed check on stderr, and always end with the summary line. */
  verbose?: boolean;
  /** Bytes an input may have (a file, standard input, a JSONL line). */
  maxInputSize?: number;
  /** Seconds of silence allowed on a FIFO or device given by name. */
  readTimeout?: number;
  /** Follow symbolic links that lead out of a directory walked. */
  followSymlinks?: boolean;
  /** Unit of figure offsets (default utf16). */
  offsets?: OffsetUnit;
  /** Write the CSV header row (default true). */
  header?: boolean;
  /** Extensions read when walking directories, besides the default ones. */
  ext?: string[];
  /** Exit 0 when some inputs failed (they are still reported): an engine's task succeeds. */
  keepGoing?: boolean;
  /** CSS selector of the article body. */
  select?: string;
  /** CSS selector of the headline. */
  titleSelect?: string;
}

/** Streams the command reads from and reports to (overridable for embedding). */
export interface ExtractIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
}

/** The encoding named by --encoding, in its canonical name. */
export function checkedEncoding(name: string | undefined): string | undefined {
  if (!name) return undefined;
  try {
    return canonicalEncoding(name);
  } catch {
    throw new UsageError(`--encoding: unknown encoding "${name}"`);
  }
}

/** Opens --out (standard output when none) and --errors: a path that cannot be written is a usage error. */
export function openTargets(out: string | undefined, errors: string | undefined, stdout: NodeJS.WritableStream): { out: OutputTarget; errorsFile: OutputTarget | null } {
  const target = out ? openOutput(out, '--out', stdout) : openOutput('-', '--out', stdout);
  try {
    return { out: target, errorsFile: errors ? openOutput(errors, '--errors', stdout) : null };
  } catch (err) {
    target.abort();
    throw err;
  }
}

function openOutput(path: string, what: string, stdout: NodeJS.WritableStream): OutputTarget {
  try {
    return openOutputTarget(path, stdout as NodeJS.WritableStream as import('node:stream').Writable);
  } catch (err) {
    if (err instanceof OutputPathError) throw new UsageError(`${what}: ${err.message}`);
    throw err;
  }
}

/** Worker threads; 0: extraction on the main thread (--jobs 1). */
export function workerCount(paths: string[], opts: ExtractCommandOptions): number {
  return opts.jobs !== undefined ? (opts.jobs > 1 ? opts.jobs : 0) : defaultWorkers(paths, opts.ext);
}

/**
 * The default worker threads: none (one thread) for standard input (a filter in a pipeline or
 * under an engine that already runs a task per core) and for batches too small
 * to pay for a pool; otherwise a worker per core but one, the main thread
 * reading and writing.
 */
function defaultWorkers(paths: string[], ext: string[] | undefined): number {
  if (isSmallBatch(measureBatch(paths, ext))) return 0;
  return workersForCores(cores());
}

function cores(): number {
  try {
    return Math.max(1, availableParallelism());
  } catch {
    return 1;
  }
}

/** The page selectors of the options, checked (cheerio loads only when there are some). */
export async function pageSelectors(opts: ExtractCommandOptions): Promise<Job['select']> {
  if (!opts.select && !opts.titleSelect) return undefined;
  const { checkSelector } = await import('./select.js');
  const select: NonNullable<Job['select']> = {};
  for (const [flag, value, key] of [['--select', opts.select, 'body'], ['--title-select', opts.titleSelect, 'title']] as const) {
    if (value === undefined) continue;
    try {
      checkSelector(value);
    } catch (err) {
      throw new UsageError(`${flag}: "${value}" is not a CSS selector (${(err as Error).message})`);
    }
    select[key] = value;
  }
  return select;
}
