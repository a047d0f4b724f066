#!/usr/bin/env node
// pressfig benchmark: end-to-end throughput, speed-up with a second job,
// peak memory, per-stage costs, cold start, the peer comparison and the
// linearity check. Run with `npm run bench` (builds first).
//
//   node bench/run.mjs [--quick] [--skip-peer] [--reps N] [--budget SECONDS] [--keep]
//
// --reps N fixes the repetitions of each end-to-end run (default 3, fewer
// when a run is so slow that three would exceed the --budget, default 600 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildCorpus, loadSources, ROOT } from './corpus.mjs';
import { runProcess, timeSync, median, hasGnuTime } from './measure.mjs';
import { stageTimings } from './stages.mjs';
import { peerComparison } from './peer.mjs';
import { linearity } from './linearity.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (flag('--help') || flag('-h')) {
  process.stdout.write('usage: node bench/run.mjs [--quick] [--skip-peer] [--reps N] [--budget SECONDS] [--keep]\n');
  process.exit(0);
}
const QUICK = flag('--quick');
const SKIP_PEER = flag('--skip-peer');
const KEEP = flag('--keep');
const REPS_GIVEN = value('--reps') !== undefined;
const REPS = Math.max(1, Number(value('--reps') ?? (QUICK ? 1 : 3)));
const BUDGET_S = Number(value('--budget') ?? 600);
const CONFIG = QUICK
  ? { minArticles: 2000, minBytes: 15e6, stageSample: 300, peerSample: 60, peerCapMs: 5000, linSmall: 256 << 10, linLarge: 1 << 20, linReps: 1, linLimitMs: 30000, coldRuns: 5 }
  : { minArticles: 20000, minBytes: 150e6, stageSample: 2000, peerSample: 300, peerCapMs: 20000, linSmall: 1 << 20, linLarge: 4 << 20, linReps: 3, linLimitMs: 30000, coldRuns: 10 };

const TARGETS = {
  mbPerSJobs1: 20,
  speedup: 1.7,
  peakRssMB: 300,
  fullOverQuarterRss: 1.15,
  coldRatio: 2,
  peerRatio: 100,
  linearityRatio: 5,
};

const t0 = performance.now();
const log = (msg) => process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const mb = (bytes) => bytes / 1e6;

if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) {
  process.stderr.write('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.\n');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressfig-bench-'));
const cleanup = () => {
  if (!KEEP) fs.rmSync(tmp, { recursive: true, force: true });
};

// Everything runs from a snapshot of the build, so a rebuild of dist/ while
// the benchmark runs cannot change or break the code being measured.
const APP = path.join(tmp, 'app');
fs.mkdirSync(APP);
for (const d of ['dist', 'bin']) fs.cpSync(path.join(ROOT, d), path.join(APP, d), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(APP, 'package.json'));
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(APP, 'node_modules'), 'dir');
const BIN = path.join(APP, 'bin', 'pressfig.js');
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

function machine() {
  const cpus = os.cpus();
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
  } catch {
    // not a git checkout
  }
  return {
    cpus: cpus.length,
    availableParallelism: os.availableParallelism ? os.availableParallelism() : cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemMB: Math.round(os.totalmem() / 1048576),
    loadAverage: os.loadavg(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit,
    srcModified: dirty,
  };
}

async function endToEnd(corpus) {
  const runs = { full: { 1: [], 2: [] }, quarter: { 1: [], 2: [] } };
  // The machine's own ceiling for a second core on this workload: each corpus
  // split between two independent --jobs 1 processes running side by side.
  // It is run in each repetition right after that repetition's --jobs 1 and
  // --jobs 2 runs, so that the three see the same load of the machine.
  const pairs = { full: [], quarter: [] };
  const out = path.join(tmp, 'out.jsonl');
  const pairOut = (i) => path.join(tmp, `half-${i}.jsonl`);
  let checked = false;
  const plannedReps = { full: REPS, quarter: REPS };
  for (const which of ['full', 'quarter']) {
    const c = corpus[which];
    for (let rep = 0; rep < plannedReps[which]; rep++) {
      if (which === 'full' && rep === 1 && !REPS_GIVEN) {
        // Keep the whole run within the time budget: fewer repetitions when a run is slow.
        const repMs = runs.full[1][0].wallMs + runs.full[2][0].wallMs + pairs.full[0];
        const quarterRepMs = repMs * (corpus.quarter.bytes / corpus.full.bytes) * 1.4;
        const leftMs = BUDGET_S * 1000 * 0.6 - (performance.now() - t0);
        let reps = REPS;
        while (reps > 1 && (reps - 1) * repMs + reps * quarterRepMs > leftMs) reps--;
        plannedReps.full = reps;
        plannedReps.quarter = reps;
        if (reps < REPS) log(`a repetition takes ${(repMs / 1000).toFixed(0)} s: ${reps} repetition(s) to stay within the ${BUDGET_S} s budget (--reps N to override)`);
        if (rep >= reps) break;
      }
      for (const jobs of [1, 2]) {
        const r = await runProcess([BIN, 'extract', c.dir, '--format', 'jsonl', '--out', out, '--quiet', '--jobs', String(jobs)], { cwd: APP });
        if (r.code !== 0) log(`warning: extract exited with ${r.code}: ${r.stderr.slice(0, 300)}`);
        if (!checked && fs.existsSync(out)) {
          const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean);
          let figures = 0;
          for (const l of lines) figures += JSON.parse(l).figures?.length ?? 0;
          runs.documents = lines.length;
          runs.figures = figures;
          checked = true;
          if (lines.length !== c.count) log(`warning: ${lines.length} documents for ${c.count} articles`);
        }
        fs.rmSync(out, { force: true });
        runs[which][jobs].push({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakRssKb: r.peakRssKb, code: r.code, processes: r.processes });
        log(`${which} --jobs ${jobs} #${rep + 1}: ${(r.wallMs / 1000).toFixed(1)} s (CPU ${fmt(r.cpuMs / 1000, 1)} s), ${fmt(mb(c.bytes) / (r.wallMs / 1000), 2)} MB/s, peak RSS ${fmt(r.peakRssKb / 1024, 0)} MB`);
      }
      const halves = which === 'full' ? corpus.fullHalves : corpus.halves;
      const start = performance.now();
      const rs = await Promise.all(halves.map((h, i) =>
        runProcess([BIN, 'extract', h.dir, '--format', 'jsonl', '--out', pairOut(i), '--quiet', '--jobs', '1'], { cwd: APP })));
      pairs[which].push(performance.now() - start);
      for (const r of rs) if (r.code !== 0) log(`warning: extract exited with ${r.code}: ${r.stderr.slice(0, 300)}`);
      log(`${which} as two --jobs 1 processes side by side #${rep + 1}: ${(pairs[which][rep] / 1000).toFixed(1)} s`);
    }
  }
  for (let i = 0; i < 2; i++) fs.rmSync(pairOut(i), { force: true });
  const summary = {};
  for (const which of ['full', 'quarter']) {
    const c = corpus[which];
    summary[which] = { articles: c.count, bytes: c.bytes };
    for (const jobs of [1, 2]) {
      const rs = runs[which][jobs];
      const wallMs = median(rs.map((r) => r.wallMs));
      summary[which][`jobs${jobs}`] = {
        wallMs,
        mbPerS: mb(c.bytes) / (wallMs / 1000),
        articlesPerS: c.count / (wallMs / 1000),
        cpuMs: median(rs.map((r) => r.cpuMs)),
        mbPerCpuS: mb(c.bytes) / (median(rs.map((r) => r.cpuMs)) / 1000),
        cpuPerWall: median(rs.map((r) => r.cpuMs / r.wallMs)),
        peakRssMB: median(rs.map((r) => r.peakRssKb)) / 1024,
        peakRssMaxMB: Math.max(...rs.map((r) => r.peakRssKb)) / 1024,
        runs: rs,
      };
    }
    // ratios within each repetition, then their median: the machine's load drifts between repetitions
    const j1 = runs[which][1];
    summary[which].speedup = median(j1.map((r, i) => r.wallMs / runs[which][2][i].wallMs));
  }
  for (const which of ['full', 'quarter']) {
    summary[which].twoProcesses = { wallMs: median(pairs[which]), runs: pairs[which] };
    summary[which].ceiling = median(runs[which][1].map((r, i) => r.wallMs / pairs[which][i]));
  }
  summary.documents = runs.documents;
  summary.figures = runs.figures;
  summary.reps = Math.min(plannedReps.full, plannedReps.quarter);
  summary.rssMethod = hasGnuTime ? 'max of GNU time maximum resident set size and /proc VmHWM polled over the process tree' : '/proc VmHWM polled over the process tree';
  return summary;
}

/** The fixture article of median size, and its size: what one call per file extracts. */
function medianFixture() {
  const dir = path.join(ROOT, 'fixtures');
  const files = fs.readdirSync(dir).filter((f) => /\.(?:txt|html?)$/.test(f))
    .map((f) => ({ file: path.join(dir, f), size: fs.statSync(path.join(dir, f)).size }));
  if (files.length === 0) throw new Error(`no fixture articles in ${dir}`);
  files.sort((a, b) => a.size - b.size || (a.file < b.file ? -1 : 1));
  return files[Math.floor(files.length / 2)];
}

function coldStart() {
  const pf = [];
  const bare = [];
  const one = [];
  const article = medianFixture();
  const extractOne = [BIN, 'extract', article.file, '--quiet'];
  timeSync([BIN, '--version']);
  timeSync(['-e', '0']);
  timeSync(extractOne);
  for (let i = 0; i < CONFIG.coldRuns; i++) {
    pf.push(timeSync([BIN, '--version']));
    bare.push(timeSync(['-e', '0']));
    one.push(timeSync(extractOne));
  }
  const pressfigMs = median(pf);
  const nodeMs = median(bare);
  return {
    runs: CONFIG.coldRuns, pressfigMs, nodeMs, ratio: pressfigMs / nodeMs,
    // a script calling the CLI once per file pays this for each one
    extractOne: { file: path.basename(article.file), bytes: article.size, ms: median(one) },
  };
}

function pad(s, n, right = false) {
  s = String(s);
  const w = [...s].reduce((a, ch) => a + (/[\u1100-\uffff]/.test(ch) && !/[→—–]/.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, n - w));
  return right ? fill + s : s + fill;
}
function table(headers, rows, widths) {
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i > 0)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISS');

function report(results) {
  const out = [];
  const e = results.endToEnd;
  const T = TARGETS;
  out.push(`pressfig benchmark — ${results.date}`);
  out.push(`machine: ${results.machine.cpus} cpus (${results.machine.cpuModel}), ${results.machine.totalMemMB} MB, node ${results.machine.node}, load average ${results.machine.loadAverage.map((x) => x.toFixed(2)).join(' ')} at start, ${results.machine.loadAverageAtEnd.map((x) => x.toFixed(2)).join(' ')} at end`);
  out.push(`corpus: ${e.full.articles} articles, ${fmt(mb(e.full.bytes))} MB (${results.corpus.html} HTML, ${results.corpus.trad} traditional, ${results.corpus.gb18030} GB18030, ${results.corpus.big5} Big5); quarter ${e.quarter.articles} articles, ${fmt(mb(e.quarter.bytes))} MB`);
  out.push(`medians of ${e.reps} run(s)\n`);
  const rows = [];
  for (const which of ['full', 'quarter']) {
    for (const jobs of [1, 2]) {
      const r = e[which][`jobs${jobs}`];
      rows.push([`${which} --jobs ${jobs}`, fmt(r.wallMs / 1000, 2), fmt(r.mbPerS, 2), fmt(r.articlesPerS, 0), fmt(r.peakRssMB, 0), fmt(r.cpuMs / 1000, 1), fmt(r.cpuPerWall, 2), fmt(r.mbPerCpuS, 2)]);
    }
  }
  out.push(table(['end to end (CLI)', 'wall s', 'MB/s', 'articles/s', 'peak RSS MB', 'CPU s', 'CPU/wall', 'MB/CPU-s'], rows, [18, 7, 6, 10, 11, 6, 8, 8]));
  out.push(`speed-up with --jobs 2: full ${fmt(e.full.speedup, 2)}×, quarter ${fmt(e.quarter.speedup, 2)}×; the machine's ceiling (the same corpus split between two independent --jobs 1 processes side by side): full ${fmt(e.full.ceiling, 2)}×, quarter ${fmt(e.quarter.ceiling, 2)}×`);
  out.push('');

  const s = results.stages;
  if (s) {
    out.push(`stages, in process: ${s.articles} articles, ${fmt(mb(s.bytes))} MB (${fmt(mb(s.htmlBytes))} MB HTML), medians of ${s.reps}`);
    out.push(table(['stage', 'ms', 'ms/MB', 'share'], s.stages.map((r) => [r.name, r.error ? 'error' : fmt(r.ms, 0), fmt(r.msPerMB, 1), r.error ? r.error.slice(0, 40) : `${fmt(r.share * 100, 0)}%`]), [48, 8, 8, 8]));
    const h = s.stages.find((r) => r.name.startsWith('html'));
    if (h) out.push(`(html→text per MB of HTML input: ${fmt(h.msPerOwnMB, 1)} ms/MB)`);
    out.push('');
  }
  const c = results.coldStart;
  out.push(`cold start (median of ${c.runs}): pressfig --version ${fmt(c.pressfigMs, 0)} ms, node -e 0 ${fmt(c.nodeMs, 0)} ms, ratio ${fmt(c.ratio, 2)}`);
  if (c.extractOne) {
    out.push(`one call per file: pressfig extract on one article (${c.extractOne.file}, ${fmt(c.extractOne.bytes / 1024, 1)} KB) ${fmt(c.extractOne.ms, 0)} ms`);
  }
  const p = results.peer;
  if (p && !p.skipped) {
    out.push(`peer (${p.articles} plain-text articles, ${fmt(mb(p.bytes), 2)} MB): pressfig extract() ${fmt(p.pressfig.mbPerS, 2)} MB/s; recognizers-text recognizeNumber+recognizeDateTime ${fmt(p.peer.mbPerS, 4)} MB/s on ${p.peer.articles} articles${p.peer.cappedByTime ? ' (capped by time)' : ''}; ratio ${fmt(p.ratio, 0)}×`);
  } else if (p) out.push(`peer: skipped (${p.skipped})`);
  out.push('');
  const lin = results.linearity;
  if (lin) {
    out.push(`linearity of extract(): ${fmt(lin.small / 1048576, 2)} MB vs ${fmt(lin.large / 1048576, 2)} MB texts, medians of ${lin.reps}`);
    out.push(table(['shape', 'small ms', 'large ms', 'ratio', ''], lin.rows.map((r) => [
      r.shape,
      r.smallTimedOut ? 'timeout' : fmt(r.smallMs, 0),
      r.largeTimedOut ? 'timeout' : fmt(r.largeMs, 0),
      Number.isFinite(r.ratio) ? fmt(r.ratio, 2) : r.ratioAtLeast ? `>${fmt(r.ratioAtLeast, 0)}` : 'n/a',
      r.error ? `error: ${r.error.slice(0, 50)}` : r.superlinear ? 'SUPERLINEAR' : '',
    ]), [18, 9, 9, 7, 12]));
    out.push('');
  }
  out.push('targets');
  out.push(table(['target', 'measured', ''], results.targets.map((t) => [t.name, t.measured, verdict(t.ok)]), [46, 22, 5]));
  return out.join('\n');
}

function checkTargets(r) {
  const e = r.endToEnd;
  const rows = [];
  const add = (name, measured, ok) => rows.push({ name, measured, ok });
  add(`≥ ${TARGETS.mbPerSJobs1} MB/s per core, --jobs 1 (full)`, `${fmt(e.full.jobs1.mbPerS, 2)} MB/s`, e.full.jobs1.mbPerS >= TARGETS.mbPerSJobs1);
  add(`≥ ${TARGETS.speedup}× speed-up with --jobs 2 (full)`, `${fmt(e.full.speedup, 2)}× (ceiling ${fmt(e.full.ceiling, 2)}×)`, e.full.speedup >= TARGETS.speedup);
  const peak = Math.max(e.full.jobs1.peakRssMB, e.full.jobs2.peakRssMB, e.quarter.jobs1.peakRssMB, e.quarter.jobs2.peakRssMB);
  add(`peak RSS < ${TARGETS.peakRssMB} MB (all runs)`, `${fmt(peak, 0)} MB`, peak < TARGETS.peakRssMB);
  for (const jobs of [1, 2]) {
    const ratio = e.full[`jobs${jobs}`].peakRssMB / e.quarter[`jobs${jobs}`].peakRssMB;
    add(`peak RSS full ≈ quarter (≤ ${TARGETS.fullOverQuarterRss}×), --jobs ${jobs}`, `${fmt(e.full[`jobs${jobs}`].peakRssMB, 0)} / ${fmt(e.quarter[`jobs${jobs}`].peakRssMB, 0)} MB = ${fmt(ratio, 2)}`, ratio <= TARGETS.fullOverQuarterRss);
  }
  add(`cold start ≤ ${TARGETS.coldRatio}× node -e 0`, `${fmt(r.coldStart.ratio, 2)}×`, r.coldStart.ratio <= TARGETS.coldRatio);
  if (r.peer && !r.peer.skipped) add(`≥ ${TARGETS.peerRatio}× the peer's throughput`, `${fmt(r.peer.ratio, 0)}×`, r.peer.ratio >= TARGETS.peerRatio);
  if (r.linearity) {
    const failed = r.linearity.rows.filter((x) => x.error && !x.largeTimedOut && !x.smallTimedOut);
    const worst = r.linearity.rows.filter((x) => !failed.includes(x)).reduce((w, x) => {
      const v = Number.isFinite(x.ratio) ? x.ratio : x.ratioAtLeast ?? Infinity;
      return v > w.v ? { v, shape: x.shape } : w;
    }, { v: 0, shape: null });
    const note = failed.length ? `; ${failed.length} failed` : '';
    add(`linearity: large/small ≈ 4 (≤ ${TARGETS.linearityRatio}) on every shape`, `worst ${fmt(worst.v, 2)} (${worst.shape})${note}`, worst.v <= TARGETS.linearityRatio && failed.length === 0);
  }
  return rows;
}

async function main() {
  const results = { date: new Date().toISOString(), quick: QUICK, machine: machine(), config: { ...CONFIG, reps: REPS }, targets: [] };
  log(`building the corpus in ${tmp}`);
  const corpus = await buildCorpus(tmp, { minArticles: CONFIG.minArticles, minBytes: CONFIG.minBytes, sampleSize: CONFIG.stageSample });
  results.corpus = { ...corpus.stats, quarterArticles: corpus.quarter.count, quarterBytes: corpus.quarter.bytes };
  log(`corpus: ${corpus.full.count} articles, ${fmt(mb(corpus.full.bytes))} MB; quarter ${corpus.quarter.count} articles, ${fmt(mb(corpus.quarter.bytes))} MB`);

  results.endToEnd = await endToEnd(corpus);

  log(`stage timings on ${corpus.sample.length} articles`);
  try {
    results.stages = await stageTimings(APP, corpus.sample, { reps: Math.max(REPS, 1) });
  } catch (err) {
    log(`stage timings failed: ${err.message}`);
    results.stages = null;
  }

  log('cold start');
  results.coldStart = coldStart();

  if (!SKIP_PEER) {
    const texts = corpus.sample.filter((s) => s.text !== null).slice(0, CONFIG.peerSample).map((s) => s.text);
    log(`peer comparison on ${texts.length} articles`);
    results.peer = await peerComparison(APP, texts, { timeCapMs: CONFIG.peerCapMs, reps: Math.max(REPS, 1) });
  }
  corpus.sample.length = 0;
  for (const d of [corpus.full.dir, corpus.quarter.dir, ...corpus.halves.map((h) => h.dir)]) fs.rmSync(d, { recursive: true, force: true });

  log('linearity on adversarial shapes');
  const rows = await linearity(APP, loadSources().map((s) => s.text), {
    small: CONFIG.linSmall,
    large: CONFIG.linLarge,
    reps: CONFIG.linReps,
    limitMs: CONFIG.linLimitMs,
    log: (r) => log(`  ${r.shape}: ${fmt(r.smallMs, 0)} ms → ${fmt(r.largeMs, 0)} ms${r.superlinear ? ' SUPERLINEAR' : ''}`),
  });
  results.linearity = { small: CONFIG.linSmall, large: CONFIG.linLarge, reps: CONFIG.linReps, rows };

  results.targets = checkTargets(results);
  results.elapsedS = (performance.now() - t0) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg();
  const file = path.join(ROOT, 'bench', 'results.json');
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(report(results) + '\n');
  cleanup();
  process.stdout.write(`\nwritten ${path.relative(process.cwd(), file)} (${fmt(results.elapsedS, 0)} s in all)\n`);
}

main().catch((err) => {
  cleanup();
  process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
  process.exit(1);
});
