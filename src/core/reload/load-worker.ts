// Worker-thread entry for live reload: reads, parses and checks the knowledge pack and builds its
// search indexes here, so a big pack does not stall replies and health checks on the main thread.
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import { buildSnapshots, serialiseSnapshots } from '../snapshot.js';
import type { LoadJob, WorkerMessage } from './off-thread.js';

const port = parentPort;
if (!port) throw new Error('load-worker: run this file as a worker thread (see off-thread.ts), not directly');

port.on('message', (job: LoadJob) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  post({ id: job.id, type: 'started' });
  loadKnowledge(job.dir, { today: job.today }).then(
    // The result is structured-cloned to the main thread: Maps, Dates and plain objects survive.
    // The indexes go as JSON text, which the main thread restores in short steps.
    (result) => {
      if (!result.knowledge) return post({ id: job.id, type: 'done', result });
      post({ id: job.id, type: 'indexing' });
      let indexes;
      try {
        indexes = serialiseSnapshots(buildSnapshots(result.knowledge));
      } catch (e) {
        return post({ id: job.id, type: 'done', result, indexError: messageOf(e) });
      }
      post({ id: job.id, type: 'done', result, indexes });
    },
    (e: unknown) => post({ id: job.id, type: 'failed', message: messageOf(e) }),
  );
});

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
