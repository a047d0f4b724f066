// The inputs of a batch, one at a time: files, directories (recursively),
// standard input, and JSONL files streamed line by line. Problems with one
// input (missing, unreadable, a bad JSONL line) become error items and the
// batch goes on.
import { createReadStream, promises as fsp, type Dirent, type Stats, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { replayStream, sniffJsonl } from './stdin.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

/** One article to extract from: raw bytes (files, stdin) or text (JSONL lines). */
export interface SourceItem {
  /** Name recorded as the document's `file`: the path as given, `-`, or the JSONL `id`. */
  file: string;
  bytes?: Uint8Array;
  text?: string;
  format?: 'text' | 'html';
  published?: string;
  title?: string;
  /** Line number in a JSONL file (1-based). */
  line?: number;
  /** The JSONL file a line came from. */
  source?: string;
  /** Size of the input in bytes (for progress). */
  size: number;
}

/** An input that could not be read. */
export interface SourceError {
  file: string;
  line?: number;
  /** The id of a JSONL line that could be parsed. */
  id?: string;
  error: string;
}

export type Source = SourceItem | SourceError;

export function isSourceError(s: Source): s is SourceError {
  return typeof (s as SourceError).error === 'string';
}

export interface SourceOptions {
  inputFormat?: InputFormat;
  /** Standard input (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Extensions read when walking a directory besides DIRECTORY_EXTENSIONS (".md"). */
  extensions?: Iterable<string>;
  /** Called for each file a directory walk leaves out (its extension is not read). */
  onSkip?: (path: string) => void;
  /** Called with what was decided about an input (standard input read as JSONL). */
  onNote?: (message: string) => void;
}

/** Extensions read when walking a directory. */
export const DIRECTORY_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.shtml', '.shtm', '.jsonl']);
/** Extensions of HTML files (server-side-include pages are HTML too). */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.shtm']);

/** A short message for a file-system error. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e?.message ?? String(err);
  }
}

function isJsonlPath(path: string): boolean {
  return extname(path).toLowerCase() === '.jsonl';
}

function formatFor(path: string, inputFormat: InputFormat): 'text' | 'html' | undefined {
  if (inputFormat === 'text' || inputFormat === 'html') return inputFormat;
  const ext = extname(path).toLowerCase();
  return HTML_EXTENSIONS.has(ext) ? 'html' : undefined;
}

async function readFileItem(path: string, inputFormat: InputFormat): Promise<Source> {
  try {
    // A local file is read at once: four thread-pool round trips per small file cost more than the read.
    const bytes = readFileSync(path);
    return { file: path, bytes, format: formatFor(path, inputFormat), size: bytes.byteLength };
  } catch (err) {
    return { file: path, error: describeFsError(err) };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** One JSONL line -> an item or an error. Blank lines give null. */
export function parseJsonlLine(raw: string, source: string, line: number): Source | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const where = { file: source, line };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { ...where, error: `invalid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ...where, error: 'not a JSON object' };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id === 'string' || typeof o.id === 'number') Object.assign(where, { id: String(o.id) });
  const hasText = typeof o.text === 'string';
  const hasHtml = typeof o.html === 'string';
  if (!hasText && !hasHtml) return { ...where, error: 'no "text" or "html" string' };
  if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number') {
    return { ...where, error: '"id" must be a string or a number' };
  }
  for (const key of ['published', 'title'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      return { ...where, error: `"${key}" must be a string` };
    }
  }
  const id = o.id === undefined || o.id === null || o.id === '' ? `${source}:${line}` : String(o.id);
  const text = hasText ? (o.text as string) : (o.html as string);
  const item: SourceItem = {
    file: id,
    text,
    format: hasText ? 'text' : 'html',
    line,
    source,
    size: Buffer.byteLength(text, 'utf8'),
  };
  if (typeof o.published === 'string' && o.published) item.published = o.published;
  if (typeof o.title === 'string' && o.title) item.title = o.title;
  return item;
}

/** Stream a JSONL file (or stdin) one line at a time. */
async function* readJsonl(stream: NodeJS.ReadableStream, source: string): AsyncGenerator<Source> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (let raw of rl) {
      line++;
      if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      const item = parseJsonlLine(raw, source, line);
      if (item) yield item;
    }
  } catch (err) {
    yield { file: source, ...(line > 0 ? { line: line + 1 } : {}), error: describeFsError(err) };
  } finally {
    rl.close();
  }
}

/** Standard input as JSONL when its first line is a JSONL article, else as one article. */
async function* readStdinAuto(stdin: NodeJS.ReadableStream, onNote?: (message: string) => void): AsyncGenerator<Source> {
  try {
    const sniffed = await sniffJsonl(stdin);
    if (sniffed.jsonl) {
      onNote?.('standard input read as JSONL: its first line is a JSON object with "text" or "html" (--input-format text reads it as one article)');
      yield* readJsonl(replayStream(sniffed), '-');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of sniffed.replay()) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    yield { file: '-', bytes, size: bytes.byteLength };
  } catch (err) {
    yield { file: '-', error: describeFsError(err) };
  }
}

async function* readJsonlFile(path: string): AsyncGenerator<Source> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    yield* readJsonl(stream, path);
  } finally {
    stream.destroy();
  }
}

async function* fromFile(path: string, inputFormat: InputFormat): AsyncGenerator<Source> {
  if (inputFormat === 'jsonl' || (inputFormat === 'auto' && isJsonlPath(path))) yield* readJsonlFile(path);
  else yield await readFileItem(path, inputFormat);
}

interface Walk {
  inputFormat: InputFormat;
  extensions: Set<string>;
  onSkip?: (path: string) => void;
}

async function* walk(dir: string, how: Walk, ancestors: Set<string>): AsyncGenerator<Source> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await fsp.realpath(dir);
  } catch (err) {
    yield { file: dir, error: describeFsError(err) };
    return;
  }
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
      try {
        st = await fsp.stat(path);
      } catch (err) {
        const message = describeFsError(err);
        yield { file: path, error: message === 'no such file or directory' ? 'broken symbolic link' : message };
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) yield* walk(path, how, inside);
    else if (isFile && how.extensions.has(extname(entry.name).toLowerCase())) yield* fromFile(path, how.inputFormat);
    else if (isFile) how.onSkip?.(path);
  }
}

/**
 * The batch's inputs in order: each path as a file, a directory walked in
 * sorted order, or `-` (also when no path is given) for standard input.
 */
export async function* readSources(paths: string[], options: SourceOptions = {}): AsyncGenerator<Source> {
  const inputFormat = options.inputFormat ?? 'auto';
  const list = paths.length ? paths : ['-'];
  const extensions = new Set(DIRECTORY_EXTENSIONS);
  for (const e of options.extensions ?? []) extensions.add((e.startsWith('.') ? e : `.${e}`).toLowerCase());
  const how: Walk = { inputFormat, extensions, onSkip: options.onSkip };
  for (const path of list) {
    if (path === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (inputFormat === 'jsonl') {
        yield* readJsonl(stdin, '-');
      } else if (inputFormat === 'auto') {
        yield* readStdinAuto(stdin, options.onNote);
      } else {
        try {
          const bytes = await readAll(stdin);
          yield { file: '-', bytes, format: formatFor('-', inputFormat), size: bytes.byteLength };
        } catch (err) {
          yield { file: '-', error: describeFsError(err) };
        }
      }
      continue;
    }
    let st: Stats;
    try {
      st = await fsp.stat(path);
    } catch (err) {
      yield { file: path, error: describeFsError(err) };
      continue;
    }
    if (st.isDirectory()) yield* walk(path, how, new Set());
    else if (st.isFile() || st.isFIFO()) yield* fromFile(path, inputFormat);
    else yield { file: path, error: 'not a regular file' };
  }
}
