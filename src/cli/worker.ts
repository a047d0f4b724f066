// Worker thread: runs extraction jobs posted by the pool, one at a time.
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

if (!parentPort) throw new Error('worker.js must run in a worker thread');
const port = parentPort;
port.on('message', (job: Job) => {
  port.postMessage(runJob(job));
});
port.postMessage({ ready: true });
