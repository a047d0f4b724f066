// What reaches the person on stderr: when the progress bar and the summary
// show, what they say, and (under a pseudo-terminal) that the bar never lands
// in the lines of output written to the same terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Progress, RunSummary, countInputs, eta, formatDuration, formatProgress, showProgress, showSummary, type Terminal } from '../../src/cli/progress.js';
import { BIN } from './run.js';

const ARTICLE = '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例，无症状感染者120例。';
const CALM = '春天来了，公园里的花都开了。';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-progress-'));
  mkdirSync(join(dir, 'batch', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'batch', 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'batch', 'sub', 'b.html'), `<p>${ARTICLE}</p>`);
  writeFileSync(join(dir, 'batch', 'calm.txt'), CALM);
  writeFileSync(join(dir, 'batch', '.hidden.txt'), ARTICLE);
  writeFileSync(join(dir, 'batch', 'notes.md'), ARTICLE);
  writeFileSync(join(dir, 'lines.jsonl'), JSON.stringify({ id: 'x', text: ARTICLE }) + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: Terminal = { quiet: false, verbose: false, stderrIsTTY: true, stdoutIsTTY: false, outputToStdout: true };

describe('what is shown', () => {
  it('draws the bar only on a terminal that is not also receiving the output', () => {
    expect(showProgress(base)).toBe(true); // output piped or redirected
    expect(showProgress({ ...base, stdoutIsTTY: true, outputToStdout: false })).toBe(true); // --out FILE
    expect(showProgress({ ...base, stdoutIsTTY: true })).toBe(false); // both on the terminal
    expect(showProgress({ ...base, stderrIsTTY: false })).toBe(false);
    expect(showProgress({ ...base, quiet: true })).toBe(false);
  });

  it('ends with the summary on a terminal or with -v', () => {
    expect(showSummary(base)).toBe(true);
    expect(showSummary({ ...base, stderrIsTTY: false })).toBe(false);
    expect(showSummary({ ...base, stderrIsTTY: false, verbose: true })).toBe(true);
    expect(showSummary({ ...base, quiet: true })).toBe(false);
  });
});

describe('the progress line', () => {
  it('shows the bar, the count against the total, MB/s and the time left', () => {
    const line = formatProgress({ files: 25, bytes: 25e6, seconds: 10, totalFiles: 100, totalBytes: 100e6 });
    // 25 MB in 10 s is 2.5 MB/s; 75 MB left at that rate is 30 s
    expect(line).toBe('[====>               ] 25%  25/100 files  25.0 MB  2.50 MB/s  ETA 30s');
  });

  it('shows the count and rate alone while the total is unknown, and fits the terminal', () => {
    expect(formatProgress({ files: 3, bytes: 1e6, seconds: 2, totalFiles: null, totalBytes: null })).toBe('3 files  1.0 MB  0.50 MB/s');
    const line = formatProgress({ files: 25, bytes: 25e6, seconds: 10, totalFiles: 100, totalBytes: 100e6 }, 40);
    expect(line.length).toBe(39);
  });

  it('writes durations as seconds, minutes or hours', () => {
    expect(formatDuration(4.2)).toBe('5s');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3700)).toBe('1h01m');
  });

  it('gives an ETA within 20% of the time left from the first 10% of a batch on, despite a slow start', () => {
    // 1000 files of 10 kB at 1 MB/s, after 2 s of start-up (worker threads, first files): 12 s in all
    let clock = 0;
    const progress = new Progress(process.stderr, false, () => clock);
    progress.setTotal(1000, 1000 * 10_000);
    clock = 2000;
    for (let done = 1; done <= 1000; done++) {
      clock += 10; // 10 kB at 1 MB/s
      progress.tick(10_000);
      if (done < 100 || done === 1000) continue;
      const left = (1000 - done) * 0.01;
      const guess = eta(progress.state())!;
      expect(Math.abs(guess - left), `after ${done} files`).toBeLessThanOrEqual(0.2 * left + 1e-9);
    }
    // an average from the start would have been off by far more at 10%: 3 s for 1 MB, 27 s for 9 MB
    expect(eta({ files: 100, bytes: 1e6, seconds: 3, totalFiles: 1000, totalBytes: 1e7 })).toBeCloseTo(27);
  });
});

describe('counting a batch before it runs', () => {
  it('counts the files a directory walk reads, and their bytes', async () => {
    const n = await countInputs([join(dir, 'batch')], 'auto');
    const bytes = Buffer.byteLength(ARTICLE) * 2 + Buffer.byteLength('<p></p>') + Buffer.byteLength(CALM);
    expect(n).toEqual({ files: 3, bytes });
  });

  it('knows no total for standard input or JSONL lines', async () => {
    expect(await countInputs(['-'], 'auto')).toBeNull();
    expect(await countInputs([join(dir, 'lines.jsonl')], 'auto')).toBeNull();
    expect(await countInputs([join(dir, 'batch')], 'jsonl')).toBeNull();
  });
});

describe('the summary', () => {
  it('counts articles, figures, empty articles, failures and warnings', () => {
    const s = new RunSummary();
    s.add(5, []);
    s.add(0, ['no year found in the article: dates are yearless (give --year)']);
    s.add(2, ['invalid UTF-8 at byte 120', 'invalid UTF-8 at byte 7']);
    s.fail();
    expect(s.line(1.25)).toBe('pressfig: 3 articles, 7 figures, 1 empty articles, 1 failed inputs, 3 warnings (1.3 s)');
    expect(s.warningsLine()).toBe(
      'pressfig: 3 warnings, most often 2× "invalid UTF-# at byte #", 1× "no year found in the article: dates are yearless (give --year)" (-v lists them)',
    );
    s.add(1, [], 2);
    expect(s.line(0)).toContain('3 warnings, 2 failed checks');
    expect(new RunSummary().warningsLine()).toBeNull();
  });
});

/** Runs `command` under a pseudo-terminal (stdout and stderr both the terminal) and returns what it showed. */
function underTerminal(command: string): string {
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.runIf(hasScript)('keeps the bar out of output written to the same terminal, and ends with the summary', () => {
    const shown = underTerminal(`node "${BIN}" extract --format csv -j 1 batch`);
    expect(shown).not.toContain('\x1b[K');
    expect(shown).not.toMatch(/MB\/s/);
    const lines = shown.split(/\r?\n/).filter(Boolean);
    // the CSV header, one row per figure (2 + 2 + an empty row), then the summary
    expect(lines[0]).toMatch(/^file,published/);
    expect(lines.at(-1)).toMatch(/^pressfig: 3 articles, 4 figures, 1 empty articles, 0 failed inputs, \d+ warnings \(\d+\.\d s\)$/);
  });

  it.runIf(hasScript)('draws the bar when the output goes to a file', () => {
    const shown = underTerminal(`node "${BIN}" extract -j 1 --out out.jsonl batch`);
    expect(shown).toMatch(/\r\x1b\[K.*files .*MB\/s/);
    expect(shown.replace(/\r\x1b\[K[^\r\n]*/g, '').trim()).toMatch(/^pressfig: 3 articles, 4 figures, 1 empty articles, 0 failed inputs, \d+ warnings \(\d+\.\d s\)$/);
  });

  it('lists every warning with -v, one per line, even off a terminal', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', '-v', join(dir, 'batch', 'calm.txt'), join(dir, 'batch', 'a.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^pressfig: 2 articles, 2 figures, 1 empty articles, 0 failed inputs, (\d+) warnings/);
    const count = Number(/(\d+) warnings/.exec(lines.at(-1)!)![1]);
    const warnings = lines.slice(0, -1);
    expect(warnings.length).toBe(count);
    for (const w of warnings) expect(w).toMatch(/^pressfig: .*(calm|a)\.txt: warning: /);
  });
});
