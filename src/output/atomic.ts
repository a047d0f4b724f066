// Output to a file that appears complete or not at all: the data goes to a
// temporary file in the target's directory, which is renamed over the target
// at the end and removed on failure or interruption.
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, statSync, unlinkSync, accessSync, constants, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The output cannot be written where asked (a usage error). */
export class OutputPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputPathError';
  }
}

const open = new Set<AtomicFile>();

export class AtomicFile {
  readonly target: string;
  readonly temp: string;
  readonly stream: WriteStream;
  private fd: number;
  private done = false;

  private constructor(target: string, temp: string, fd: number) {
    this.target = target;
    this.temp = temp;
    this.fd = fd;
    // a buffer of 1 MB lets extraction go on while the disk takes the last batches
    this.stream = createWriteStream('', { fd, autoClose: false, highWaterMark: 1 << 20 });
    open.add(this);
  }

  /** Check that `target` can be written and create its temporary file; throws OutputPathError. */
  static create(target: string): AtomicFile {
    const abs = resolve(target);
    const dir = dirname(abs);
    let st;
    try {
      st = statSync(dir);
    } catch {
      throw new OutputPathError(`cannot write ${target}: directory ${dirname(target)} does not exist`);
    }
    if (!st.isDirectory()) throw new OutputPathError(`cannot write ${target}: ${dirname(target)} is not a directory`);
    try {
      if (statSync(abs).isDirectory()) throw new OutputPathError(`cannot write ${target}: it is a directory`);
    } catch (err) {
      if (err instanceof OutputPathError) throw err;
    }
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new OutputPathError(`cannot write ${target}: directory ${dirname(target)} is not writable`);
    }
    const temp = join(dir, `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number;
    try {
      fd = openSync(temp, 'wx', 0o666);
    } catch (err) {
      throw new OutputPathError(`cannot write ${target}: ${(err as Error).message}`);
    }
    return new AtomicFile(abs, temp, fd);
  }

  /** Move the finished temporary file over the target. Call after the stream has finished. */
  commit(): void {
    if (this.done) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.temp, this.target);
    this.done = true;
    open.delete(this);
  }

  /** Drop the temporary file (synchronous: safe in signal and exit handlers). */
  abort(): void {
    if (this.done) return;
    this.done = true;
    open.delete(this);
    try {
      this.stream.destroy();
    } catch {
      /* already closed */
    }
    if (this.fd >= 0) {
      try {
        closeSync(this.fd);
      } catch {
        /* already closed */
      }
      this.fd = -1;
    }
    try {
      unlinkSync(this.temp);
    } catch {
      /* already gone */
    }
  }
}

/** Remove every temporary file not yet committed. */
export function abortAllAtomicFiles(): void {
  for (const f of [...open]) f.abort();
}
