// The files a batch's paths stand for, without reading them: a file as given,
// a directory walked as `readSources` walks it (sorted, hidden entries
// skipped, only the extensions it reads, symlink loops cut, links that lead
// out of the directory given skipped as readSources skips them without
// --follow-symlinks). Used to count a
// batch before it runs and by commands that read files one by one.
import { promises as fsp, type Stats } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { DIRECTORY_EXTENSIONS, describeFsError } from './sources.js';

export interface InputFile {
  path: string;
  size: number;
}

export interface InputFileError {
  path: string;
  error: string;
}

async function* walkFiles(dir: string, ancestors: Set<string>, root: string | null): AsyncGenerator<InputFile | InputFileError> {
  let real: string;
  let names: string[];
  try {
    real = await fsp.realpath(dir);
    if (ancestors.has(real)) {
      yield { path: dir, error: 'symlink loop' };
      return;
    }
    names = (await fsp.readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch (err) {
    yield { path: dir, error: describeFsError(err) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const top = root ?? real;
  const inside = new Set(ancestors).add(real);
  for (const name of names) {
    const path = join(dir, name);
    let st: Stats;
    try {
      // a link out of the tree given is not followed (as root it could reach any file)
      if ((await fsp.lstat(path)).isSymbolicLink()) {
        const target = await fsp.realpath(path);
        if (target !== top && !target.startsWith(top.endsWith(sep) ? top : top + sep)) continue;
      }
      st = await fsp.stat(path);
    } catch (err) {
      yield { path, error: describeFsError(err) };
      continue;
    }
    if (st.isDirectory()) yield* walkFiles(path, inside, top);
    else if (st.isFile() && DIRECTORY_EXTENSIONS.has(extname(name).toLowerCase())) yield { path, size: st.size };
  }
}

/** Each path's files in batch order; `-` is passed through with size 0. */
export async function* inputFiles(paths: string[]): AsyncGenerator<InputFile | InputFileError> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, size: 0 };
      continue;
    }
    let st: Stats;
    try {
      st = await fsp.stat(path);
    } catch (err) {
      yield { path, error: describeFsError(err) };
      continue;
    }
    if (st.isDirectory()) yield* walkFiles(path, new Set(), null);
    else yield { path, size: st.size };
  }
}

export function isInputFileError(f: InputFile | InputFileError): f is InputFileError {
  return typeof (f as InputFileError).error === 'string';
}
