// Output to a file that appears complete or not at all: the data goes to a
// temporary file beside the target, which is renamed over the target at the
// end and removed on failure or interruption. The target keeps its mode and
// owner; a symbolic link is resolved and the file it names is replaced.
//
// write-file-atomic does the same for content held in memory: its API takes
// the whole output at once, and a batch's output is streamed (it can be far
// larger than memory should hold), so the steps are done here.
import {
  closeSync, createWriteStream, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync,
  renameSync, statSync, unlinkSync, accessSync, constants, type Stats, type WriteStream,
} from 'node:fs';
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

/** `.NAME.pressfig-PID-RANDOM.tmp`: a later run removes one whose process is gone (after kill -9). */
const TEMP_RE = /^\.(.+)\.pressfig-(\d+)-[0-9a-f]{8}\.tmp$/;

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.pressfig-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Remove temporary files of this target left by runs that were killed outright. */
function removeStaleTemps(target: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_RE.exec(name);
    if (!m || m[1] !== basename(target) || Number(m[2]) === process.pid || !processGone(Number(m[2]))) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      /* removed meanwhile, or not ours to remove */
    }
  }
}

/** The file a path names: symbolic links followed, even one to a file that does not exist yet. */
export function resolveTarget(path: string): string {
  let abs = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch {
      // a missing file in a real directory
      try {
        return join(realpathSync(dirname(abs)), basename(abs));
      } catch {
        return abs;
      }
    }
    if (!st.isSymbolicLink()) return join(realpathSync(dirname(abs)), basename(abs));
    abs = resolve(dirname(abs), readlinkSync(abs));
  }
  throw new OutputPathError(`cannot write ${path}: symlink loop`);
}

export class AtomicFile {
  /** The file replaced at the end (symbolic links resolved). */
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

  /** Check that `path` can be written and create its temporary file; throws OutputPathError. */
  static create(path: string): AtomicFile {
    const target = resolveTarget(path);
    const dir = dirname(target);
    let st;
    try {
      st = statSync(dir);
    } catch {
      throw new OutputPathError(`cannot write ${path}: directory ${dirname(path)} does not exist`);
    }
    if (!st.isDirectory()) throw new OutputPathError(`cannot write ${path}: ${dirname(path)} is not a directory`);
    let existing: Stats | null = null;
    try {
      existing = statSync(target);
    } catch {
      /* a new file */
    }
    if (existing?.isDirectory()) throw new OutputPathError(`cannot write ${path}: it is a directory`);
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new OutputPathError(`cannot write ${path}: directory ${dir} is not writable`);
    }
    removeStaleTemps(target);
    const temp = tempName(target);
    let fd: number;
    try {
      fd = openSync(temp, 'wx', existing ? 0o600 : 0o666);
    } catch (err) {
      throw new OutputPathError(`cannot write ${path}: ${(err as Error).message}`);
    }
    if (existing) keepModeAndOwner(fd, existing);
    return new AtomicFile(target, temp, fd);
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

/** The replacement gets the replaced file's permission bits and, where allowed, its owner and group. */
function keepModeAndOwner(fd: number, existing: Stats): void {
  fchmodSync(fd, existing.mode & 0o7777);
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // only root (or the owner, for a group it is in) may give a file away: the mode is kept regardless
  }
}

/** Remove every temporary file not yet committed. */
export function abortAllAtomicFiles(): void {
  for (const f of [...open]) f.abort();
}
