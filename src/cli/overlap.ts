// An output file among the inputs: named as an input, it would be read
// while it is replaced (refused before any work); inside a directory walked,
// every rerun would read its own previous output (left out of the walk).
import { realpathSync, statSync } from 'node:fs';
import { extname, sep } from 'node:path';
import { DIRECTORY_EXTENSIONS } from '../input/sources.js';
import { resolveTarget } from '../output/atomic.js';
import { UsageError } from './usage.js';

/** The real path of a regular (or new) output file, or null for `-`, devices and FIFOs. */
function outputFile(path: string): string | null {
  if (path === '-') return null;
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    /* a new file */
  }
  try {
    return resolveTarget(path);
  } catch {
    return null;
  }
}

/**
 * The real paths of the output files to leave out of directory walks; throws
 * UsageError when an output is itself an input, or --out and --errors are one file.
 */
export function excludedOutputs(inputs: string[], outputs: Array<string | undefined>, say: (message: string) => void): Set<string> {
  const exclude = new Set<string>();
  const [out, errors] = outputs.map((o) => (o ? outputFile(o) : null));
  if (out && errors && out === errors) throw new UsageError('--out and --errors name the same file');
  outputs.forEach((given, i) => {
    const real = i === 0 ? out : errors;
    if (!given || !real) return;
    const flag = i === 0 ? '--out' : '--errors';
    for (const input of inputs) {
      if (input === '-') continue;
      let inputReal: string;
      let isDir: boolean;
      try {
        inputReal = realpathSync(input);
        isDir = statSync(inputReal).isDirectory();
      } catch {
        continue;
      }
      if (real === inputReal) throw new UsageError(`${flag} ${given} is also an input: it would be read while it is replaced`);
      if (isDir && real.startsWith(inputReal.endsWith(sep) ? inputReal : inputReal + sep) && !exclude.has(real)) {
        exclude.add(real);
        if (DIRECTORY_EXTENSIONS.has(extname(real).toLowerCase())) say(`${flag} ${given} is inside the input directory ${input}: it is not read as an input`);
      }
    }
  });
  return exclude;
}
