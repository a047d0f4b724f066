import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AutoExecutor, WorkerPool } from '../../src/cli/executor.js';
import type { Job, JobResult } from '../../src/cli/job.js';
import { ROOT } from './run.js';

const WORKER = pathToFileURL(join(ROOT, 'dist', 'cli', 'worker.js'));
const text = (i: number) => `第${i}篇。截至4月15日24时，累计报告确诊病例${i}例。`;
const job = (i: number, input: string | Uint8Array = text(i), format: Job['format'] = 'jsonl'): Job => ({ id: i, input, options: { file: `f${i}` }, format });
/** A result's output as text: workers send UTF-8 bytes, in-process runs a string. */
const outputText = (r: JobResult): string => (typeof r.output === 'string' ? r.output : Buffer.from(r.output!).toString('utf8'));

describe('WorkerPool', () => {
  it('runs jobs in worker threads and answers each job', async () => {
    const fallback: Job[] = [];
    const pool = new WorkerPool(2, async (j) => {
      fallback.push(j);
      return { id: j.id, error: 'fallback' };
    }, WORKER);
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => pool.run(job(i, i % 2 ? Buffer.from(text(i)) : text(i)))),
      );
      expect(fallback).toEqual([]);
      results.forEach((r, i) => {
        expect(r.id).toBe(i);
        expect(r.error).toBeUndefined();
        // moved from the worker as UTF-8, not copied as a string
        expect(r.output).toBeInstanceOf(Uint8Array);
        const doc = JSON.parse(outputText(r));
        expect(doc.file).toBe(`f${i}`);
        expect(doc.figures[0].quote).toBe('确诊病例' + i + '例');
        expect(doc.encoding).toBe('utf-8');
      });
    } finally {
      await pool.close();
    }
  });

  it('sends json output as text, which its writer re-indents', async () => {
    const pool = new WorkerPool(1, async (j) => ({ id: j.id, error: 'fallback' }), WORKER);
    try {
      const r = await pool.run(job(3, text(3), 'json'));
      expect(typeof r.output).toBe('string');
      expect(JSON.parse(r.output as string).figures[0].value).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('reports a failed job as an error result', async () => {
    const pool = new WorkerPool(1, async (j) => ({ id: j.id, error: 'fallback' }), WORKER);
    try {
      const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000', 'hex'));
      const r = await pool.run(job(7, png));
      expect(r).toEqual({ id: 7, error: 'not text (looks like a PNG image)' });
    } finally {
      await pool.close();
    }
  });

  it('falls back to running in process when no worker starts', async () => {
    const pool = new WorkerPool(2, async (j): Promise<JobResult> => ({ id: j.id, output: 'local' }), new URL('file:///nonexistent/worker.js'));
    try {
      const results = await Promise.all([1, 2, 3].map((i) => pool.run(job(i))));
      expect(results).toEqual([1, 2, 3].map((id) => ({ id, output: 'local' })));
    } finally {
      await pool.close();
    }
  });
});

describe('WorkerPool when a worker dies mid-batch', () => {
  const DYING = pathToFileURL(join(ROOT, 'tests', 'cli', 'workers', 'dies-on-request.mjs'));
  const bytes = (i: number) => Uint8Array.from(Buffer.from(text(i)));

  it('costs the job it was running one error; the jobs queued in it are sent again from the main thread\'s copy', async () => {
    const fallback: Job[] = [];
    const pool = new WorkerPool(1, async (j) => {
      fallback.push(j);
      return { id: j.id, error: 'fallback' };
    }, DYING);
    try {
      // all 12 are posted at once: the worker's inbox holds the ones behind the job that kills it
      const jobs = Array.from({ length: 12 }, (_, i) => (i === 3 ? { ...job(i, bytes(i)), options: { file: 'die' } } : job(i, bytes(i))));
      const results = await Promise.all(jobs.map((j) => pool.run(j)));
      expect(fallback).toEqual([]);
      expect(results[3]).toEqual({ id: 3, error: 'extraction worker stopped (exit code 70); it was restarted' });
      for (const [i, r] of results.entries()) {
        if (i === 3) continue;
        expect(r.error).toBeUndefined();
        const doc = JSON.parse(outputText(r));
        expect(doc.file).toBe(`f${i}`);
        // the input arrived whole, not as a buffer moved to the dead worker
        expect(doc.figures[0].quote).toBe(`确诊病例${i}例`);
      }
    } finally {
      await pool.close();
    }
  });

  it('goes on when a real worker is killed while it holds queued jobs', async () => {
    const pool = new WorkerPool(2, async (j) => ({ id: j.id, error: 'fallback' }), WORKER);
    try {
      const first = await pool.run(job(0, bytes(0)));
      expect(first.error).toBeUndefined();
      const pending = Array.from({ length: 30 }, (_, k) => pool.run(job(k + 1, bytes(k + 1))));
      // kill one worker while jobs are posted to it (a private field: the test reaches in on purpose)
      const slots = (pool as unknown as { slots: Array<{ worker: { terminate(): Promise<number> }; tasks: unknown[] }> }).slots;
      const busy = slots.find((s) => s.tasks.length > 0)!;
      expect(busy.tasks.length).toBeGreaterThan(1);
      void busy.worker.terminate();
      const results = await Promise.all(pending);
      const failed = results.filter((r) => r.error !== undefined);
      // at most the job it was running is lost; every other input is answered with its own figures
      expect(failed.length).toBeLessThanOrEqual(1);
      for (const r of failed) expect(r.error).toMatch(/worker stopped/);
      for (const r of results.filter((x) => x.error === undefined)) {
        expect(JSON.parse(outputText(r)).figures[0].quote).toBe(`确诊病例${r.id}例`);
      }
      expect(results.map((r) => r.id)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    } finally {
      await pool.close();
    }
  });
});

describe('AutoExecutor', () => {
  it('answers every job, in process or in workers', async () => {
    const ex = new AutoExecutor(2);
    try {
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => ex.run(job(i))));
      expect(results.map((r) => JSON.parse(outputText(r)).file)).toEqual(Array.from({ length: 200 }, (_, i) => `f${i}`));
    } finally {
      await ex.close();
    }
  });

  it('runs a first input in process, unless it is large: that goes to a worker', async () => {
    const large = Buffer.from(text(1).repeat(20));
    for (const [input, inWorker] of [[text(1), false], [large, true]] as const) {
      const ex = new AutoExecutor(1, { largeInput: large.byteLength - 1, script: WORKER });
      try {
        const r = await ex.run(job(1, input));
        // a worker sends its output as UTF-8 bytes, the main thread's is a string
        expect(r.output instanceof Uint8Array).toBe(inWorker);
        expect(JSON.parse(outputText(r)).figures.length).toBeGreaterThan(0);
      } finally {
        await ex.close();
      }
    }
  });
});
