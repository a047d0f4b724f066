// An unreadable directory (EACCES) yields an error naming it and the walk goes
// on. Root reads every directory whatever its mode, so the refusal is made by
// the file system module here, exactly as the kernel reports it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let dir: string;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdir = (async (path: string, options?: unknown) => {
    if (String(path).endsWith('locked')) {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES', syscall: 'scandir', path });
    }
    return fs.promises.readdir(path, options as never);
  }) as typeof fs.promises.readdir;
  return { ...fs, default: { ...fs, promises: { ...fs.promises, readdir } }, promises: { ...fs.promises, readdir } };
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-perm-'));
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'hidden.txt'), '确诊病例1例');
  writeFileSync(join(dir, 'open.txt'), '确诊病例2例');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSources on a directory that cannot be read', () => {
  it('reports permission denied naming the directory, and reads the rest', async () => {
    const { readSources } = await import('../../src/input/sources.js');
    const items = [];
    for await (const item of readSources([dir])) items.push(item);
    expect(items).toEqual([
      { file: join(dir, 'locked'), error: 'permission denied' },
      expect.objectContaining({ file: join(dir, 'open.txt'), size: Buffer.byteLength('确诊病例2例') }),
    ]);
  });
});
