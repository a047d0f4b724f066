import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicFile, OutputPathError, abortAllAtomicFiles } from '../../src/output/atomic.js';
import { Sink } from '../../src/output/sink.js';

const dir = mkdtempSync(join(tmpdir(), 'pressfig-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AtomicFile', () => {
  it('writes to a temporary file and renames it over the target', async () => {
    const target = join(dir, 'out.jsonl');
    writeFileSync(target, 'old\n');
    const f = AtomicFile.create(target);
    const sink = new Sink(f.stream);
    await sink.write('new\n');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    await sink.end();
    f.commit();
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('leaves nothing behind when aborted', async () => {
    const sub = join(dir, 'abort');
    mkdirSync(sub);
    const f = AtomicFile.create(join(sub, 'x.csv'));
    await new Sink(f.stream).write('partial');
    abortAllAtomicFiles();
    expect(readdirSync(sub)).toEqual([]);
    expect(existsSync(join(sub, 'x.csv'))).toBe(false);
  });

  it('refuses a missing directory, a file as directory, and a directory as target', () => {
    writeFileSync(join(dir, 'plain'), '');
    expect(() => AtomicFile.create(join(dir, 'no', 'such', 'out.json'))).toThrow(OutputPathError);
    expect(() => AtomicFile.create(join(dir, 'no', 'out.json'))).toThrow(/does not exist/);
    expect(() => AtomicFile.create(join(dir, 'plain', 'out.json'))).toThrow(/not a directory/);
    expect(() => AtomicFile.create(dir)).toThrow(/is a directory/);
  });
});
