// `pressfig review`: read the batch, write the page atomically, tell the
// person on stderr what failed and what was found.
import { AtomicFile, OutputPathError, abortAllAtomicFiles } from '../output/atomic.js';
import { Progress, RunSummary, countInputs, showProgress, showSummary, type Terminal } from '../cli/progress.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../cli/usage.js';
import type { ReviewDocument } from './data.js';
import { reviewInputs } from './inputs.js';
import { renderReviewPage } from './page.js';

export interface ReviewCommandOptions {
  out?: string;
  title?: string;
  year?: number;
  quiet?: boolean;
  verbose?: boolean;
}

export interface ReviewIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
}

export async function runReview(paths: string[], opts: ReviewCommandOptions, io: ReviewIo): Promise<number> {
  if (!opts.out && io.stdout.isTTY) throw new UsageError('the page is HTML: give -o FILE (or redirect standard output)');
  const out = opts.out ? openPage(opts.out) : null;
  const terminal: Terminal = {
    quiet: !!opts.quiet,
    verbose: !!opts.verbose,
    stderrIsTTY: io.stderr.isTTY === true,
    stdoutIsTTY: io.stdout.isTTY === true,
    outputToStdout: !out,
  };
  const progress = new Progress(io.stderr, showProgress(terminal));
  if (showProgress(terminal)) countInputs(paths, 'auto').then((n) => n && progress.setTotal(n.files, n.bytes), () => {});
  const summary = new RunSummary();
  const started = Date.now();
  const docs: ReviewDocument[] = [];
  // Ctrl-C leaves no half-written page behind
  const onSignal = (signal: NodeJS.Signals) => {
    abortAllAtomicFiles();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for await (const input of reviewInputs(paths, { year: opts.year, stdin: io.stdin })) {
      if ('doc' in input) {
        const d = input.doc;
        docs.push(d);
        summary.add(d.figures.length, d.warnings, d.checks?.length ?? 0);
        if (opts.verbose) {
          progress.clear();
          for (const w of d.warnings) io.stderr.write(`pressfig: ${d.file}: warning: ${w}\n`);
          for (const c of d.checks ?? []) io.stderr.write(`pressfig: ${d.file}: check ${c.kind}: ${c.message}\n`);
        }
        progress.tick(input.size);
      } else {
        summary.fail();
        progress.clear();
        io.stderr.write(`pressfig: ${input.file}${input.line !== undefined ? `:${input.line}` : ''}: ${input.error}\n`);
        progress.tick(0);
      }
    }
    await writePage(renderReviewPage(docs, { title: opts.title }), out, io.stdout);
  } catch (err) {
    out?.abort();
    throw err;
  } finally {
    progress.clear();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (showSummary(terminal)) {
    const warnings = opts.verbose ? null : summary.warningsLine();
    if (warnings) io.stderr.write(warnings + '\n');
    io.stderr.write(summary.line((Date.now() - started) / 1000) + (out ? ` -> ${opts.out}` : '') + '\n');
  }
  return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** The page's file, written atomically: a path that cannot be written is a usage error. */
function openPage(path: string): AtomicFile {
  try {
    return AtomicFile.create(path);
  } catch (err) {
    if (err instanceof OutputPathError) throw new UsageError(`--out: ${err.message}`);
    throw err;
  }
}

/** Writes the page to its file (kept only once whole) or to standard output. */
async function writePage(page: string, out: AtomicFile | null, stdout: NodeJS.WritableStream): Promise<void> {
  if (out) {
    const file = out;
    await new Promise<void>((resolve, reject) => {
      file.stream.once('error', reject);
      file.stream.end(page, () => resolve());
    });
    file.commit();
  } else {
    await new Promise<void>((resolve, reject) => stdout.write(page, (err) => (err ? reject(err) : resolve())));
  }
}
