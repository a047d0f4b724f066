#!/usr/bin/env node
// The README's distributed commands against one process on the same JSONL
// input: GNU parallel --pipepart with 16 MB blocks, and the Dask driver with
// two threads of one local worker (the README's command) and with two local
// worker processes, both with the driver's automatic block size. Repetitions
// alternate the order; medians and the ratio to one process (taken within
// each repetition) are printed. Needs GNU parallel and Dask (Debian: parallel, python3-distributed).
//
//   node bench/engines.mjs [--copies N] [--reps N]
//
// The input is every fixture article as a JSONL line, N copies (default 60:
// about 36 MB).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './corpus.mjs';
import { median } from './measure.mjs';

const argv = process.argv.slice(2);
const value = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const COPIES = value('--copies', 60);
const REPS = value('--reps', 3);
const BIN = path.join(ROOT, 'bin', 'pressfig.js');
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import dask.bag, distributed']).status === 0);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressfig-engines-'));
const input = path.join(tmp, 'articles.jsonl');
const fixtures = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
const out = fs.openSync(input, 'w');
for (let c = 0; c < COPIES; c++) {
  for (const f of fixtures) fs.writeSync(out, JSON.stringify({ id: `${c}/${f}`, text: fs.readFileSync(path.join(ROOT, 'fixtures', f), 'utf8') }) + '\n');
}
fs.closeSync(out);
const mb = fs.statSync(input).size / 1e6;
const F = `extract --input-format jsonl --jobs 1 --keep-going --quiet`;
const runs = {
  one: `${process.execPath} ${BIN} ${F} - < ${input} > ${tmp}/one.jsonl`,
  parallel: `parallel --pipepart -a ${input} --block 16M ${process.execPath} ${BIN} ${F} - > ${tmp}/parallel.jsonl`,
  // the README's local command (threads: each task runs a pressfig process of its own), then worker processes
  dask: PYTHON ? `${PYTHON} ${path.join(ROOT, 'examples', 'dask_pressfig.py')} ${input} ${tmp}/dask.jsonl --local-threads 2 --pressfig "${process.execPath} ${BIN}"` : null,
  'dask-processes': PYTHON ? `${PYTHON} ${path.join(ROOT, 'examples', 'dask_pressfig.py')} ${input} ${tmp}/dask-processes.jsonl --local-workers 2 --pressfig "${process.execPath} ${BIN}"` : null,
};
const times = { one: [], parallel: [], dask: [], 'dask-processes': [] };
try {
  for (let r = 0; r < REPS; r++) {
    const order = Object.keys(runs).filter((k) => runs[k]);
    if (r % 2) order.reverse();
    for (const k of order) {
      const t = performance.now();
      const res = spawnSync('bash', ['-c', runs[k]], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (res.status !== 0) throw new Error(`${k} exited ${res.status}`);
      times[k].push(performance.now() - t);
    }
    process.stderr.write(`#${r + 1}: ${Object.entries(times).filter(([, v]) => v.length).map(([k, v]) => `${k} ${(v[r] / 1000).toFixed(1)} s`).join(', ')}\n`);
  }
  const lines = (f) => fs.readFileSync(path.join(tmp, f), 'utf8').split('\n').filter(Boolean).sort();
  const same = (f) => JSON.stringify(lines(f)) === JSON.stringify(lines('one.jsonl'));
  process.stdout.write(`${fixtures.length * COPIES} lines, ${mb.toFixed(1)} MB; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${REPS}\n`);
  process.stdout.write('| run | median s | time / one process | same documents |\n| --- | ---: | ---: | --- |\n');
  for (const k of Object.keys(runs).filter((x) => runs[x])) {
    const ratio = median(times[k].map((t, i) => t / times.one[i]));
    process.stdout.write(`| ${k} | ${(median(times[k]) / 1000).toFixed(1)} | ${ratio.toFixed(2)}× | ${k === 'one' ? '-' : same(`${k}.jsonl`) ? 'yes' : 'NO'} |\n`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
