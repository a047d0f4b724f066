// Where `--errors` writes. A file name as given; a directory (an existing one,
// or a name ending in "/") gets a file of its own per process; `%p` and `%h`
// in a name become the process id and the host name. Tasks run side by side
// (GNU parallel, Hadoop or Spark tasks, Dask workers) then never write to the
// same file.
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface ErrorsPath {
  file: string;
  /** The file is one of many (a directory or a template): written only when there are errors. */
  perTask: boolean;
}

const safeHost = () => hostname().replace(/[^A-Za-z0-9._-]/g, '_') || 'host';

export function resolveErrorsPath(given: string, pid = process.pid): ErrorsPath {
  let isDir = /[\\/]$/.test(given);
  if (!isDir) {
    try {
      isDir = statSync(given).isDirectory();
    } catch {
      // not there yet: a file name
    }
  }
  if (isDir) return { file: join(given, `pressfig-errors-${safeHost()}-${pid}.jsonl`), perTask: true };
  if (/%[ph]/.test(given)) {
    return { file: given.replace(/%p/g, String(pid)).replace(/%h/g, safeHost()), perTask: true };
  }
  return { file: given, perTask: false };
}
