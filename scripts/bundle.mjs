// Bundles the program's entry points over tsc's output of the same name.
//
// Why: Node 20 loads ES modules one file at a time (resolve, read, compile),
// and the CLI's module graph held about a hundred and fifty files, most of
// them zod's: about a quarter of one `pressfig extract article.txt` call.
// One file per entry point, with the code two entry points share in a chunk
// beside them, loads in about twenty; the code itself is the same.
//
// Layout: every output file stays where tsc puts its entry point, and the
// shared chunks go into dist/cli/, so the paths the code takes from
// import.meta.url (./worker.js next to the pool, ../../package.json for the
// version, ../check/command.js for `check`, china-area-data through
// createRequire) still resolve from any of them. commander stays a package
// import: it is CommonJS, which an ES module bundle could only load through
// a require shim.
//
// The library is also written as one CommonJS file, dist/index.cjs, for
// `require('pressfig')`: import.meta.url (which places.ts hands to
// createRequire) becomes the file's own URL there.
//
// The build happens in memory first: when it fails, dist/ keeps the files of
// the build before. The licences of the packages whose code the bundles hold
// go to dist/THIRD_PARTY_NOTICES.md.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

export const ENTRY_POINTS = ['src/index.ts', 'src/cli/main.ts', 'src/cli/worker.ts', 'src/check/command.ts'];
/** Where the shared chunks go, under dist/. */
export const CHUNK_DIR = 'cli';

export async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: 'dist',
    outbase: 'src',
    bundle: true,
    splitting: true,
    chunkNames: `${CHUNK_DIR}/chunk-[hash]`,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['commander'],
    legalComments: 'eof',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const cjs = await build({
    absWorkingDir: root,
    entryPoints: ['src/index.ts'],
    outfile: 'dist/index.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['commander'],
    define: { 'import.meta.url': '__pressfigModuleUrl' },
    banner: { js: "const __pressfigModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'eof',
    write: false,
    logLevel: 'silent',
  });
  const written = new Set();
  for (const file of [...result.outputFiles, ...cjs.outputFiles]) {
    writeAtomically(file.path, file.contents);
    written.add(file.path);
  }
  // chunks are named by their content: those of an earlier build would stay behind
  const chunkDir = path.join(dist, CHUNK_DIR);
  for (const f of readdirSync(chunkDir)) {
    const file = path.join(chunkDir, f);
    if (/^chunk-.*\.js$/.test(f) && !written.has(file)) rmSync(file);
  }
  // the types of the CommonJS entry are those of the ES module one
  writeAtomically(path.join(dist, 'index.d.cts'), "export * from './index.js';\n");
  writeAtomically(path.join(dist, 'THIRD_PARTY_NOTICES.md'), notices(result.metafile));
  return result;
}

function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/** Longer than any fence inside a licence file (opencc-js's holds one), so it encloses them. */
const FENCE = '~~~~~~~~';

/** The name, version, licence and licence files of every package the bundles hold code of. */
function notices(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.set(m[1], true);
  }
  const sections = [...packages.keys()].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    const files = readdirSync(path.join(root, dir))
      .filter((f) => /^(?:licen[cs]e|notice|third_party_licenses)/i.test(f) && statSync(path.join(root, dir, f)).isFile())
      .sort();
    const texts = files.map((f) => `### ${f}\n\n${FENCE}\n${readFileSync(path.join(root, dir, f), 'utf8').trim()}\n${FENCE}\n`);
    return `## ${pkg.name} ${pkg.version}\n\nLicence: ${pkg.license ?? 'see below'}\n\n${texts.join('\n')}`;
  });
  return '# Third-party notices\n\nThe bundled files in this directory hold code of these packages.\n\n' + sections.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(dist)) {
    process.stderr.write('bundle: dist/ is missing; run tsc first (npm run build)\n');
    process.exit(1);
  }
  bundle().catch((err) => {
    process.stderr.write(`bundle: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  });
}
