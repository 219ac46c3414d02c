// Runs the knowledge loader and the index build in a worker thread and hands back the result: the
// main thread receives the checked knowledge (a structured clone) and, in a transferred buffer,
// its notes and the indexes as JSON text (see wire.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadResult } from '../knowledge/load.js';
import type { SnapshotsData } from '../snapshot.js';
import { yieldToEventLoop } from '../search/serialised.js';
import { fromWire, type WireLoad } from './wire.js';

/** One load, as sent to the worker. */
export interface LoadJob {
  id: number;
  dir: string;
  today?: string;
}

/** A finished load: the checked knowledge (or its problems) and, when it loaded, its built indexes. */
export interface OffThreadLoad {
  result: LoadResult;
  /** Present when the knowledge loaded and was indexed (see `restoreSnapshots`). */
  indexes?: SnapshotsData;
  /** Why the knowledge loaded but could not be indexed. */
  indexError?: string;
}

/** What the worker says about a job: it has begun, it is indexing, it finished, or the loader threw. */
export type WorkerMessage =
  | { id: number; type: 'started' }
  | { id: number; type: 'indexing' }
  | ({ id: number; type: 'done' } & WireLoad)
  | { id: number; type: 'failed'; message: string };

/** The loader could not run at all (the worker failed to start or died); the files were not judged. */
export class LoadWorkerError extends Error {
  constructor(message: string) {
    super(`knowledge load worker: ${message}`);
    this.name = 'LoadWorkerError';
  }
}

interface Pending {
  job: LoadJob;
  started?: () => void;
  indexing?: () => void;
  resolve: (load: OffThreadLoad) => void;
  reject: (error: Error) => void;
}

/**
 * One worker, started on first use and kept for later reloads: starting one costs about a second
 * (tsx compiles the loader and its dependencies again in the worker). An idle worker does not keep
 * the process alive. Jobs are told apart by id, so loads from several reloaders may overlap.
 */
export class OffThreadLoader {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /**
   * Load and index `dir` in the worker; `started` is called once the worker has begun reading the
   * files, `indexing` once they checked out and it builds the indexes.
   */
  load(
    dir: string,
    options: { today?: string; started?: () => void; indexing?: () => void } = {},
  ): Promise<OffThreadLoad> {
    return new Promise((resolve, reject) => {
      const job: LoadJob = { id: this.nextId++, dir, today: options.today };
      this.pending.set(job.id, { job, started: options.started, indexing: options.indexing, resolve, reject });
      let worker: Worker;
      try {
        worker = this.ensureWorker();
      } catch (e) {
        this.pending.delete(job.id);
        reject(new LoadWorkerError(`could not start: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      worker.ref(); // a load in progress should finish before the process exits on its own
      worker.postMessage(job);
    });
  }

  /** Start the worker now, so the first reload does not wait for it; a failure to start shows at the first load. */
  warm(): void {
    try {
      this.ensureWorker();
    } catch {
      // Reported by load(), which tries again and turns the failure into a reload problem.
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnLoadWorker();
    worker.on('message', (message: WorkerMessage) => this.received(message));
    worker.on('error', (e) => this.lost(worker, `failed: ${e.message}`));
    worker.on('exit', (code) => this.lost(worker, `exited with code ${code}`));
    worker.unref(); // after the listeners: adding a message listener refs the worker again
    this.worker = worker;
    return worker;
  }

  private received(message: WorkerMessage): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'started') {
      pending.started?.();
      return;
    }
    if (message.type === 'indexing') {
      pending.indexing?.();
      return;
    }
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (message.type === 'done') {
      const { id: _id, type: _type, ...wire } = message;
      // Decoded a slice per turn, so the main thread goes on answering meanwhile.
      fromWire(wire, yieldToEventLoop).then(pending.resolve, (e: unknown) =>
        pending.reject(e instanceof Error ? e : new Error(String(e))),
      );
    } else pending.reject(new Error(message.message));
  }

  /** The worker is gone (crashed, out of memory, terminated): its jobs fail, the next load starts a new one. */
  private lost(worker: Worker, reason: string): void {
    if (this.worker === worker) this.worker = undefined;
    this.failAll(reason);
  }

  private failAll(reason: string): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const p of jobs) p.reject(new LoadWorkerError(reason));
  }
}

/**
 * The worker runs the TypeScript sources as the main thread does (through tsx). On Node 20 a
 * worker does not inherit tsx's loader hooks, so it imports through tsx's ESM API; a compiled
 * build (`.js`) starts the entry directly.
 */
function spawnLoadWorker(): Worker {
  const extension = path.extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./load-worker${extension}`, import.meta.url);
  if (extension !== '.ts') return new Worker(entry);
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true });
}

/** The URL of tsx's ESM API (`tsx/esm/api`, import condition): its CommonJS twin cannot be imported from a worker. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const api = exports['./esm/api']?.import.default;
  if (!api) throw new Error('tsx no longer exports tsx/esm/api; update spawnLoadWorker');
  return pathToFileURL(path.join(path.dirname(manifest), api)).href;
}

let shared: OffThreadLoader | undefined;

/** The process's load worker, shared by every reloader (a process normally has one). */
export function sharedLoader(): OffThreadLoader {
  shared ??= new OffThreadLoader();
  return shared;
}
