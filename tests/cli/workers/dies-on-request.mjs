// A pool worker like dist/cli/worker.js that dies outright (process.exit in a
// worker thread ends the thread, as a crash would) on a job whose file is "die".
import { parentPort } from 'node:worker_threads';
import { runJob } from '../../../dist/cli/job.js';

parentPort.on('message', (job) => {
  if (job.options.file === 'die') {
    // the queued jobs are in this worker's inbox: they must be sent again by the pool
    process.exit(70);
  }
  parentPort.postMessage(runJob(job));
});
parentPort.postMessage({ ready: true });
