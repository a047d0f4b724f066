// Worker thread: runs extraction jobs posted by the pool, one at a time.
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

if (!parentPort) throw new Error('worker.js must run in a worker thread');
const port = parentPort;
const encoder = new TextEncoder();
port.on('message', async (job: Job) => {
  // a job with page selectors waits for cheerio once; jobs are answered in the order they came
  const pending = runJob(job);
  const result = pending instanceof Promise ? await pending : pending;
  // A string would be copied into the main thread's heap and encoded there; bytes are moved, and
  // the encoding is done here, beside the extraction. json keeps text, which its writer re-indents.
  if (typeof result.output === 'string' && job.format !== 'json') {
    const bytes = encoder.encode(result.output);
    result.output = bytes;
    // only a buffer of its own can be moved (a view on a shared pool would be copied, or refused)
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    port.postMessage(result, own ? [bytes.buffer] : []);
  } else port.postMessage(result);
});
port.postMessage({ ready: true });
