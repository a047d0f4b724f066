// `pressfig extract`: inputs -> extract() -> streamed output, in input order.
import { extname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { canonicalEncoding } from '../text/decode.js';
import { isSourceError, readSources, type InputFormat, type Source } from '../input/sources.js';
import { abortAllAtomicFiles } from '../output/atomic.js';
import { Sink } from '../output/sink.js';
import { OutputPathError, openOutputTarget, type OutputTarget } from '../output/target.js';
import { createWriter, type OutputFormat } from '../output/writers.js';
import type { OffsetUnit } from '../output/offsets.js';
import { isSmallBatch, measureBatch, workersForCores } from './batch.js';
import { resolveErrorsPath } from './errors-path.js';
import { AutoExecutor, type Executor } from './executor.js';
import type { DocumentNotes, Job, JobResult } from './job.js';
import { optionsFor } from '../batch.js';
import { excludedOutputs } from './overlap.js';
import { Progress, RunSummary, countInputs, showProgress, showSummary, type Terminal } from './progress.js';
import { onEndingSignals } from './signals.js';
import { EXIT_OK, EXIT_SOME_FAILED, OutputError, UsageError } from './usage.js';

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

function openOutput(path: string, what: string, stdout: NodeJS.WritableStream): OutputTarget {
  try {
    return openOutputTarget(path, stdout as NodeJS.WritableStream as import('node:stream').Writable);
  } catch (err) {
    if (err instanceof OutputPathError) throw new UsageError(`${what}: ${err.message}`);
    throw err;
  }
}

/** An error of the output stream as the reason exit code 3 gives. */
function outputFailure(name: string, err: unknown): OutputError {
  const e = err as NodeJS.ErrnoException;
  const why = e?.code === 'ENOSPC' ? 'no space left on device' : e?.code === 'EBADF' ? 'the stream is closed' : (e?.message ?? String(err));
  return new OutputError(`cannot write ${name}: ${why}`);
}

/** The reader of a pipe went away (`| head`): not a failure, the batch just stops. */
function readerGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
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

  // Check the output paths before any work: a bad --out is a usage error, an --out among the inputs too.
  const exclude = excludedOutputs(paths, [opts.out, errorsPath?.file], (m) => io.stderr.write(`pressfig: ${m}\n`));
  const out = opts.out ? openOutput(opts.out, '--out', io.stdout) : openOutput('-', '--out', io.stdout);
  let errorsFile: OutputTarget | null = null;
  try {
    errorsFile = errorsPath ? openOutput(errorsPath.file, '--errors', io.stdout) : null;
  } catch (err) {
    out.abort();
    throw err;
  }

  // worker threads; 0: extraction on the main thread (--jobs 1)
  const workers = opts.jobs !== undefined ? (opts.jobs > 1 ? opts.jobs : 0) : await defaultWorkers(paths, opts.ext);
  if (opts.verbose && opts.jobs === undefined) {
    io.stderr.write(`pressfig: ${workers === 0 ? 'one thread' : `${workers} worker thread${workers > 1 ? 's' : ''}`} (--jobs to choose)\n`);
  }
  const executor: Executor = new AutoExecutor(workers);
  const removeSignalHandlers = onEndingSignals(() => {
    abortAllAtomicFiles();
    executor.kill();
  });
  process.on('exit', abortAllAtomicFiles);

  const stderr = io.stderr;
  const terminal: Terminal = {
    quiet: !!opts.quiet,
    verbose: !!opts.verbose,
    stderrIsTTY: stderr.isTTY === true,
    stdoutIsTTY: io.stdout.isTTY === true,
    // a path that is standard output itself (/dev/stdout, -) shares the terminal too
    outputToStdout: out.kind === 'stdout',
  };
  const progress = new Progress(stderr, showProgress(terminal));
  // counted beside the batch, so the first results do not wait for a walk of a large tree
  if (showProgress(terminal)) countInputs(paths, opts.inputFormat).then((n) => n && progress.setTotal(n.files, n.bytes), () => {});
  const summary = new RunSummary();
  const started = Date.now();
  if (!opts.quiet && io.stdin === process.stdin && process.stdin.isTTY && (paths.length === 0 || paths.includes('-'))) {
    stderr.write('pressfig: reading standard input (end with Ctrl-D)\n');
  }

  const sink = new Sink(out.stream, out.owned);
  const writer = createWriter(opts.format, sink, { bom: opts.bom, header: opts.header });
  const errorSink = errorsFile ? new Sink(errorsFile.stream, errorsFile.owned) : null;
  const outName = opts.out && opts.out !== '-' ? opts.out : 'standard output';
  /** Output write errors: the reader of a pipe leaving stops the batch quietly; others are exit 3. */
  const writing = async <T>(name: string, step: () => Promise<T> | T): Promise<T> => {
    try {
      return await step();
    } catch (err) {
      if (readerGone(err)) throw err;
      throw outputFailure(name, err);
    }
  };

  let inputs = 0;
  let failures = 0;
  let failedChecks = 0;
  let documentsFailingChecks = 0;
  let nextId = 0;
  let inflightBytes = 0;
  const queue: Array<Promise<Outcome>> = [];
  const sizes: number[] = [];
  const window = workers > 0 ? WINDOW_PER_JOB * workers : 1;

  const submit = (src: Source): Promise<Outcome> => {
    if (isSourceError(src)) {
      return Promise.resolve({ result: null, file: src.file, line: src.line, id: src.id, error: src.error, size: 0 });
    }
    const options = optionsFor(src, { year: opts.year, includeText: opts.includeText, encoding, explain: opts.explain });
    const job: Job = { id: nextId++, input: src.bytes ?? src.text ?? '', options, format: opts.format, offsets: opts.offsets, select };
    // a JSONL line without an id is named `source:line` already
    const id = src.source !== undefined && src.file !== `${src.source}:${src.line}` ? src.file : undefined;
    const where = src.source !== undefined ? { file: src.source, line: src.line, id } : { file: src.file };
    return executor.run(job).then((result) => ({ result, ...where, size: src.size }));
  };

  const note = (file: string, line: number | undefined, notes: DocumentNotes) => {
    summary.add(notes.figures, notes.warnings, notes.checks.length);
    if (!opts.verbose || (notes.warnings.length === 0 && notes.checks.length === 0)) return;
    progress.clear();
    const where = `${file}${line !== undefined ? `:${line}` : ''}`;
    for (const w of notes.warnings) stderr.write(`pressfig: ${where}: warning: ${w}\n`);
    for (const c of notes.checks) stderr.write(`pressfig: ${where}: check ${c}\n`);
  };

  const report = async ({ file, line, id }: { file: string; line?: number; id?: string }, message: string) => {
    failures++;
    summary.fail();
    progress.clear();
    const where = `${file}${line !== undefined ? `:${line}` : ''}`;
    stderr.write(`pressfig: ${id !== undefined ? `id ${JSON.stringify(id)} (${where})` : where}: ${message}\n`);
    if (errorSink) {
      const record = { file, ...(line !== undefined ? { line } : {}), ...(id !== undefined ? { id } : {}), error: message };
      await writing(errorsPath!.file, () => errorSink.write(JSON.stringify(record) + '\n'));
    }
  };

  const drainOne = async () => {
    const outcome = await queue.shift()!;
    inflightBytes -= sizes.shift()!;
    const r = outcome.result;
    if (r && r.output !== undefined) {
      await writing(outName, () => writer.write(r.output!));
      if (r.notes) {
        note(outcome.file, outcome.line, r.notes);
        if (r.notes.checks.length) {
          failedChecks += r.notes.checks.length;
          documentsFailingChecks++;
        }
      }
    } else {
      await report(outcome, outcome.error ?? r?.error ?? 'extraction failed');
    }
    progress.tick(outcome.size);
  };

  try {
    const reading = {
      extensions: opts.ext,
      onSkip: (path: string) => {
        const ext = extname(path).toLowerCase() || '(none)';
        summary.skipped.set(ext, (summary.skipped.get(ext) ?? 0) + 1);
      },
      onNote: (message: string) => {
        if (opts.verbose) stderr.write(`pressfig: ${message}\n`);
      },
      inputFormat: opts.inputFormat,
      stdin: io.stdin,
      maxInputSize: opts.maxInputSize,
      readTimeoutMs: opts.readTimeout !== undefined ? opts.readTimeout * 1000 : undefined,
      followSymlinks: !!opts.followSymlinks,
      exclude,
      onNotice: (message: string) => {
        progress.clear();
        stderr.write(`pressfig: ${message}\n`);
      },
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
    await writing(outName, async () => {
      await writer.end(inputs);
      await sink.end();
      out.commit();
    });
    if (errorSink) {
      await writing(errorsPath!.file, async () => {
        await errorSink.end();
        // one file per task is written only when the task had failures
        if (errorsPath?.perTask && failures === 0) errorsFile?.abort();
        else errorsFile?.commit();
      });
    }
    if (showSummary(terminal)) {
      progress.clear();
      const warnings = opts.verbose ? null : summary.warningsLine();
      if (warnings) stderr.write(warnings + '\n');
      stderr.write(summary.line((Date.now() - started) / 1000) + '\n');
    }

  } catch (err) {
    out.abort();
    errorsFile?.abort();
    abortAllAtomicFiles();
    throw err;
  } finally {
    progress.clear();
    await executor.close();
    removeSignalHandlers();
    process.off('exit', abortAllAtomicFiles);
  }
  if (opts.strict && failedChecks > 0) {
    stderr.write(`pressfig: --strict: ${failedChecks} failed cross-check${failedChecks === 1 ? '' : 's'} in ${documentsFailingChecks} document${documentsFailingChecks === 1 ? '' : 's'} (see "checks" in the output)
`);
    return EXIT_SOME_FAILED;
  }
  return failures > 0 && !opts.keepGoing ? EXIT_SOME_FAILED : EXIT_OK;
}
