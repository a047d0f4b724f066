// Bundles the program's entry points over tsc's output of the same name.
//
// Why: Node 20 loads ES modules one file at a time (resolve, read, compile),
// and the CLI's module graph holds about a hundred files, most of them zod's.
// Loading them was half of what one `pressfig extract article.txt` costs.
// One file per entry point, with the code two entry points share in a chunk
// beside them, takes that away; the code itself is the same.
//
// Layout: every output file stays where tsc puts its entry point, and the
// shared chunks go into dist/cli/, so the paths the code takes from
// import.meta.url (./worker.js next to the pool, ../../package.json for the
// version, ../check/command.js for `check`) still resolve from any of them.
// commander stays a package import: it is CommonJS, which an ES module
// bundle could only load through a require shim. Packages loaded at run time
// with createRequire (htmlparser2's tokenizer, china-area-data) stay so too.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ENTRY_POINTS = ['src/index.ts', 'src/cli/main.ts', 'src/cli/worker.ts', 'src/check/command.ts'];

export async function bundle() {
  // chunks are named by their content: those of an earlier build would stay behind
  const chunkDir = path.join(root, 'dist', 'cli');
  for (const f of safeList(chunkDir)) if (/^chunk-.*\.js$/.test(f)) rmSync(path.join(chunkDir, f));
  return build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: 'dist',
    outbase: 'src',
    bundle: true,
    splitting: true,
    chunkNames: 'cli/chunk-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['commander'],
    allowOverwrite: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundle().catch(() => process.exit(1));
}
