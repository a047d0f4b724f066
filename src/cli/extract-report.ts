// What a batch tells the user as it goes: each document's warnings and failed
// checks (with -v), each input that failed, and the counts the exit status
// and the summary line take.
import type { BatchOutputs } from './extract-output.js';
import type { DocumentNotes } from './job.js';
import type { Progress, RunSummary } from './progress.js';

/** Where an input is: the path (or JSONL file) and line, and the JSONL line's id when it has one. */
export interface InputPlace {
  file: string;
  line?: number;
  id?: string;
}

export class BatchReport {
  failures = 0;
  private failedChecks = 0;
  private documentsFailingChecks = 0;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly progress: Progress,
    private readonly summary: RunSummary,
    private readonly verbose: boolean,
    private readonly outputs: BatchOutputs,
  ) {}

  /** A document written: its counts; with -v, its warnings and failed checks one per line. */
  document(file: string, line: number | undefined, notes: DocumentNotes): void {
    this.summary.add(notes.figures, notes.warnings, notes.checks.length);
    if (notes.checks.length) {
      this.failedChecks += notes.checks.length;
      this.documentsFailingChecks++;
    }
    if (!this.verbose || (notes.warnings.length === 0 && notes.checks.length === 0)) return;
    this.progress.clear();
    const where = `${file}${line !== undefined ? `:${line}` : ''}`;
    for (const w of notes.warnings) this.stderr.write(`pressfig: ${where}: warning: ${w}\n`);
    for (const c of notes.checks) this.stderr.write(`pressfig: ${where}: check ${c}\n`);
  }

  /** An input that failed: said on stderr, and recorded in --errors when given. */
  async failure({ file, line, id }: InputPlace, message: string): Promise<void> {
    this.failures++;
    this.summary.fail();
    this.progress.clear();
    const where = `${file}${line !== undefined ? `:${line}` : ''}`;
    this.stderr.write(`pressfig: ${id !== undefined ? `id ${JSON.stringify(id)} (${where})` : where}: ${message}\n`);
    await this.outputs.writeFailure({ file, ...(line !== undefined ? { line } : {}), ...(id !== undefined ? { id } : {}), error: message });
  }

  /** With --strict, what makes the batch fail: the cross-checks failed, or null when none did. */
  failedChecksLine(): string | null {
    const n = this.failedChecks;
    const docs = this.documentsFailingChecks;
    if (n === 0) return null;
    return `pressfig: --strict: ${n} failed cross-check${n === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'} (see "checks" in the output)\n`;
  }
}
