import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'pressfig.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  out: Buffer;
}

export function run(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), out: r.stdout };
}

export function start(args: string[], cwd = ROOT) {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Starts `extract --out DIR/x.jsonl a.txt -` (standard input left open, so the
 * batch never finishes), waits for its temporary output file to appear, sends
 * `signal`, and resolves with the exit code and the files left in `outDir`.
 */
export async function interruptMidBatch(outDir: string, cwd: string, signal: NodeJS.Signals): Promise<{ code: number | null; left: string[]; seen: string[] }> {
  const { readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const child = start(['extract', '--out', join(outDir, 'x.jsonl'), 'a.txt', '-'], cwd);
  const deadline = Date.now() + 10_000;
  while (readdirSync(outDir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const seen = readdirSync(outDir);
  await new Promise((r) => setTimeout(r, 200));
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', (c) => resolve(c));
    child.kill(signal);
  });
  return { code, left: readdirSync(outDir), seen };
}
