// No dead code in src/: every file is reached from an entry point, and every
// export is used somewhere else (knip, configured in knip.json).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const knip = join(root, 'node_modules', 'knip', 'bin', 'knip.js');

describe('dead code', () => {
  it('src/ has no unused file, export or exported type', () => {
    const r = spawnSync(process.execPath, [knip, '--include', 'exports,types,files', '--no-progress', '--reporter', 'compact'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
