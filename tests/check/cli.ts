// Runs the compiled program (the tests' global setup builds it) in a temporary fixture set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'pressfig.js');

/** The environment of a run: no NO_COLOR or FORCE_COLOR from the caller's. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!('NO_COLOR' in extra)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

export function pressfig(args: string[], cwd: string = root, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: cleanEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 太原, 15 April 2022: 3 new local confirmed cases, 5 new local asymptomatic infections, published the 16th. */
export const ARTICLE = '太原市卫健委2022年4月16日通报:4月15日0时至24时,太原市新增本土确诊病例3例,新增无症状感染者5例。\n';
export const CONFIRMED = { metric: 'cases.confirmed', value: 3, unit: '例', scope: 'new', origin: 'local', region: null, date: '2022-04-15', evidence: '新增本土确诊病例3例' };
export const ASYMPTOMATIC = { metric: 'cases.asymptomatic', value: 5, unit: '例', scope: 'new', origin: 'local', date: '2022-04-15', evidence: '新增无症状感染者5例' };

/** A temporary directory holding the article as a.txt. */
export function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressfig-check-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  return dir;
}
