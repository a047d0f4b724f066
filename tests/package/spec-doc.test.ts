// docs/spec.md is generated from the schema and the vocabulary: it must be
// what scripts/spec-doc.mjs writes now, and it is linked from the README and
// the command line's help.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/validate/schema.js';
import { CUES } from '../../src/lexicon/vocabulary.js';
import { ROOT, run } from '../cli/run.js';

const script = join(ROOT, 'scripts', 'spec-doc.mjs');
const check = (...args: string[]) => spawnSync(process.execPath, [script, '--check', ...args], { cwd: ROOT, encoding: 'utf8' });
const spec = () => readFileSync(join(ROOT, 'docs', 'spec.md'), 'utf8');

describe('docs/spec.md', () => {
  it('is what the generator writes from the current schema and vocabulary', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails the check when it is stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressfig-spec-'));
    try {
      const stale = join(dir, 'spec.md');
      writeFileSync(stale, spec().replace('`确诊病例`', '`确诊病人`'));
      const r = check('--out', stale);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/out of date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a row for every metric, with every cue word the rules use for it', () => {
    const text = spec();
    for (const metric of METRICS) {
      const row = text.split('\n').find((l) => l.startsWith(`| \`${metric}\` |`));
      expect(row, metric).toBeDefined();
      for (const cue of CUES.filter((c) => c.metric === metric)) expect(row, `${metric}: ${cue.word}`).toContain(`\`${cue.word}\``);
    }
  });

  it('is linked from the README and from --help', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/spec.md)');
    expect(run(['--help']).stdout + run(['--help']).stderr).toContain('docs/spec.md');
    expect(run(['extract', '--help']).stdout).toContain('docs/spec.md');
  });
});
