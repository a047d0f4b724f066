// The stages only point down (.dependency-cruiser.cjs): checked over src/ by
// dependency-cruiser, and shown to catch a stage that uses a later one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type IReporterOutput } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const ruleSet = require('../../.dependency-cruiser.cjs');
const root = join(import.meta.dirname, '..', '..');

async function violations(dir: string, tsConfig?: string): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const options = { ruleSet: { forbidden: ruleSet.forbidden }, validate: true, tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' },
      exclude: { path: '^src/types/' }, ...(tsConfig ? { tsConfig: { fileName: tsConfig } } : {}) };
    const result = (await cruise(['src'], options)) as IReporterOutput;
    const output = result.output as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'pressfig-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('layers', () => {
  it('src/ has no stage that uses a later one, and no cycle', async () => {
    expect(await violations(root, 'tsconfig.json')).toEqual([]);
  }, 60_000);

  it('catches a reader that uses a rule, and a cycle', async () => {
    mkdirSync(join(scratch, 'src', 'read'), { recursive: true });
    mkdirSync(join(scratch, 'src', 'rules'), { recursive: true });
    writeFileSync(join(scratch, 'src', 'read', 'a.js'), "import { b } from '../rules/b.js';\nexport const a = () => b;\n");
    writeFileSync(join(scratch, 'src', 'rules', 'b.js'), "import { a } from '../read/a.js';\nexport const b = () => a;\n");
    const found = await violations(scratch);
    expect(found).toContain('read-points-down: src/read/a.js -> src/rules/b.js');
    expect(found.some((v) => v.startsWith('no-circular:'))).toBe(true);
  }, 60_000);
});
