// The built program: each entry point is one bundled file with its shared
// chunks beside it (see scripts/bundle.mjs). The tests' global setup builds it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const ENTRIES = ['index.js', 'cli/main.js', 'cli/worker.js', 'check/command.js'];
const chunks = () => readdirSync(join(dist, 'cli')).filter((f) => /^chunk-.*\.js$/.test(f)).map((f) => `cli/${f}`);

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
    for (const entry of ENTRIES) {
      const specs = importsOf(readFileSync(join(dist, entry), 'utf8'));
      chunkImports += specs.filter((s) => s.includes('chunk-')).length;
      for (const spec of specs) expect(spec, `${entry} imports ${spec}`).toMatch(/^(?:node:|commander$|(?:\.\.?\/)+(?:cli\/)?chunk-[A-Z0-9]+\.js$)/);
      for (const spec of specs.filter((s) => s.startsWith('.'))) {
        expect(existsSync(join(dirname(join(dist, entry)), spec)), `${entry}: ${spec} exists`).toBe(true);
      }
    }
    expect(chunkImports).toBeGreaterThan(0);
  });

  it('resolves every path taken from import.meta.url to an existing file, in entries and chunks alike', () => {
    let checked = 0;
    for (const file of [...ENTRIES, ...chunks()]) {
      const code = readFileSync(join(dist, file), 'utf8');
      const base = pathToFileURL(join(dist, file));
      for (const m of code.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)) {
        expect(existsSync(fileURLToPath(new URL(m[1], base))), `${file}: ${m[1]}`).toBe(true);
        checked++;
      }
    }
    // ../../package.json (version), ./worker.js (pool), and the check module's path
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
