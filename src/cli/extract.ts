// `pressfig extract`: inputs -> extract() -> streamed output, in input order.
import { extname, resolve } from 'node:path';
import { isSourceError, readSources, type Source, type SourceOptions } from '../input/sources.js';
import { abortAllAtomicFiles } from '../output/atomic.js';
import { resolveErrorsPath } from './errors-path.js';
import { AutoExecutor, type Executor } from './executor.js';
import { checkedEncoding, openTargets, pageSelectors, workerCount, type ExtractCommandOptions, type ExtractIo } from './extract-options.js';
import { BatchOutputs } from './extract-output.js';
import { BatchReport, type InputPlace } from './extract-report.js';
import type { Job, JobResult } from './job.js';
import { optionsFor } from '../batch.js';
import { excludedOutputs } from './overlap.js';
import { Progress, RunSummary, countInputs, showProgress, showSummary, type Terminal } from './progress.js';
import { onEndingSignals } from './signals.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from './usage.js';

/**
 * Inputs in flight per worker thread. Outputs are written in input order, so a
 * slow article holds back those behind it: a deep window keeps the other
 * workers busy meanwhile (MAX_INFLIGHT_BYTES still bounds the memory).
 */
const WINDOW_PER_JOB = 16;
/** Bytes of input in flight beyond which the reader waits (at least one input is always in flight). */
const MAX_INFLIGHT_BYTES = 64 * 1024 * 1024;

interface Outcome extends InputPlace {
  result: JobResult | null;
  error?: string;
  size: number;
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions, io: ExtractIo): Promise<number> {
  const encoding = checkedEncoding(opts.encoding);
  const select = await pageSelectors(opts);
  const errorsPath = opts.errors ? resolveErrorsPath(opts.errors) : null;
  if (opts.out && errorsPath && resolve(opts.out) === resolve(errorsPath.file)) throw new UsageError('--out and --errors name the same file');

  // Check the output paths before any work: a bad --out is a usage error, an --out among the inputs too.
  const exclude = excludedOutputs(paths, [opts.out, errorsPath?.file], (m) => io.stderr.write(`pressfig: ${m}\n`));
  const { out, errorsFile } = openTargets(opts.out, errorsPath?.file, io.stdout);

  const workers = workerCount(paths, opts);
  if (opts.verbose && opts.jobs === undefined) {
    io.stderr.write(`pressfig: ${workers === 0 ? 'one thread' : `${workers} worker thread${workers > 1 ? 's' : ''}`} (--jobs to choose)\n`);
  }
  const { executor, stopHandlers } = startExecutor(workers);
  const stderr = io.stderr;
  const { terminal, progress } = startProgress(paths, opts, io, out.kind === 'stdout');
  const summary = new RunSummary();
  const started = Date.now();
  if (!opts.quiet && io.stdin === process.stdin && process.stdin.isTTY && (paths.length === 0 || paths.includes('-'))) {
    stderr.write('pressfig: reading standard input (end with Ctrl-D)\n');
  }

  const outputs = new BatchOutputs(out, errorsFile, errorsPath, opts);
  const report = new BatchReport(stderr, progress, summary, !!opts.verbose, outputs);
  try {
    const sources = readSources(paths, readingOptions(opts, io, summary, progress, exclude));
    const submit = submitter(executor, opts, { encoding, select });
    const window = workers > 0 ? WINDOW_PER_JOB * workers : 1;
    const inputs = await inInputOrder(sources, window, submit, executor, deliverer(outputs, report, progress));
    await outputs.end(inputs, report.failures);
    if (showSummary(terminal)) {
      progress.clear();
      const warnings = opts.verbose ? null : summary.warningsLine();
      if (warnings) stderr.write(warnings + '\n');
      stderr.write(summary.line((Date.now() - started) / 1000) + '\n');
    }
  } catch (err) {
    outputs.abort();
    abortAllAtomicFiles();
    throw err;
  } finally {
    progress.clear();
    await executor.close();
    stopHandlers();
  }
  const failedChecks = opts.strict ? report.failedChecksLine() : null;
  if (failedChecks) {
    stderr.write(failedChecks);
    return EXIT_SOME_FAILED;
  }
  return report.failures > 0 && !opts.keepGoing ? EXIT_SOME_FAILED : EXIT_OK;
}

/** The executor of the jobs; a signal that ends the process first removes the files being written. */
function startExecutor(workers: number): { executor: Executor; stopHandlers: () => void } {
  const executor: Executor = new AutoExecutor(workers);
  const removeSignalHandlers = onEndingSignals(() => {
    abortAllAtomicFiles();
    executor.kill();
  });
  process.on('exit', abortAllAtomicFiles);
  return {
    executor,
    stopHandlers: () => {
      removeSignalHandlers();
      process.off('exit', abortAllAtomicFiles);
    },
  };
}

/** The progress display on stderr (when showProgress says), and what the summary line needs to know of the terminal. */
function startProgress(paths: string[], opts: ExtractCommandOptions, io: ExtractIo, outputToStdout: boolean): { terminal: Terminal; progress: Progress } {
  const terminal: Terminal = {
    quiet: !!opts.quiet,
    verbose: !!opts.verbose,
    stderrIsTTY: io.stderr.isTTY === true,
    stdoutIsTTY: io.stdout.isTTY === true,
    // a path that is standard output itself (/dev/stdout, -) shares the terminal too
    outputToStdout,
  };
  const progress = new Progress(io.stderr, showProgress(terminal));
  // counted beside the batch, so the first results do not wait for a walk of a large tree
  if (showProgress(terminal)) countInputs(paths, opts.inputFormat).then((n) => n && progress.setTotal(n.files, n.bytes), () => {});
  return { terminal, progress };
}

/** How the inputs are read: extensions, limits, and where skipped files and notes go. */
function readingOptions(opts: ExtractCommandOptions, io: ExtractIo, summary: RunSummary, progress: Progress, exclude: SourceOptions['exclude']): SourceOptions {
  return {
    extensions: opts.ext,
    onSkip: (path: string) => {
      const ext = extname(path).toLowerCase() || '(none)';
      summary.skipped.set(ext, (summary.skipped.get(ext) ?? 0) + 1);
    },
    onNote: (message: string) => {
      if (opts.verbose) io.stderr.write(`pressfig: ${message}\n`);
    },
    inputFormat: opts.inputFormat,
    stdin: io.stdin,
    maxInputSize: opts.maxInputSize,
    readTimeoutMs: opts.readTimeout !== undefined ? opts.readTimeout * 1000 : undefined,
    followSymlinks: !!opts.followSymlinks,
    exclude,
    onNotice: (message: string) => {
      progress.clear();
      io.stderr.write(`pressfig: ${message}\n`);
    },
  };
}

/** Hands each source to the executor as a job; a source that could not be read is its outcome already. */
function submitter(executor: Executor, opts: ExtractCommandOptions, page: { encoding?: string; select: Job['select'] }): (src: Source) => Promise<Outcome> {
  let nextId = 0;
  return (src) => {
    if (isSourceError(src)) {
      return Promise.resolve({ result: null, file: src.file, line: src.line, id: src.id, error: src.error, size: 0 });
    }
    const options = optionsFor(src, { year: opts.year, includeText: opts.includeText, encoding: page.encoding, explain: opts.explain });
    const job: Job = { id: nextId++, input: src.bytes ?? src.text ?? '', options, format: opts.format, offsets: opts.offsets, select: page.select };
    // a JSONL line without an id is named `source:line` already
    const id = src.source !== undefined && src.file !== `${src.source}:${src.line}` ? src.file : undefined;
    const where = src.source !== undefined ? { file: src.source, line: src.line, id } : { file: src.file };
    return executor.run(job).then((result) => ({ result, ...where, size: src.size }));
  };
}

/**
 * Runs the sources, up to `window` of them in flight (and, past one, no more
 * than MAX_INFLIGHT_BYTES), and hands their outcomes to `take` in input order.
 * Returns the number of inputs.
 */
async function inInputOrder(
  sources: AsyncIterable<Source>,
  window: number,
  submit: (src: Source) => Promise<Outcome>,
  executor: Executor,
  take: (outcome: Outcome) => Promise<void>,
): Promise<number> {
  let inputs = 0;
  let inflightBytes = 0;
  const queue: Array<Promise<Outcome>> = [];
  const sizes: number[] = [];
  const drainOne = async () => {
    const outcome = await queue.shift()!;
    inflightBytes -= sizes.shift()!;
    await take(outcome);
  };
  for await (const src of sources) {
    inputs++;
    const size = isSourceError(src) ? 0 : src.size;
    queue.push(submit(src));
    sizes.push(size);
    inflightBytes += size;
    while (queue.length >= window || (queue.length > 1 && inflightBytes > MAX_INFLIGHT_BYTES)) await drainOne();
  }
  executor.flush();
  while (queue.length) await drainOne();
  return inputs;
}

/** What becomes of each outcome, in input order: its document written, or its failure reported. */
function deliverer(outputs: BatchOutputs, report: BatchReport, progress: Progress): (outcome: Outcome) => Promise<void> {
  return async (outcome) => {
    const r = outcome.result;
    if (r && r.output !== undefined) {
      await outputs.writeDocument(r.output);
      if (r.notes) report.document(outcome.file, outcome.line, r.notes);
    } else {
      await report.failure(outcome, outcome.error ?? r?.error ?? 'extraction failed');
    }
    progress.tick(outcome.size);
  };
}
