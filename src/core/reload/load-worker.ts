// Worker-thread entry for live reload: reads, parses and checks the knowledge pack here, so a big
// file does not stall replies and health checks on the main thread while it is parsed.
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import type { LoadJob, WorkerMessage } from './off-thread.js';

const port = parentPort;
if (!port) throw new Error('load-worker: run this file as a worker thread (see off-thread.ts), not directly');

port.on('message', (job: LoadJob) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  post({ id: job.id, type: 'started' });
  loadKnowledge(job.dir, { today: job.today }).then(
    // The result is structured-cloned to the main thread: Maps, Dates and plain objects survive.
    (result) => post({ id: job.id, type: 'done', result }),
    (e: unknown) => post({ id: job.id, type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
});
