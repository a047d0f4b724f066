#!/usr/bin/env node
// The default --jobs against --jobs 1, on a small and a large batch, with the
// machine's two-process reference beside them: the same batch split in two
// halves, each run by its own `--jobs 1` process, side by side. The runs of
// one repetition follow each other (their order alternates from repetition to
// repetition), so that they see about the same load of the machine; ratios
// are taken within a repetition and their median reported.
//
//   node bench/jobs.mjs [--small N] [--large N] [--reps N] [--sizes N,N,...] [--keep]
//
// --sizes N,N,... instead measures --jobs 1 against a pool of two workers
// (--jobs 2) on batches of those sizes: where a pool starts to pay is the
// small-batch threshold of the default (src/cli/batch.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { buildCorpus, ROOT } from './corpus.mjs';
import { median } from './measure.mjs';

const argv = process.argv.slice(2);
const value = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SMALL = Number(value('--small', 1500));
const LARGE = Number(value('--large', 20000));
const REPS = Math.max(1, Number(value('--reps', 3)));
const SIZES = value('--sizes', null)?.split(',').map(Number);
const KEEP = argv.includes('--keep');

const log = (m) => process.stderr.write(`${m}\n`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressfig-jobs-'));
// a snapshot of the build: a rebuild meanwhile cannot change what is measured
const APP = path.join(tmp, 'app');
for (const d of ['dist', 'bin']) fs.cpSync(path.join(ROOT, d), path.join(APP, d), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(APP, 'package.json'));
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(APP, 'node_modules'), 'dir');
const BIN = path.join(APP, 'bin', 'pressfig.js');

function files(dir) {
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()).sort();
}

/** A directory holding the first `n` articles, and its two halves. */
function subset(all, n, name) {
  const dirs = { whole: path.join(tmp, name), a: path.join(tmp, `${name}-a`), b: path.join(tmp, `${name}-b`) };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  all.slice(0, n).forEach((f, i) => {
    const base = `${String(i).padStart(6, '0')}${path.extname(f)}`;
    // hard links: a walk skips symbolic links that point outside the tree it is given
    fs.linkSync(f, path.join(dirs.whole, base));
    fs.linkSync(f, path.join(i < n / 2 ? dirs.a : dirs.b, base));
  });
  const bytes = all.slice(0, n).reduce((s, f) => s + fs.statSync(f).size, 0);
  return { ...dirs, n, bytes };
}

function time(args, out) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, 'extract', '--quiet', '--out', out, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`pressfig exited ${code}`))));
  });
}

const out = (i) => path.join(tmp, `out-${i}.jsonl`);

/** One repetition: each configuration once, in an order that alternates with `rep`; then the two-process pair. */
async function repetition(set, configs, rep) {
  const order = rep % 2 ? [...configs].reverse() : configs;
  const ms = {};
  for (const c of order) ms[c.name] = await time([...c.args, set.whole], out(0));
  const start = performance.now();
  await Promise.all([time(['--jobs', '1', set.a], out(1)), time(['--jobs', '1', set.b], out(2))]);
  ms.pair = performance.now() - start;
  return ms;
}

async function measure(set, configs) {
  const reps = [];
  for (let r = 0; r < REPS; r++) {
    const ms = await repetition(set, configs, r);
    reps.push(ms);
    log(`  ${set.n} articles #${r + 1}: ${Object.entries(ms).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ')}`);
  }
  const [base, other] = configs.map((c) => c.name);
  return {
    articles: set.n,
    mb: set.bytes / 1e6,
    medianSeconds: Object.fromEntries([...configs.map((c) => c.name), 'pair'].map((k) => [k, median(reps.map((m) => m[k])) / 1000])),
    // speed of `other` relative to `base`, and of the two-process pair relative to `base`, within each repetition
    ratio: median(reps.map((m) => m[base] / m[other])),
    pairRatio: median(reps.map((m) => m[base] / m.pair)),
  };
}

try {
  const largest = SIZES ? Math.max(...SIZES) : Math.max(SMALL, LARGE);
  log(`building a corpus of ${largest} articles in ${tmp} …`);
  const corpus = await buildCorpus(path.join(tmp, 'corpus'), { minArticles: largest, minBytes: 0, sampleSize: 10 });
  const all = files(corpus.full.dir);
  const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`;
  log(machine);
  const results = [];
  if (SIZES) {
    const configs = [{ name: 'jobs1', args: ['--jobs', '1'] }, { name: 'jobs2', args: ['--jobs', '2'] }];
    for (const n of SIZES) results.push(await measure(subset(all, n, `n${n}`), configs));
    process.stdout.write(`--jobs 2 against --jobs 1 by batch size (${REPS} repetitions; ${machine})\n`);
    process.stdout.write('| articles | MB | --jobs 1 s | --jobs 2 s | --jobs 2 speed | two processes speed |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n');
    for (const r of results) {
      process.stdout.write(`| ${r.articles} | ${r.mb.toFixed(1)} | ${r.medianSeconds.jobs1.toFixed(2)} | ${r.medianSeconds.jobs2.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.pairRatio.toFixed(2)}× |\n`);
    }
  } else {
    const configs = [{ name: 'jobs1', args: ['--jobs', '1'] }, { name: 'default', args: [] }];
    // (--large 0 measures the small batch alone)
    for (const n of [SMALL, LARGE].filter((x) => x > 0)) results.push(await measure(subset(all, n, `n${n}`), configs));
    process.stdout.write(`default --jobs against --jobs 1 (${REPS} repetitions, medians; ${machine})\n`);
    process.stdout.write('| articles | MB | --jobs 1 s | default s | default speed | two --jobs 1 processes s | two processes speed |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
    for (const r of results) {
      process.stdout.write(
        `| ${r.articles} | ${r.mb.toFixed(1)} | ${r.medianSeconds.jobs1.toFixed(2)} | ${r.medianSeconds.default.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.medianSeconds.pair.toFixed(2)} | ${r.pairRatio.toFixed(2)}× |\n`,
      );
    }
  }
} finally {
  if (!KEEP) fs.rmSync(tmp, { recursive: true, force: true });
}
