// Live knowledge reload: on a change (debounced) or on request, load and index the pack in a worker
// thread, restore its indexes here in short steps and swap them in whole; a pack with errors is
// never applied, and the last good knowledge keeps serving.
import { yieldToEventLoop } from '../search/serialised.js';
import { restoreSnapshots, type Snapshots } from '../snapshot.js';
import type { Knowledge, Problem } from '../types.js';
import type { ReloadResult } from './describe.js';
import { diffKnowledgeInSteps } from './diff.js';
import { folderFingerprint } from './fingerprint.js';
import { LoadWorkerError, sharedLoader, type OffThreadLoad } from './off-thread.js';
import { watchDirectory, type DirectoryWatcher } from './watch.js';

export type { ReloadResult } from './describe.js';

/** Quiet time after the last change before reloading: editors write a file in several steps. */
export const DEFAULT_DEBOUNCE_MS = 300;
/** Loads tried while files keep changing underneath before giving up until the next change. */
const MAX_LOAD_ATTEMPTS = 5;

/** What a reload swaps knowledge into (the KnowledgeAssistant). */
export interface Reloadable {
  readonly knowledge: Knowledge;
  /** Swap in snapshots built for new knowledge, at once. */
  replaceSnapshots(snapshots: Snapshots): void;
}

/** `loading`: the worker reads and checks the files; `indexing`: it builds the indexes; `restoring`: this thread rebuilds them from the worker's text, between other work. */
export type ReloadStage = 'loading' | 'indexing' | 'restoring';

/** `change`: the watcher saw files change; `request`: someone called `reload()` (e.g. an admin command). */
export type ReloadCause = 'change' | 'request';

export interface KnowledgeReloaderOptions {
  /** The knowledge folder to load from and watch. */
  dir: string;
  /** Milliseconds of quiet after a change before reloading (default 300). */
  debounceMs?: number;
  /**
   * Fingerprint the folder this often (ms) to notice changes file-system events miss (default
   * 2000, `DEFAULT_POLL_MS`); 0 relies on events alone.
   */
  pollMs?: number;
  /** For the loader: today's date (YYYY-MM-DD) for review warnings. Paths in messages are relative to the working directory. */
  load?: { today?: string };
  /** Told as a reload progresses (see `ReloadStage`); a pack with errors never reaches `indexing`. */
  onProgress?: (stage: ReloadStage) => void;
  /** Told the outcome of every reload, e.g. to log it or post failures to an admin channel. Must not throw. */
  onResult?: (result: ReloadResult, cause: ReloadCause) => void;
  /** Told when changes may go unnoticed (event watching failed with polling off); reloading on request still works. */
  onWatchError?: (error: Error) => void;
}

/** The last reload, for health checks. */
export interface ReloadStatus {
  last?: { result: ReloadResult; at: Date; cause: ReloadCause };
  /** When knowledge was last swapped in successfully. */
  lastSuccessAt?: Date;
  /** True while changes to the folder will be noticed (see `DirectoryWatcher.watching`). */
  watching: boolean;
}

interface Waiter {
  cause: ReloadCause;
  resolve: (result: ReloadResult) => void;
}

/** Reloads are serialised; a change or request during a reload runs one more reload after it. */
export class KnowledgeReloader {
  private readonly options: KnowledgeReloaderOptions;
  private watcher: DirectoryWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  /** Settles when the reload a pending debounce will start has finished. */
  private scheduled: { done: Promise<void>; settle: () => void } | undefined;
  private waiters: Waiter[] = [];
  private dirty = false;
  private running: Promise<void> | undefined;
  private readonly state: Omit<ReloadStatus, 'watching'> = {};
  private readonly loader = sharedLoader();

  constructor(
    private readonly target: Reloadable,
    options: KnowledgeReloaderOptions,
  ) {
    this.options = options;
  }

  /** Start watching the folder; each burst of changes leads to one reload. */
  start(): void {
    if (this.watcher) return;
    this.loader.warm();
    this.watcher = watchDirectory(this.options.dir, () => this.changed(), {
      pollMs: this.options.pollMs,
      onError: (error) => this.options.onWatchError?.(error),
    });
  }

  /** Reload now (after any reload in progress) and say what changed or what is wrong. */
  reload(cause: ReloadCause = 'request'): Promise<ReloadResult> {
    return new Promise((resolve) => {
      this.waiters.push({ cause, resolve });
      this.dirty = true;
      this.running ??= this.drain();
    });
  }

  get status(): ReloadStatus {
    return { ...this.state, watching: this.watcher?.watching ?? false };
  }

  /** Resolves once no reload is running or waiting for its debounce. */
  async idle(): Promise<void> {
    while (this.scheduled || this.running) await (this.scheduled?.done ?? this.running);
  }

  /** Stop watching and wait for a reload in progress to finish. */
  async stop(): Promise<void> {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    this.scheduled?.settle();
    this.scheduled = undefined;
    this.watcher?.close();
    this.watcher = undefined;
    await this.running;
  }

  private changed(): void {
    clearTimeout(this.debounce);
    if (!this.scheduled) {
      let settle!: () => void;
      const done = new Promise<void>((resolve) => (settle = resolve));
      this.scheduled = { done, settle };
    }
    this.debounce = setTimeout(() => {
      const scheduled = this.scheduled;
      this.debounce = undefined;
      this.scheduled = undefined;
      void this.reload('change').then(() => scheduled?.settle());
    }, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Run reloads until no request is outstanding; callers waiting on a run all get its result. */
  private async drain(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const batch = this.waiters;
      this.waiters = [];
      const result = await this.loadAndSwap();
      const cause = batch.some((w) => w.cause === 'request') ? 'request' : 'change';
      const at = new Date();
      this.state.last = { result, at, cause };
      if (result.ok) this.state.lastSuccessAt = at;
      for (const w of batch) w.resolve(result);
      // Deferred, so a throwing callback surfaces as an uncaught error instead of stalling reloads.
      const onResult = this.options.onResult;
      if (onResult) queueMicrotask(() => onResult(result, cause));
    }
    this.running = undefined;
  }

  private async loadAndSwap(): Promise<ReloadResult> {
    const { result, indexes, indexError } = await this.loadSettled();
    const { knowledge } = result;
    if (!knowledge) return { ok: false, problems: result.problems };
    const unindexed = (reason: string): ReloadResult => ({
      ok: false,
      problems: [problem(this.options.dir, `the knowledge loaded but could not be indexed: ${reason}`)],
    });
    if (!indexes) return unindexed(indexError ?? 'the load worker sent no indexes');
    this.options.onProgress?.('restoring');
    let snapshots: Snapshots;
    try {
      snapshots = await restoreSnapshots(knowledge, indexes);
    } catch (e) {
      return unindexed(message(e));
    }
    // Compared before the swap, so answers come from the old knowledge until the reload reports.
    const changes = await diffKnowledgeInSteps(this.target.knowledge, knowledge, yieldToEventLoop);
    this.target.replaceSnapshots(snapshots);
    return { ok: true, changes, warnings: result.problems };
  }

  /**
   * Load the pack, retrying while files change during the load: an editor part-way through a
   * save can leave a file empty for a moment, which is valid YAML but not what the admin wrote.
   */
  private async loadSettled(): Promise<OffThreadLoad> {
    const { dir } = this.options;
    for (let attempt = 1; attempt <= MAX_LOAD_ATTEMPTS; attempt++) {
      const before = await folderFingerprint(dir);
      let loaded: OffThreadLoad;
      try {
        loaded = await this.loader.load(dir, {
          today: this.options.load?.today,
          started: () => this.options.onProgress?.('loading'),
          indexing: () => this.options.onProgress?.('indexing'),
        });
      } catch (e) {
        // A file vanished between listing and reading, mid-save, or the worker itself failed:
        // the result of this attempt, which the fingerprint check below may retry.
        const reason =
          e instanceof LoadWorkerError ? message(e) : `could not read the knowledge (was it changing?): ${message(e)}`;
        loaded = { result: { problems: [problem(dir, reason)] } };
      }
      if ((await folderFingerprint(dir)) === before) return loaded;
      await new Promise((resolve) => setTimeout(resolve, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS));
    }
    return {
      result: {
        problems: [
          problem(
            dir,
            `the files kept changing while they were read (${MAX_LOAD_ATTEMPTS} tries); save again to reload`,
          ),
        ],
      },
    };
  }
}

function problem(dir: string, text: string): Problem {
  return { file: dir, line: 1, col: 1, message: text, severity: 'error' };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
