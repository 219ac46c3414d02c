// The durable record of use: every question (with its status and citations) and every
// feedback vote, as JSON Lines. Admin reports read it; no personal data beyond a salted hash.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export interface QuestionEvent {
  type: 'question';
  at: string;
  answerId: string;
  question: string;
  status: 'answered' | 'no_answer';
  notes: string[];
  statistics: string[];
  platform?: string;
  user?: string;
}

export interface FeedbackEvent {
  type: 'feedback';
  at: string;
  answerId: string;
  vote: 'up' | 'down';
  notes: string[];
  question?: string;
  platform?: string;
  user?: string;
}

export type UsageEvent = QuestionEvent | FeedbackEvent;

export interface UsageLog {
  append(event: UsageEvent): Promise<void>;
}

export const USAGE_FILE = 'usage.jsonl';

/**
 * The log file's name: `usage.jsonl`, or `usage-<instance>.jsonl` when several instances share a
 * data folder, each appending to its own file (`npm run report` reads them all).
 */
export function usageFileName(instanceId?: string): string {
  return instanceId ? `usage-${instanceId}.jsonl` : USAGE_FILE;
}

/**
 * Appends one line per event. Each event is a single write with O_APPEND, so a crash can at
 * worst leave the last line incomplete; readers (`readUsageLog`) skip a torn line and keep the rest.
 */
export class JsonlUsageLog implements UsageLog {
  readonly file: string;
  private ready: Promise<void> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private written = false;

  constructor(dataDir: string, instanceId?: string) {
    this.file = path.join(dataDir, usageFileName(instanceId));
  }

  append(event: UsageEvent): Promise<void> {
    const line = `${JSON.stringify(event)}\n`;
    // Serialise writes so lines never interleave, whatever the platform's append guarantees.
    const write = this.queue.then(async () => {
      await this.prepare();
      await appendFile(this.file, line, { encoding: 'utf8', flag: 'a' });
      this.written = true;
    });
    // The caller gets this write's failure; the queue carries on, so one failed write
    // (a full disk, a missing folder) does not fail every later one.
    this.queue = write.catch(() => undefined);
    return write;
  }

  /**
   * Resolves when every event appended so far has been written (or has failed, which its own
   * `append` already reported) and the file is synced to disk; rejects only if syncing fails.
   */
  async flush(): Promise<void> {
    await this.queue;
    if (!this.written) return;
    const handle = await open(this.file, 'a');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Create the folder, and end a line torn by an earlier crash so the next event starts its own line. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await endTornLine(this.file);
    })().catch((error: unknown) => {
      this.ready = undefined; // try again on the next append: the folder may be fixed by then
      throw error;
    });
    return this.ready;
  }
}

/** Append a newline when the file exists and its last byte is not one (a crash cut a line short). */
async function endTornLine(file: string): Promise<void> {
  const handle = await open(file, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined; // a new log: nothing to end
    throw e;
  });
  if (!handle) return;
  let torn: boolean;
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    torn = size > 0 && last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
  if (torn) await appendFile(file, '\n', { flag: 'a' });
}

/** A log that keeps events in memory, for tests and one-shot commands. */
export class MemoryUsageLog implements UsageLog {
  readonly events: UsageEvent[] = [];
  append(event: UsageEvent): Promise<void> {
    this.events.push(event);
    return Promise.resolve();
  }
}

/** A salted one-way hash of a platform user id: enough to group, never to identify. */
export function hashUser(userId: string | undefined, salt: string): string | undefined {
  if (!userId) return undefined;
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}
