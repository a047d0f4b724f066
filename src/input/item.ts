// What the input reader yields: an article to extract from, or the error of
// one that could not be read.

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
  error: string;
}

export type Source = SourceItem | SourceError;

export function isSourceError(s: Source): s is SourceError {
  return typeof (s as SourceError).error === 'string';
}

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
