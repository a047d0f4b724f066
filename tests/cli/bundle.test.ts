// The built program: each entry point is one bundled file with its shared
// chunks beside it (scripts/bundle.mjs). The tests' global setup builds it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHUNK_DIR, ENTRY_POINTS } from '../../scripts/bundle.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** src/cli/main.ts -> cli/main.js */
const ENTRIES = (ENTRY_POINTS as string[]).map((e) => e.replace(/^src\//, '').replace(/\.ts$/, '.js'));
const chunks = () => readdirSync(join(dist, CHUNK_DIR)).filter((f) => /^chunk-.*\.js$/.test(f)).map((f) => `${CHUNK_DIR}/${f}`);
const outputs = () => [...ENTRIES, ...chunks()].map((file) => ({ file, code: readFileSync(join(dist, file), 'utf8') }));

/** The specifiers of a file's static and literal dynamic imports. */
function importsOf(code: string): string[] {
  const specs: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\b[^;'"]*?(?:from\s*)?(["'])([^"']+)\1;/gm)) specs.push(m[2]);
  for (const m of code.matchAll(/\bimport\((["'])([^"']+)\1\)/g)) specs.push(m[2]);
  return specs;
}

describe('bundled build', () => {
  it('loads each entry point from bundles: only chunks, Node built-ins and commander are imported', () => {
    let chunkImports = 0;
    for (const { file, code } of outputs()) {
      const specs = importsOf(code);
      chunkImports += specs.filter((s) => s.includes('chunk-')).length;
      for (const spec of specs) expect(spec, `${file} imports ${spec}`).toMatch(/^(?:node:|commander$|(?:\.\.?\/)+(?:cli\/)?chunk-[A-Z0-9]+\.js$)/);
      for (const spec of specs.filter((s) => s.startsWith('.'))) {
        expect(existsSync(join(dirname(join(dist, file)), spec)), `${file}: ${spec} exists`).toBe(true);
      }
    }
    expect(chunkImports).toBeGreaterThan(0);
  });

  it('holds no CommonJS require shim, which throws for Node built-ins in an ES module', () => {
    // the shim is `var __require = …` called as __require("pkg"); `function __require()` is the
    // wrapper esbuild gives a bundled CommonJS module (boolbase, under cheerio), which is harmless
    for (const { file, code } of outputs()) expect(code, file).not.toMatch(/\bvar __require\b|\b__require\(["'`]/);
  });

  it('resolves every relative path written in the bundles (import.meta.url URLs, the check module) from where the bundle is', () => {
    const paths = new Set<string>();
    for (const { file, code } of outputs()) {
      const base = pathToFileURL(join(dist, file));
      for (const m of code.matchAll(/(["'])(\.\.?\/[^"'\s]+\.json|\.\.?\/[^"'\s]+\.js)\1/g)) {
        expect(existsSync(fileURLToPath(new URL(m[2], base))), `${file}: ${m[2]}`).toBe(true);
        paths.add(m[2]);
      }
    }
    expect([...paths]).toEqual(expect.arrayContaining(['./worker.js', '../../package.json', '../check/command.js']));
  });

  it('resolves the packages the bundles load at run time through createRequire', () => {
    let required = 0;
    for (const { file, code } of outputs()) {
      if (!code.includes('createRequire(import.meta.url)')) continue;
      const req = createRequire(join(dist, file));
      for (const m of code.matchAll(/\brequire\d*\((["'])([^"']+)\1\)/g)) {
        expect(() => req.resolve(m[2]), `${file}: ${m[2]}`).not.toThrow();
        required++;
      }
    }
    expect(required).toBeGreaterThan(0); // china-area-data
  });

  it('runs: the bundled library extracts a figure', async () => {
    const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../../src/index.js');
    const text = '今日新增确诊病例3例。';
    const doc = lib.extract(text, { year: 2022 });
    expect(doc.figures.map((f) => [f.metric, f.value, f.scope, f.quote])).toEqual([['cases.confirmed', 3, 'new', '确诊病例3例']]);
    expect(text.slice(doc.figures[0].start, doc.figures[0].end)).toBe(doc.figures[0].quote);
    expect(lib.validateDocument(doc)).toEqual(doc);
  });
});
