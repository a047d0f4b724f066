// Linearity of `extract()` on adversarial shapes: the time for a text four
// times larger should be about four times longer. Each measurement runs in a
// child process with a time limit, so a superlinear shape cannot stall the
// benchmark.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SHAPES, realConcat } from './adversarial.mjs';
import { median } from './measure.mjs';

const CHILD = path.join(path.dirname(new URL(import.meta.url).pathname), 'linearity-child.mjs');

function firstError(stderr) {
  const lines = stderr.split('\n');
  return (lines.find((l) => /Error|error:/.test(l)) ?? lines.find((l) => l.trim()) ?? 'failed').trim();
}

/** Runs the child; resolves with the completed repetitions (ms) and whether it hit the limit. */
function timeShape(app, name, bytes, reps, limitMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, name, String(bytes), String(reps), app], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let stderr = '';
    const times = [];
    let figures = null;
    let chars = null;
    let readyAt = null;
    let timer = null;
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = JSON.parse(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        if (line.ready) {
          chars = line.chars;
        } else {
          times.push(line.ms);
          figures = line.figures;
        }
        // the limit is per repetition
        readyAt = performance.now();
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, limitMs);
      }
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const sinceReady = readyAt ? performance.now() - readyAt : 0;
      resolve({ times, figures, chars, timedOut, code, error: code !== 0 && !timedOut ? firstError(stderr) : null, sinceReady });
    });
  });
}

export async function linearity(app, sourceTexts, { small = 1 << 20, large = 4 << 20, reps = 3, limitMs = 90000, log = () => {} } = {}) {
  const names = [...Object.keys(SHAPES), 'real-concat'];
  const about = (n) => (n === 'real-concat' ? realConcat(sourceTexts).about : SHAPES[n].about);
  const results = [];
  for (const name of names) {
    const row = { shape: name, about: about(name), smallBytes: small, largeBytes: large };
    const a = await timeShape(app, name, small, reps, limitMs);
    row.smallMs = a.times.length ? median(a.times) : NaN;
    row.smallFigures = a.figures;
    if (a.error) row.error = a.error;
    if (a.times.length === 0) {
      row.smallTimedOut = a.timedOut;
      row.ratio = NaN;
    } else {
      // a linear shape takes ~4x as long; one taking 8x is superlinear enough to stop waiting
      const limit = Math.min(limitMs, Math.max(10000, row.smallMs * 8));
      const b = await timeShape(app, name, large, reps, limit);
      if (b.error) row.error = b.error;
      row.largeFigures = b.figures;
      if (b.times.length) {
        row.largeMs = median(b.times);
        // the small text once more after the large one: the two small runs bracket the large run, so that a
        // slower or faster spell of a shared machine weighs on both sizes alike
        const after = await timeShape(app, name, small, reps, limitMs);
        if (after.error) row.error = after.error;
        if (after.times.length) row.smallMs = median([...a.times, ...after.times]);
        row.ratio = row.largeMs / row.smallMs;
      } else {
        row.largeTimedOut = true;
        row.largeMs = NaN;
        row.ratioAtLeast = b.sinceReady / row.smallMs; // the first repetition was stopped
        row.ratio = NaN;
      }
    }
    row.superlinear = (Number.isFinite(row.ratio) && row.ratio > 5) || row.largeTimedOut === true || row.smallTimedOut === true;
    if (row.superlinear) {
      // growth on small sizes, for a reproduction
      row.probe = [];
      for (const kb of [16, 64, 256]) {
        const p = await timeShape(app, name, kb * 1024, 1, 30000);
        row.probe.push({ kb, ms: p.times.length ? p.times[0] : null, timedOut: p.timedOut });
      }
    }
    log(row);
    results.push(row);
  }
  return results;
}
