// Compares the extraction speed of two builds of pressfig on the bench corpus.
// Each build is a directory holding a built `dist/` (a git worktree of the
// base commit, for one). The two run in alternating child processes; each
// child times `extract()` over the same articles, in process, several passes
// (the first one warms the code up), and reports its best later pass, as wall
// time and as CPU time per MB. Which build goes first alternates from round to
// round. The result is the median of the ratios of the rounds: two runs made
// one after the other see about the same load of the machine, two runs made
// minutes apart often do not. With --cli, each round
// instead times one whole `pressfig extract DIR --jobs 1` of each build (wall
// time, process start and output file included).
//
//   node bench/compare.mjs BASE_DIR [NEW_DIR] [--articles N] [--rounds N] [--passes N] [--cli]
//
// NEW_DIR defaults to this checkout. Neither build is rebuilt here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, ROOT } from './corpus.mjs';
import { median } from './measure.mjs';

const HERE = fileURLToPath(import.meta.url);

function articleFiles(dir) {
  return fs.readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .sort();
}

/** Child: time extract() of the build in `app` over the articles in `corpus`; print one JSON line. */
async function child(app, corpus, passes) {
  const { extract } = await import(pathToFileURL(path.join(app, 'dist', 'index.js')).href);
  const inputs = articleFiles(corpus).map((f) => fs.readFileSync(f));
  const mb = inputs.reduce((a, b) => a + b.length, 0) / 1e6;
  const wall = [];
  const cpu = [];
  for (let p = 0; p < passes; p++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const input of inputs) extract(input);
    const used = process.cpuUsage(c);
    wall.push((performance.now() - t) / mb);
    cpu.push((used.user + used.system) / 1000 / mb);
  }
  process.stdout.write(JSON.stringify({ mb, wall, cpu }) + '\n');
}

function usage(message) {
  if (message) process.stderr.write(`compare: ${message}\n`);
  process.stderr.write('usage: node bench/compare.mjs BASE_DIR [NEW_DIR] [--articles N] [--rounds N] [--passes N] [--cli]\n');
  process.exit(message ? 2 : 0);
}

function parseArgs(argv) {
  const dirs = [];
  const opts = { articles: 4000, rounds: 6, passes: 3 };
  let cli = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') usage();
    if (a === '--cli') cli = true;
    else if (a.startsWith('--')) {
      const key = a.slice(2);
      if (!Object.hasOwn(opts, key)) usage(`unknown option ${a}`);
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < (key === 'passes' ? 2 : 1)) usage(`${a} takes a whole number${key === 'passes' ? ' of at least 2' : ''}`);
      opts[key] = value;
    } else dirs.push(path.resolve(a));
  }
  if (dirs.length < 1 || dirs.length > 2) usage('give the base build, and optionally the new one');
  if (dirs.length === 1) dirs.push(ROOT);
  for (const d of dirs) if (!fs.existsSync(path.join(d, 'dist', 'index.js'))) usage(`${d}: no dist/index.js (build it first)`);
  return { base: dirs[0], next: dirs[1], cli, ...opts };
}

/** Wall ms of one `pressfig extract CORPUS --jobs 1` of the build in `app`, output to a file. */
function timeCli(app, corpus, outFile) {
  const t = performance.now();
  const out = spawnSync(process.execPath, [path.join(app, 'bin', 'pressfig.js'), 'extract', corpus, '--jobs', '1', '--quiet',
    '--format', 'jsonl', '--out', outFile], { encoding: 'utf8' });
  const ms = performance.now() - t;
  if (out.status !== 0) throw new Error(`${app}: ${out.stderr.trim() || `exit ${out.status}`}`);
  return ms;
}

async function compareCli(base, next, corpus, rounds, tmp) {
  const mb = articleFiles(corpus).reduce((a, f) => a + fs.statSync(f).size, 0) / 1e6;
  const times = { base: [], next: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['base', 'next'] : ['next', 'base'];
    for (const name of order) times[name].push(timeCli(name === 'base' ? base : next, corpus, path.join(tmp, `${name}.jsonl`)));
    process.stderr.write(`round ${r + 1}/${rounds}\n`);
  }
  const ratios = times.next.map((x, i) => x / times.base[i]);
  const s = (ms) => (ms / 1000).toFixed(2);
  return [
    `pressfig extract --jobs 1 over ${articleFiles(corpus).length} articles, ${mb.toFixed(1)} MB; ${rounds} rounds, alternating which goes first`,
    `wall s: base ${s(median(times.base))} (${times.base.map(s).join(' ')}), new ${s(median(times.next))} (${times.next.map(s).join(' ')}); ` +
      `new/base per round ${ratios.map((x) => x.toFixed(3)).join(' ')}, median ${median(ratios).toFixed(3)}`,
  ].join('\n') + '\n';
}

async function main() {
  const { base, next, cli, articles, rounds, passes } = parseArgs(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressfig-compare-'));
  try {
    await buildCorpus(tmp, { minArticles: articles, minBytes: 0, sampleSize: Math.min(articles, 2000) });
    const corpus = path.join(tmp, 'full');
    if (cli) {
      process.stdout.write(await compareCli(base, next, corpus, rounds, tmp));
      return;
    }
    const runs = { base: [], next: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [['base', base], ['next', next]] : [['next', next], ['base', base]];
      for (const [name, dir] of order) {
        const out = spawnSync(process.execPath, [HERE, '--child', dir, corpus, String(passes)], { encoding: 'utf8' });
        if (out.status !== 0) throw new Error(`${dir}: ${out.stderr.trim() || `exit ${out.status}`}`);
        runs[name].push(JSON.parse(out.stdout));
      }
      process.stderr.write(`round ${r + 1}/${rounds}\n`);
    }
    const best = (run, kind) => Math.min(...run[kind].slice(1));
    const mb = runs.base[0].mb;
    const fmt = (x) => x.toFixed(1);
    const lines = [`${articles} articles, ${mb.toFixed(1)} MB; ${rounds} rounds of alternating processes, best of passes 2-${passes} in each`];
    for (const kind of ['wall', 'cpu']) {
      const b = runs.base.map((run) => best(run, kind));
      const n = runs.next.map((run) => best(run, kind));
      const ratios = n.map((x, i) => x / b[i]);
      lines.push(`${kind === 'wall' ? 'wall' : 'CPU '} ms/MB: base ${fmt(median(b))} (${b.map(fmt).join(' ')}), ` +
        `new ${fmt(median(n))} (${n.map(fmt).join(' ')}); new/base per round ${ratios.map((x) => x.toFixed(3)).join(' ')}, ` +
        `median ${median(ratios).toFixed(3)}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await main();
