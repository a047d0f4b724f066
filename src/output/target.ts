// Where a batch's output goes, by what the path names: `-` is standard
// output; a device, a FIFO or a descriptor of this process (/dev/stdout,
// /dev/full, /dev/null) is written directly, never replaced by a regular
// file; anything else is a regular file written atomically (AtomicFile).
import { constants, createWriteStream, lstatSync, readFileSync, readlinkSync, statSync, fstatSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { AtomicFile, OutputPathError, resolveTarget } from './atomic.js';

export interface OutputTarget {
  /** The stream to write to. */
  stream: Writable;
  /** Whether the stream ends with the batch (not standard output). */
  owned: boolean;
  /** `file` when written atomically, `direct` for a device or FIFO, `stdout` for standard output. */
  kind: 'file' | 'direct' | 'stdout';
  /** The real path of a regular file written (to keep it out of the inputs), else null. */
  realPath: string | null;
  /** Make the output final (rename a temporary file); nothing for streams written directly. */
  commit(): void;
  /** Give up: a temporary file is removed. */
  abort(): void;
}

const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Whether a path reaches a descriptor of this process (/dev/stderr, /dev/fd/3) through /proc. */
function throughProc(path: string): boolean {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    if (p.startsWith('/proc/') || p.startsWith('/dev/fd/')) return true;
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      return false;
    }
    if (!st.isSymbolicLink()) return false;
    p = resolve(dirname(p), readlinkSync(p));
  }
  return false;
}

/**
 * Standard output that was closed when the program started: Node opens
 * /dev/null in its place, read-write, where a shell's `>/dev/null` is
 * write-only. Output to it would vanish with exit 0. (Linux only.)
 */
export function stdoutWasClosed(): boolean {
  try {
    const st = fstatSync(1);
    const devNull = statSync('/dev/null');
    if (!st.isCharacterDevice() || st.rdev !== devNull.rdev) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return !!flags && (parseInt(flags[1], 8) & 3) === constants.O_RDWR;
  } catch {
    return false;
  }
}

function stdoutTarget(stdout: Writable): OutputTarget {
  return { stream: stdout, owned: false, kind: 'stdout', realPath: null, commit() {}, abort() {} };
}

/** Open `path` for the batch's output, or throw OutputPathError before any work is done. */
export function openOutputTarget(path: string, stdout: Writable): OutputTarget {
  if (path === '-' || STDOUT_NAMES.has(path)) return stdoutTarget(stdout);
  let st: Stats | null = null;
  try {
    st = statSync(path);
  } catch {
    /* a new file, or a dangling link: written atomically */
  }
  if ((st && !st.isFile() && !st.isDirectory()) || (st && throughProc(path))) {
    // opened in the background: a FIFO's open waits for its reader without stopping the program
    const stream = createWriteStream(path, { flags: 'a', highWaterMark: 1 << 20 });
    return { stream, owned: true, kind: 'direct', realPath: null, commit() {}, abort() { stream.destroy(); } };
  }
  const file = AtomicFile.create(path);
  return {
    stream: file.stream,
    owned: true,
    kind: 'file',
    realPath: file.target,
    commit: () => file.commit(),
    abort: () => file.abort(),
  };
}

export { OutputPathError, resolveTarget };
