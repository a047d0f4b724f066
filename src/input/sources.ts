// The inputs of a batch, one at a time: files, directories (recursively),
// standard input, and JSONL files streamed line by line. Problems with one
// input (missing, unreadable, a bad JSONL line) become error items and the
// batch goes on.
import { closeSync, createReadStream, fstatSync, promises as fsp, type Dirent, type Stats } from 'node:fs';
import { extname, join, sep } from 'node:path';
import {
  DEFAULT_MAX_INPUT_SIZE, DEFAULT_READ_TIMEOUT_MS, InputLimitError, describeKind, openInput, readRegular, readStreamBounded, streamOf,
  type OpenedInput,
} from './bounded.js';
import { readJsonl } from './jsonl.js';

export { parseJsonlLine } from './jsonl.js';
export { describeFsError, isSourceError, type Source, type SourceError, type SourceItem } from './item.js';
import { describeFsError, type Source } from './item.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface SourceOptions {
  inputFormat?: InputFormat;
  /** Standard input (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Bytes an input (a file, standard input, a JSONL line) may have (default DEFAULT_MAX_INPUT_SIZE). */
  maxInputSize?: number;
  /** Silence allowed on a FIFO or device given by name (default DEFAULT_READ_TIMEOUT_MS). */
  readTimeoutMs?: number;
  /** Follow symbolic links in a walk that lead out of the directory given. */
  followSymlinks?: boolean;
  /** Real paths a walk leaves out (the batch's own output files). */
  exclude?: Set<string>;
  /** Reports that are not errors (skipped files, duplicate JSONL ids). */
  onNotice?: (message: string) => void;
}

/** Extensions read when walking a directory. */
export const DIRECTORY_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);


function isJsonlPath(path: string): boolean {
  return extname(path).toLowerCase() === '.jsonl';
}

function formatFor(path: string, inputFormat: InputFormat): 'text' | 'html' | undefined {
  if (inputFormat === 'text' || inputFormat === 'html') return inputFormat;
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : undefined;
}

/** How one batch reads its inputs (the options with their defaults, and what a walk counts). */
interface Reading {
  inputFormat: InputFormat;
  limit: number;
  timeoutMs: number;
  followSymlinks: boolean;
  exclude: Set<string>;
  notice: (message: string) => void;
}

function jsonlOptions(r: Reading, stopAtOverlong: boolean) {
  return { maxLineSize: r.limit, stopAtOverlong, onNotice: r.notice };
}

/**
 * One path: a regular file read whole under the limit, a JSONL file line by
 * line; a FIFO or device only when named (`explicit`), under the limit and the
 * timeout. In a walk anything else is skipped (`skipped` counts it).
 */
async function* fromPath(path: string, r: Reading, explicit: boolean, skipped?: { count: number }): AsyncGenerator<Source> {
  let opened: OpenedInput;
  try {
    opened = openInput(path);
  } catch (err) {
    yield { file: path, error: describeFsError(err) };
    return;
  }
  const regular = opened.stats.isFile();
  if (!regular && (!explicit || opened.stats.isDirectory())) {
    closeSync(opened.fd);
    if (skipped) skipped.count++;
    else yield { file: path, error: describeKind(opened.stats) };
    return;
  }
  if (r.inputFormat === 'jsonl' || (r.inputFormat === 'auto' && isJsonlPath(path))) {
    const stream = regular ? createReadStream('', { fd: opened.fd, highWaterMark: 1 << 20 }) : streamOf(opened);
    try {
      yield* readJsonl(stream, path, jsonlOptions(r, !regular));
    } finally {
      stream.destroy();
    }
    return;
  }
  try {
    const bytes = regular ? readRegular(opened, r.limit) : await readStreamBounded(streamOf(opened), r.limit, r.timeoutMs);
    yield { file: path, bytes, format: formatFor(path, r.inputFormat), size: bytes.byteLength };
  } catch (err) {
    yield { file: path, error: err instanceof InputLimitError ? err.message : describeFsError(err) };
  }
}

/** Whether `path` is `dir` or inside it (both real paths). */
function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

interface WalkCounts {
  /** non-regular files skipped */
  count: number;
}

/** The directory a walk started from: as given (for messages) and its real path. */
interface WalkRoot {
  given: string;
  real: string;
}

async function* walk(dir: string, r: Reading, root: WalkRoot | null, ancestors: Set<string>, counts: WalkCounts): AsyncGenerator<Source> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await fsp.realpath(dir);
  } catch (err) {
    yield { file: dir, error: describeFsError(err) };
    return;
  }
  const top = root ?? { given: dir, real };
  if (ancestors.has(real)) {
    yield { file: dir, error: 'symlink loop' };
    return;
  }
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { file: dir, error: describeFsError(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inside = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let st: Stats;
      let target: string;
      try {
        target = await fsp.realpath(path);
        st = await fsp.stat(target);
      } catch (err) {
        const message = describeFsError(err);
        yield { file: path, error: message === 'no such file or directory' ? 'broken symbolic link' : message };
        continue;
      }
      // a link out of the tree given is not followed unless asked (as root it could reach any file)
      if (!r.followSymlinks && !within(target, top.real)) {
        r.notice(`${path}: symbolic link to ${target}, outside ${top.given}: skipped (--follow-symlinks follows it)`);
        continue;
      }
      if (r.exclude.has(target)) continue;
      isDir = st.isDirectory();
      isFile = st.isFile();
    } else if (r.exclude.has(join(real, entry.name))) continue;
    if (isDir) yield* walk(path, r, top, inside, counts);
    else if (!DIRECTORY_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    else if (isFile) yield* fromPath(path, r, false, counts);
    else counts.count++;
  }
}

async function* fromStdin(stdin: NodeJS.ReadableStream, r: Reading): AsyncGenerator<Source> {
  // standard input on a device (`- < /dev/zero`) may never give a newline: stop at a line past the limit
  let device = false;
  try {
    device = stdin === process.stdin && fstatSync(0).isCharacterDevice() && !process.stdin.isTTY;
  } catch {
    /* no descriptor 0 */
  }
  if (r.inputFormat === 'jsonl') {
    yield* readJsonl(stdin, '-', jsonlOptions(r, device));
    return;
  }
  try {
    const bytes = await readStreamBounded(stdin as NodeJS.ReadableStream & { destroy?: () => void }, r.limit);
    yield { file: '-', bytes, format: formatFor('-', r.inputFormat), size: bytes.byteLength };
  } catch (err) {
    yield { file: '-', error: err instanceof InputLimitError ? err.message : describeFsError(err) };
  }
}

/**
 * The batch's inputs in order: each path as a file, a directory walked in
 * sorted order, or `-` (also when no path is given) for standard input.
 */
export async function* readSources(paths: string[], options: SourceOptions = {}): AsyncGenerator<Source> {
  const r: Reading = {
    inputFormat: options.inputFormat ?? 'auto',
    limit: options.maxInputSize ?? DEFAULT_MAX_INPUT_SIZE,
    timeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
    followSymlinks: !!options.followSymlinks,
    exclude: options.exclude ?? new Set(),
    notice: options.onNotice ?? (() => {}),
  };
  const list = paths.length ? paths : ['-'];
  for (const path of list) {
    if (path === '-') {
      yield* fromStdin(options.stdin ?? process.stdin, r);
      continue;
    }
    let st: Stats;
    try {
      st = await fsp.stat(path);
    } catch (err) {
      yield { file: path, error: describeFsError(err) };
      continue;
    }
    if (st.isDirectory()) {
      const counts: WalkCounts = { count: 0 };
      yield* walk(path, r, null, new Set(), counts);
      if (counts.count) r.notice(`${path}: ${counts.count} FIFO${counts.count === 1 ? '' : 's'}, device${counts.count === 1 ? '' : 's'} or socket${counts.count === 1 ? '' : 's'} with an article's name skipped (not regular files)`);
    } else yield* fromPath(path, r, true);
  }
}
