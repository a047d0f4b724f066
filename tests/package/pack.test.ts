// The package as a user gets it: packed, installed into an empty project from
// the tarball (its dependencies from the local cache where they are there),
// imported with `import` and `require`, and type-checked with `tsc --strict`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let project = '';
let installLog = '';

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const SAMPLE = '2022年4月1日，𠮷市新增本土确诊病例5例。';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-pack-'));
  // the tests' global setup has built dist/: packing needs no build of its own
  const packed = sh(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], ROOT);
  expect(packed.code, packed.out).toBe(0);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  project = join(dir, 'project');
  sh('mkdir', [project], dir);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = sh(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], project);
  installLog = installed.out;
  expect(installed.code, installed.out).toBe(0);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('installs without warnings, with only the dependencies it loads at run time', () => {
    expect(installLog).not.toMatch(/warn/i);
    const modules = readdirSync(join(project, 'node_modules')).filter((f) => !f.startsWith('.')).sort();
    // iconv-lite (and its safer-buffer) is loaded at run time for Big5-HKSCS, UTF-32 and the other legacy encodings
    expect(modules).toEqual(['china-area-data', 'commander', 'iconv-lite', 'pressfig', 'safer-buffer', 'zod']);
    for (const f of ['LICENSE', 'README.md', 'docs/spec.md', 'dist/index.cjs', 'dist/index.d.cts']) {
      expect(existsSync(join(project, 'node_modules', 'pressfig', f)), f).toBe(true);
    }
  });

  it('is loaded with import and with require, and reads the same figure both ways', () => {
    const code = (kind: string) =>
      kind === 'import'
        ? `import { extract } from 'pressfig'; const d = extract(${JSON.stringify(SAMPLE)}, { file: 'a' }); console.log(JSON.stringify(d.figures.map((f) => [f.metric, f.value, f.quote])));`
        : `const { extract } = require('pressfig'); const d = extract(${JSON.stringify(SAMPLE)}, { file: 'a' }); console.log(JSON.stringify(d.figures.map((f) => [f.metric, f.value, f.quote])));`;
    const esm = sh(process.execPath, ['--input-type=module', '-e', code('import')], project);
    const cjs = sh(process.execPath, ['--input-type=commonjs', '-e', code('require')], project);
    expect(esm.code, esm.out).toBe(0);
    expect(cjs.code, cjs.out).toBe(0);
    // the article says: 5 new local confirmed cases
    expect(JSON.parse(esm.out)).toEqual([['cases.confirmed', 5, '确诊病例5例']]);
    expect(cjs.out).toBe(esm.out);
  });

  it('runs the command line from the installed package', () => {
    writeFileSync(join(project, 'a.txt'), SAMPLE);
    const r = sh(process.execPath, [join(project, 'node_modules', '.bin', 'pressfig'), 'extract', '--offsets', 'codepoint', 'a.txt'], project);
    expect(r.code, r.out).toBe(0);
    const f = JSON.parse(r.out).figures[0];
    // code points: 𠮷 counts once, as in Python's text[start:end]
    expect([...SAMPLE].slice(f.start, f.end).join('')).toBe('确诊病例5例');
  });

  it('type-checks a script using the library with tsc --strict, as an ES module and as CommonJS', () => {
    writeFileSync(
      join(project, 'esm.ts'),
      `import { extract, extractFiles, writeDocuments, CSV_COLUMNS, type Document, type Figure, type InputFailure } from 'pressfig';
const doc: Document = extract('新增确诊病例5例', { file: 'a', year: 2022 });
const first: Figure | undefined = doc.figures[0];
const columns: readonly string[] = CSV_COLUMNS;
export async function all(paths: string[]): Promise<number> {
  const failed: InputFailure[] = [];
  return writeDocuments(extractFiles(paths, { offsets: 'codepoint', onError: (f) => failed.push(f) }), process.stdout, { format: 'csv' });
}
console.log(first?.metric, columns.length);
`,
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      `import pressfig = require('pressfig');
const doc: pressfig.Document = pressfig.extract('新增确诊病例5例', { file: 'b' });
console.log(doc.figures.length);
`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const types = join(ROOT, 'node_modules', '@types');
    const args = ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', types];
    const ok = sh(process.execPath, [tsc, ...args, 'esm.ts', 'cjs.cts'], project);
    expect(ok.code, ok.out).toBe(0);
    // and a type error is reported, so the check is a real one
    writeFileSync(join(project, 'bad.ts'), `import { extract } from 'pressfig';\nconst n: string = extract('x', {}).figures.length;\nconsole.log(n);\n`);
    const bad = sh(process.execPath, [tsc, ...args, 'bad.ts'], project);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/TS2322/);
  }, 300_000);
});
