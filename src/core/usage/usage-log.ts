// The durable record of use: every question (with its status and citations) and every
// feedback vote, as JSON Lines. Admin reports read it; no personal data beyond a salted hash.
import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
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
 * Appends one line per event. Each event is a single write with O_APPEND, so a crash can at
 * worst leave the last line incomplete; readers skip a torn final line and keep the rest.
 */
export class JsonlUsageLog implements UsageLog {
  private readonly file: string;
  private ready: Promise<unknown> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, USAGE_FILE);
  }

  append(event: UsageEvent): Promise<void> {
    this.ready ??= mkdir(path.dirname(this.file), { recursive: true });
    // Serialise writes so lines never interleave, whatever the platform's append guarantees.
    this.queue = this.queue.then(async () => {
      await this.ready;
      await appendFile(this.file, `${JSON.stringify(event)}\n`, { encoding: 'utf8', flag: 'a' });
    });
    return this.queue;
  }

  /** Resolves when every event appended so far is on disk. */
  flush(): Promise<void> {
    return this.queue;
  }
}

/** A log that keeps events in memory, for tests and one-shot commands. */
export class MemoryUsageLog implements UsageLog {
  readonly events: UsageEvent[] = [];
  async append(event: UsageEvent): Promise<void> {
    this.events.push(event);
  }
}

/** A salted one-way hash of a platform user id: enough to group, never to identify. */
export function hashUser(userId: string | undefined, salt: string): string | undefined {
  if (!userId) return undefined;
  return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}
