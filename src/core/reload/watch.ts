// Tells the reloader that the knowledge folder changed. File-system events are only a hint (on
// Node 20 a recursive watch goes deaf after a file is replaced by rename, and it never follows a
// folder that is removed and restored or swapped); a periodic fingerprint of the folder is what
// makes noticing a change certain, and each change re-establishes the event watch.
import { watch, type FSWatcher } from 'node:fs';
import { folderFingerprint, folderIdentity, isUnreadable } from './fingerprint.js';

/** How often (ms) the folder is fingerprinted by default: a stat per file, so cheap enough to do often. */
export const DEFAULT_POLL_MS = 2000;

export interface DirectoryWatcher {
  /**
   * True while a change to the folder will be noticed: the folder exists and is fingerprinted
   * (or, with polling off, an event watch is open on it).
   */
  readonly watching: boolean;
  close(): void;
}

export interface WatchOptions {
  /** Fingerprint the folder every this many milliseconds (default {@link DEFAULT_POLL_MS}); 0: events only. */
  pollMs?: number;
  /** Changes may now go unnoticed (events failed and polling is off), or a check itself failed. */
  onError: (error: Error) => void;
}

/**
 * Call `onChange` whenever what the loader would read under `dir` has changed: a file saved,
 * replaced by rename, added or removed, a link retargeted, the folder removed, restored or swapped.
 * Hidden files (editors' temporary files) do not count until they are renamed into place.
 */
export function watchDirectory(dir: string, onChange: () => void, options: WatchOptions): DirectoryWatcher {
  return new FolderWatcher(dir, onChange, options.pollMs ?? DEFAULT_POLL_MS, options.onError);
}

class FolderWatcher implements DirectoryWatcher {
  /** The fingerprint last seen; undefined until the first check. */
  private last: string | undefined;
  private events: FSWatcher | undefined;
  /** Which folder the event watch is on (see `folderIdentity`). */
  private eventsOn: string | undefined;
  private eventsFailed = false;
  /** An event arrived before the first fingerprint was taken: the baseline may already include the change. */
  private eventBeforeBaseline = false;
  private queue: Promise<void> = Promise.resolve();
  /** A check is queued and has not started: events in a burst share it. */
  private queued = false;
  private readonly timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly onChange: () => void,
    private readonly pollMs: number,
    private readonly onError: (error: Error) => void,
  ) {
    // Events first, so a change made while the first fingerprint is taken is not lost in it.
    this.openEvents(undefined);
    this.check();
    if (pollMs > 0) {
      this.timer = setInterval(() => this.check(), pollMs);
      this.timer.unref();
    }
  }

  get watching(): boolean {
    if (this.closed) return false;
    if (this.pollMs > 0) return this.last !== undefined && !isUnreadable(this.last);
    return this.events !== undefined;
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.closeEvents();
  }

  /** Fingerprint the folder (after any check in progress) and report a difference as a change. */
  private check(fromEvent = false): void {
    if (fromEvent && this.last === undefined) this.eventBeforeBaseline = true;
    if (this.queued || this.closed) return;
    this.queued = true;
    this.queue = this.queue
      .then(async () => {
        this.queued = false;
        if (this.closed) return;
        const now = await folderFingerprint(this.dir);
        const changed = this.last === undefined ? this.eventBeforeBaseline : now !== this.last;
        this.last = now;
        await this.ensureEvents(changed);
        if (changed && !this.closed) this.onChange();
      })
      .catch((e: unknown) => this.onError(new Error(`checking ${this.dir} for changes failed: ${String(e)}`)));
  }

  /**
   * Keep an event watch open on the folder `dir` names now: open one when the folder appears or
   * was swapped, and renew it after every change, since the old one may no longer hear edits.
   */
  private async ensureEvents(renew: boolean): Promise<void> {
    const identity = await folderIdentity(this.dir);
    if (this.closed) return;
    if (identity === undefined) {
      this.closeEvents(); // nothing to watch until the folder is back; the fingerprint will see it
      this.eventsFailing('the folder is missing or not a folder');
      return;
    }
    if (this.events && this.eventsOn === undefined) this.eventsOn = identity; // opened at start
    if (this.events && identity === this.eventsOn && !renew) return;
    this.closeEvents();
    this.openEvents(identity);
  }

  private openEvents(identity: string | undefined): void {
    try {
      const events = watch(this.dir, { recursive: true, persistent: false }, () => this.check(true));
      events.on('error', (e) => {
        if (this.events === events) this.closeEvents();
        this.eventsFailing(e.message);
        this.check();
      });
      this.events = events;
      this.eventsOn = identity;
      this.eventsFailed = false;
    } catch (e) {
      this.eventsFailing(e instanceof Error ? e.message : String(e));
    }
  }

  /** Event watching failed: said once per failure, and only when no fingerprinting will notice changes instead. */
  private eventsFailing(reason: string): void {
    if (this.eventsFailed) return;
    this.eventsFailed = true;
    if (this.pollMs === 0)
      this.onError(
        new Error(`cannot watch ${this.dir} for changes (${reason}); set a poll interval to keep noticing them`),
      );
  }

  private closeEvents(): void {
    this.events?.close();
    this.events = undefined;
    this.eventsOn = undefined;
  }
}
