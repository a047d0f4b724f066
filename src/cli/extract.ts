// `pressfig extract`: inputs -> extract() -> streamed output, in input order.
import { promises as fsp } from 'node:fs';
import { extname, resolve } from 'node:path';
import { canonicalEncoding } from '../input/decode.js';
import { isSourceError, readSources, type InputFormat, type Source } from '../input/sources.js';
import { AtomicFile, OutputPathError, abortAllAtomicFiles } from '../output/atomic.js';
import { Sink } from '../output/sink.js';
import { createWriter, type OutputFormat } from '../output/writers.js';
import type { OffsetUnit } from '../output/offsets.js';
import { AutoExecutor, type Executor } from './executor.js';
import type { Job, JobResult } from './job.js';
import { optionsFor } from './options.js';
import { availableParallelism } from 'node:os';
import { resolveErrorsPath } from './errors-path.js';
import { isSmallBatch, measureBatch, workersForCores } from './batch.js';
import { Progress } from './progress.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from './usage.js';

export interface ExtractCommandOptions {
  format: OutputFormat;
  out?: string;
  bom?: boolean;
  year?: number;
  includeText?: boolean;
  encoding?: string;
  inputFormat: InputFormat;
  errors?: string;
  /** Worker threads; undefined: decided from the batch (see defaultJobs). */
  jobs?: number;
  quiet?: boolean;
  /** Unit of figure offsets (default utf16). */
  offsets?: OffsetUnit;
  /** Write the CSV header row (default true). */
  header?: boolean;
  /** Extensions read when walking directories, besides the default ones. */
  ext?: string[];
  /** Exit 0 when some inputs failed (they are still reported): an engine's task succeeds. */
  keepGoing?: boolean;
  /** Say how inputs were read, and end with a summary. */
  verbose?: boolean;
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

/**
 * Inputs in flight per worker thread. Outputs are written in input order, so a
 * slow article holds back those behind it: a deep window keeps the other
 * workers busy meanwhile (MAX_INFLIGHT_BYTES still bounds the memory).
 */
const WINDOW_PER_JOB = 16;
/** Bytes of input in flight beyond which the reader waits (at least one input is always in flight). */
const MAX_INFLIGHT_BYTES = 64 * 1024 * 1024;

interface Outcome {
  result: JobResult | null;
  /** Where to report a failure: the path (or JSONL file) and line. */
  file: string;
  line?: number;
  /** The JSONL line's id, when it has one. */
  id?: string;
  error?: string;
  size: number;
}

async function knownTotal(paths: string[], inputFormat: InputFormat): Promise<number | null> {
  if (paths.length === 0 || inputFormat === 'jsonl') return null;
  let total = 0;
  for (const p of paths) {
    if (p === '-' || extname(p).toLowerCase() === '.jsonl') return null;
    try {
      const st = await fsp.stat(p);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      /* reported when read */
    }
  }
  return total;
}

function openOutput(path: string, what: string): AtomicFile {
  try {
    return AtomicFile.create(path);
  } catch (err) {
    if (err instanceof OutputPathError) throw new UsageError(`${what}: ${err.message}`);
    throw err;
  }
}

/**
 * The default worker threads: none (one thread) for standard input (a filter in a pipeline or
 * under an engine that already runs a task per core) and for batches too small
 * to pay for a pool; otherwise a worker per core but one, the main thread
 * reading and writing.
 */
async function defaultWorkers(paths: string[], ext: string[] | undefined): Promise<number> {
  if (isSmallBatch(await measureBatch(paths, ext))) return 0;
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
async function pageSelectors(opts: ExtractCommandOptions): Promise<Job['select']> {
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

export async function runExtract(paths: string[], opts: ExtractCommandOptions, io: ExtractIo): Promise<number> {
  let encoding: string | undefined;
  if (opts.encoding) {
    try {
      encoding = canonicalEncoding(opts.encoding);
    } catch {
      throw new UsageError(`--encoding: unknown encoding "${opts.encoding}"`);
    }
  }
  const select = await pageSelectors(opts);
  const errorsPath = opts.errors ? resolveErrorsPath(opts.errors) : null;
  if (opts.out && errorsPath && resolve(opts.out) === resolve(errorsPath.file)) throw new UsageError('--out and --errors name the same file');

  // Check the output paths before any work: a bad --out is a usage error.
  const out = opts.out ? openOutput(opts.out, '--out') : null;
  let errorsFile: AtomicFile | null = null;
  try {
    errorsFile = errorsPath ? openOutput(errorsPath.file, '--errors') : null;
  } catch (err) {
    out?.abort();
    throw err;
  }

  // worker threads; 0: extraction on the main thread (--jobs 1)
  const workers = opts.jobs !== undefined ? (opts.jobs > 1 ? opts.jobs : 0) : await defaultWorkers(paths, opts.ext);
  if (opts.verbose && opts.jobs === undefined) {
    io.stderr.write(`pressfig: ${workers === 0 ? 'one thread' : `${workers} worker thread${workers > 1 ? 's' : ''}`} (--jobs to choose)\n`);
  }
  const executor: Executor = new AutoExecutor(workers);
  const onSignal = (signal: NodeJS.Signals) => {
    abortAllAtomicFiles();
    executor.kill();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', abortAllAtomicFiles);

  const stderr = io.stderr;
  const progressOn = !opts.quiet && stderr.isTTY === true;
  const progress = new Progress(stderr, progressOn, progressOn ? await knownTotal(paths, opts.inputFormat) : null);
  if (!opts.quiet && io.stdin === process.stdin && process.stdin.isTTY && (paths.length === 0 || paths.includes('-'))) {
    stderr.write('pressfig: reading standard input (end with Ctrl-D)\n');
  }

  const sink = out ? new Sink(out.stream) : new Sink(io.stdout as NodeJS.WritableStream as import('node:stream').Writable, false);
  const writer = createWriter(opts.format, sink, { bom: opts.bom, header: opts.header });
  const errorSink = errorsFile ? new Sink(errorsFile.stream) : null;

  let summary = () => {};
  let inputs = 0;
  let failures = 0;
  let nextId = 0;
  let inflightBytes = 0;
  const queue: Array<Promise<Outcome>> = [];
  const sizes: number[] = [];
  const window = workers > 0 ? WINDOW_PER_JOB * workers : 1;

  const submit = (src: Source): Promise<Outcome> => {
    if (isSourceError(src)) {
      return Promise.resolve({ result: null, file: src.file, line: src.line, id: src.id, error: src.error, size: 0 });
    }
    const options = optionsFor(src, { year: opts.year, includeText: opts.includeText, encoding });
    const job: Job = { id: nextId++, input: src.bytes ?? src.text ?? '', options, format: opts.format, offsets: opts.offsets, select };
    // a JSONL line without an id is named `source:line` already
    const id = src.source !== undefined && src.file !== `${src.source}:${src.line}` ? src.file : undefined;
    const where = src.source !== undefined ? { file: src.source, line: src.line, id } : { file: src.file };
    return executor.run(job).then((result) => ({ result, ...where, size: src.size }));
  };

  const report = async ({ file, line, id }: { file: string; line?: number; id?: string }, message: string) => {
    failures++;
    progress.clear();
    const where = `${file}${line !== undefined ? `:${line}` : ''}`;
    stderr.write(`pressfig: ${id !== undefined ? `id ${JSON.stringify(id)} (${where})` : where}: ${message}\n`);
    if (errorSink) {
      const record = { file, ...(line !== undefined ? { line } : {}), ...(id !== undefined ? { id } : {}), error: message };
      await errorSink.write(JSON.stringify(record) + '\n');
    }
  };

  const drainOne = async () => {
    const outcome = await queue.shift()!;
    inflightBytes -= sizes.shift()!;
    const r = outcome.result;
    if (r && r.output !== undefined) await writer.write(r.output);
    else await report(outcome, outcome.error ?? r?.error ?? 'extraction failed');
    progress.tick(outcome.size);
  };

  try {
    const skipped = new Map<string, number>();
    const reading = {
      inputFormat: opts.inputFormat,
      stdin: io.stdin,
      extensions: opts.ext,
      onSkip: (path: string) => {
        const ext = extname(path).toLowerCase() || '(none)';
        skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
      },
      onNote: (message: string) => {
        if (opts.verbose) stderr.write(`pressfig: ${message}\n`);
      },
    };
    summary = () => {
      const n = [...skipped.values()].reduce((a, b) => a + b, 0);
      if (!opts.verbose && (n === 0 || opts.quiet || stderr.isTTY !== true)) return;
      const kinds = [...skipped].map(([ext, k]) => `${ext} ${k}`).join(', ');
      const left = n ? `, ${n} file${n === 1 ? '' : 's'} skipped (${kinds}; --ext reads more kinds)` : '';
      stderr.write(`pressfig: ${inputs} input${inputs === 1 ? '' : 's'}, ${failures} failed${left}\n`);
    };
    for await (const src of readSources(paths, reading)) {
      inputs++;
      const size = isSourceError(src) ? 0 : src.size;
      queue.push(submit(src));
      sizes.push(size);
      inflightBytes += size;
      while (queue.length >= window || (queue.length > 1 && inflightBytes > MAX_INFLIGHT_BYTES)) await drainOne();
    }
    executor.flush();
    while (queue.length) await drainOne();
    await writer.end(inputs);
    await sink.end();
    if (errorSink) await errorSink.end();
    out?.commit();
    // one file per task is written only when the task had failures
    if (errorsPath?.perTask && failures === 0) errorsFile?.abort();
    else errorsFile?.commit();
    summary();
  } catch (err) {
    abortAllAtomicFiles();
    throw err;
  } finally {
    progress.clear();
    await executor.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', abortAllAtomicFiles);
  }
  return failures > 0 && !opts.keepGoing ? EXIT_SOME_FAILED : EXIT_OK;
}
