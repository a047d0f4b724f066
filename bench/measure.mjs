// Process measurements: wall time and peak resident memory of a spawned
// process tree, and small statistics helpers.
import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const TIME = '/usr/bin/time';
export const hasGnuTime = (() => {
  if (!fs.existsSync(TIME)) return false;
  const r = spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr);
})();

function children(pid) {
  const out = [];
  let tasks;
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/)) if (c) out.push(Number(c));
    } catch {
      // the task ended
    }
  }
  return out;
}

function statusKb(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(s);
    const rss = /VmRSS:\s+(\d+) kB/.exec(s);
    const name = /Name:\s+(\S+)/.exec(s);
    return { hwm: hwm ? Number(hwm[1]) : 0, rss: rss ? Number(rss[1]) : 0, name: name ? name[1] : '' };
  } catch {
    return null;
  }
}

/**
 * Runs `node ...args` and measures its wall time and the peak RSS of the
 * whole process tree: the largest sum over the tree's processes of their
 * VmHWM, polled from /proc, and the maximum resident set size reported by
 * GNU time at exit when it is available (worker threads share their
 * process, so a single node process's high-water mark covers them).
 */
export function runProcess(args, { cwd, pollMs = 20, env } = {}) {
  return new Promise((resolve, reject) => {
    const useTime = hasGnuTime;
    const cmd = useTime ? TIME : process.execPath;
    const argv = useTime ? ['-v', process.execPath, ...args] : args;
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const hwm = new Map(); // pid -> max VmHWM (kB)
    let treePeakRss = 0;
    const poll = () => {
      const pids = [];
      const stack = [child.pid];
      while (stack.length) {
        const p = stack.pop();
        pids.push(p);
        stack.push(...children(p));
      }
      let sumRss = 0;
      for (const p of pids) {
        if (useTime && p === child.pid) continue; // the time utility itself
        const s = statusKb(p);
        if (!s) continue;
        hwm.set(p, Math.max(hwm.get(p) ?? 0, s.hwm));
        sumRss += s.rss;
      }
      treePeakRss = Math.max(treePeakRss, sumRss);
    };
    const timer = setInterval(poll, pollMs);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      let timeKb = 0;
      let cpuMs = NaN;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
        timeKb = m ? Number(m[1]) : 0;
        const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr);
        const sys = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
        const exit = /Exit status:\s*(\d+)/.exec(stderr);
        if (exit) code = Number(exit[1]);
        stderr = stderr.replace(/\s*Command being timed:[\s\S]*$/, '');
      }
      const polledKb = [...hwm.values()].reduce((a, b) => a + b, 0);
      resolve({
        code,
        wallMs,
        cpuMs,
        peakRssKb: Math.max(timeKb, polledKb, treePeakRss),
        timeRssKb: timeKb,
        polledHwmKb: polledKb,
        processes: hwm.size,
        stderr: stderr.trim(),
      });
    });
  });
}

/** Wall time of a short command, synchronously (cold start). */
export function timeSync(args, { cwd } = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return ms;
}
