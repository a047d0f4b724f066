// Where a batch goes: the records to --out (or standard output), the failures
// to --errors. A write that fails is exit 3; the reader of a pipe leaving
// (`| head`) stops the batch quietly.
import { Sink } from '../output/sink.js';
import type { OutputTarget } from '../output/target.js';
import { createWriter, type DocumentWriter, type Piece } from '../output/writers.js';
import type { ErrorsPath } from './errors-path.js';
import type { ExtractCommandOptions } from './extract-options.js';
import { OutputError } from './usage.js';

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

/** Output write errors: the reader of a pipe leaving stops the batch quietly; others are exit 3. */
async function writing<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (readerGone(err)) throw err;
    throw outputFailure(name, err);
  }
}

/** The failure record of an input: where it is, and why it failed. */
export interface FailureRecord {
  file: string;
  line?: number;
  id?: string;
  error: string;
}

export class BatchOutputs {
  private readonly sink: Sink;
  private readonly writer: DocumentWriter;
  private readonly errorSink: Sink | null;
  private readonly outName: string;

  constructor(
    private readonly out: OutputTarget,
    private readonly errorsFile: OutputTarget | null,
    private readonly errorsPath: ErrorsPath | null,
    opts: ExtractCommandOptions,
  ) {
    this.sink = new Sink(out.stream, out.owned);
    this.writer = createWriter(opts.format, this.sink, { bom: opts.bom, header: opts.header });
    this.errorSink = errorsFile ? new Sink(errorsFile.stream, errorsFile.owned) : null;
    this.outName = opts.out && opts.out !== '-' ? opts.out : 'standard output';
  }

  async writeDocument(output: Piece): Promise<void> {
    await writing(this.outName, () => this.writer.write(output));
  }

  /** Writes the record to --errors, when given. */
  async writeFailure(record: FailureRecord): Promise<void> {
    const errorSink = this.errorSink;
    if (errorSink) await writing(this.errorsPath!.file, () => errorSink.write(JSON.stringify(record) + '\n'));
  }

  /** Ends the output with the count of inputs (JSON closes its array), and keeps the files written. */
  async end(inputs: number, failures: number): Promise<void> {
    await writing(this.outName, async () => {
      await this.writer.end(inputs);
      await this.sink.end();
      this.out.commit();
    });
    const errorSink = this.errorSink;
    if (errorSink) {
      await writing(this.errorsPath!.file, async () => {
        await errorSink.end();
        // one file per task is written only when the task had failures
        if (this.errorsPath?.perTask && failures === 0) this.errorsFile?.abort();
        else this.errorsFile?.commit();
      });
    }
  }

  /** Leaves the files as they were before the batch. */
  abort(): void {
    this.out.abort();
    this.errorsFile?.abort();
  }
}
