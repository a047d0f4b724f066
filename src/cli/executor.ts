// Runs extraction jobs in process, or in a pool of worker threads once a
// batch turns out to have more than one input.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.js';

export interface Executor {
  run(job: Job): Promise<JobResult>;
  /** No more jobs will come: start any held back. */
  flush(): void;
  /** Stop the workers. */
  close(): Promise<void>;
  /** Stop the workers at once (signal handlers). */
  kill(): void;
}

type JobRunner = (job: Job) => JobResult | Promise<JobResult>;
let runner: JobRunner | null = null;
async function loadRunner(): Promise<JobRunner> {
  runner ??= (await import('./job.js')).runJob;
  return runner;
}

export class InProcessExecutor implements Executor {
  async run(job: Job): Promise<JobResult> {
    return (await loadRunner())(job);
  }
  flush(): void {}
  async close(): Promise<void> {}
  kill(): void {}
}

interface Task {
  job: Job;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline and takes jobs. */
  ready: boolean;
  /** Jobs posted to this worker, oldest first (a worker answers in order). */
  tasks: Task[];
}

/**
 * Heap limits per worker: generous for one large article, small enough to keep the pool's memory flat.
 * A young generation of 24 MB lets most of an article's short-lived objects die there (8 MB made
 * the workers about 5% slower than the main thread alone).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 512 };

/** Jobs queued in one worker, so it never waits for the main thread between jobs. */
const DEPTH_PER_WORKER = 8;

/** Why a worker stopped, for the error record of the job it was running. */
function workerFailure(err: Error & { code?: string }): string {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'extraction ran out of memory (the worker was restarted)';
  return `extraction failed: ${err.message}`;
}

const encoder = new TextEncoder();

/**
 * The message that carries a job to a worker. The text of a JSONL line goes
 * as its UTF-8 bytes, moved rather than cloned; the worker reads them as
 * UTF-8, which gives the same document (the hash is of those bytes in either
 * case). The job itself is left as it was: if the worker dies, the main thread
 * still has the input to send again. Text that UTF-8 cannot carry as it is (a
 * lone surrogate, a leading byte-order mark), and file bytes, are cloned.
 */
function messageFor(job: Job): { message: Job; transfer: ArrayBuffer[] } {
  const input = job.input;
  if (typeof input !== 'string' || input.charCodeAt(0) === 0xfeff || !(input as string & { isWellFormed(): boolean }).isWellFormed()) {
    return { message: job, transfer: [] };
  }
  const bytes = encoder.encode(input);
  return { message: { ...job, input: bytes, options: { ...job.options, encoding: 'utf-8' } }, transfer: [bytes.buffer as ArrayBuffer] };
}

export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;
  /** Workers that died before they were ready: past `size` of them, stop trying. */
  private startupFailures = 0;

  constructor(
    private readonly size: number,
    /** Runs jobs in process when no worker can be started. */
    private readonly fallback: (job: Job) => Promise<JobResult>,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Whether some worker has started and takes jobs. */
  get ready(): boolean {
    return this.slots.some((s) => s.ready);
  }

  private spawn(): Slot {
    // Each worker is a V8 heap of its own: its limits keep memory flat with the
    // number of workers (it holds one article at a time).
    const slot: Slot = { worker: new Worker(this.script, { resourceLimits: WORKER_LIMITS }), ready: false, tasks: [] };
    slot.worker.on('message', (result: JobResult | { ready: true }) => {
      if ('ready' in result) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const i = slot.tasks.findIndex((t) => t.job.id === result.id);
      if (i >= 0) slot.tasks.splice(i, 1)[0].resolve(result);
      this.dispatch();
    });
    const fail = (message: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (!slot.ready) this.startupFailures++;
      // The job being run failed; the ones queued behind it are sent again, from the main thread's
      // copy of their input, to the other workers or a fresh one.
      const [current, ...rest] = slot.tasks.splice(0);
      current?.resolve({ id: current.job.id, error: message });
      void slot.worker.terminate();
      if (!this.closed) {
        this.queue.unshift(...rest);
        this.dispatch();
      }
    };
    slot.worker.on('error', (err) => fail(workerFailure(err)));
    slot.worker.on('exit', (code) => fail(`extraction worker stopped (exit code ${code}); it was restarted`));
    this.slots.push(slot);
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.ready && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      const canSpawn = !this.closed && this.startupFailures < this.size;
      if (this.slots.length < this.size && canSpawn) this.spawn();
      if (this.slots.length === 0 && !canSpawn) {
        for (const task of this.queue.splice(0)) void this.fallback(task.job).then(task.resolve);
        return;
      }
      if (!slot || slot.tasks.length >= DEPTH_PER_WORKER) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      const { message, transfer } = messageFor(task.job);
      slot.worker.postMessage(message, transfer);
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise<JobResult>((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  flush(): void {}

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  kill(): void {
    this.closed = true;
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }
}

/**
 * Inputs larger than this go to the workers even when they come first. A worker's heap has a bound
 * (WORKER_LIMITS), and V8 grows a bounded heap by smaller steps; read in process, a large input left
 * its garbage in the main thread while the workers read the next inputs (a 30 MB page and a 12 MB
 * one: peak RSS 340-370 MB that way, 255-260 MB both in workers).
 */
export const LARGE_INPUT = 4 * 1024 * 1024;

const sizeOf = (job: Job) => (typeof job.input === 'string' ? job.input.length : job.input.byteLength);

/**
 * In process for a single input or no workers. With more inputs and
 * `workers` worker threads, the pool starts at the second input and takes every job
 * after the first: the main thread only reads and writes, since a main thread
 * that extracted too would compete with the workers for the cores. A large
 * input goes to the pool even when it comes first.
 */
export class AutoExecutor implements Executor {
  private started = 0;
  private readonly local = new InProcessExecutor();
  private pool: WorkerPool | null = null;

  constructor(
    private readonly workers: number,
    private readonly options: { largeInput?: number; script?: URL } = {},
  ) {}

  run(job: Job): Promise<JobResult> {
    this.started++;
    if (this.workers > 0 && !this.pool && (this.started === 2 || sizeOf(job) > (this.options.largeInput ?? LARGE_INPUT))) {
      this.pool = new WorkerPool(this.workers, (j) => this.local.run(j), this.options.script);
    }
    return this.pool ? this.pool.run(job) : this.local.run(job);
  }

  flush(): void {}

  async close(): Promise<void> {
    await this.pool?.close();
  }

  kill(): void {
    this.pool?.kill();
  }
}
