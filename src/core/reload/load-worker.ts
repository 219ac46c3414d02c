// Worker-thread entry for live reload: reads, parses and checks the knowledge pack and builds its
// search indexes here, so a big pack does not stall replies and health checks on the main thread.
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import { buildSnapshots, serialiseSnapshots } from '../snapshot.js';
import type { LoadJob, OffThreadLoad, WorkerMessage } from './off-thread.js';
import { toWire } from './wire.js';

const port = parentPort;
if (!port) throw new Error('load-worker: run this file as a worker thread (see off-thread.ts), not directly');

port.on('message', (job: LoadJob) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  // The result is structured-cloned to the main thread (Maps, Dates and plain objects survive),
  // but its notes and the indexes' JSON text go as UTF-8 in a transferred buffer (see wire.ts).
  const done = (load: OffThreadLoad) => {
    const { message, transfer } = toWire(load);
    port.postMessage({ id: job.id, type: 'done', ...message } satisfies WorkerMessage, transfer);
  };
  post({ id: job.id, type: 'started' });
  loadKnowledge(job.dir, { today: job.today })
    .then(
      (result) => {
        if (!result.knowledge) return done({ result });
        post({ id: job.id, type: 'indexing' });
        let indexes;
        try {
          indexes = serialiseSnapshots(buildSnapshots(result.knowledge));
        } catch (e) {
          return done({ result, indexError: messageOf(e) });
        }
        done({ result, indexes });
      },
      (e: unknown) => post({ id: job.id, type: 'failed', message: messageOf(e) }),
    )
    // Sending it can fail too (out of memory for the buffer): the main thread is told, not left waiting.
    .catch((e: unknown) => post({ id: job.id, type: 'failed', message: messageOf(e) }));
});

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
