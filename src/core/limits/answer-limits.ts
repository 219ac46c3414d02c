// The limits every question passes before it is answered: the asker's rate limit, then a
// bounded number of answers in progress. Returns the polite words to show when one is hit.
import { ConcurrencyGate } from './concurrency-gate.js';
import { MemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';
import { DEFAULT_WINDOW_MS } from './rate-limiter.js';

/** Answers in progress at once, unless configured. */
export const DEFAULT_MAX_CONCURRENT = 16;
/** Questions allowed to wait for a free slot, per slot, unless configured. */
export const QUEUE_PER_SLOT = 4;

export interface AnswerLimitsOptions {
  /** Questions per user per minute; 0 or unset means no limit. */
  ratePerMinute?: number;
  /** Answers worked on at once (default 16). */
  maxConcurrent?: number;
  /** Questions that may wait for a slot (default 4 per slot); more are refused. */
  maxQueued?: number;
  /** Milliseconds since the epoch, for the rate limit; `Date.now` by default. */
  now?: () => number;
  /** Where rate limits are counted (shared by every instance with Redis); this process's memory by default. */
  store?: StateStore;
}

/** Why a question was not answered, and what to tell the asker. */
export interface Limited {
  reason: 'rate' | 'busy';
  message: string;
}

export class AnswerLimits {
  private readonly store: StateStore;
  private readonly ratePerMinute: number;
  private readonly gate: ConcurrencyGate;

  constructor(options: AnswerLimitsOptions = {}) {
    const rate = options.ratePerMinute ?? 0;
    if (!Number.isInteger(rate) || rate < 0)
      throw new RangeError(`AnswerLimits: ratePerMinute must be a whole number ≥ 0 (got ${rate})`);
    this.ratePerMinute = rate;
    this.store = options.store ?? new MemoryStore({ now: options.now });
    const max = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
    this.gate = new ConcurrencyGate({ max, queueLimit: options.maxQueued ?? max * QUEUE_PER_SLOT });
  }

  /**
   * Run `task` for `userId` within the limits, or return `refuse(limited)` without running it.
   * No user id (the terminal, tests, evaluation) means no rate limit; the concurrency bound still applies.
   */
  async run<T>(userId: string | undefined, task: () => Promise<T>, refuse: (limited: Limited) => T): Promise<T> {
    if (userId !== undefined && userId !== '' && this.ratePerMinute > 0) {
      const decision = await this.store.take(`rate:${userId}`, this.ratePerMinute, DEFAULT_WINDOW_MS);
      if (!decision.allowed)
        return refuse({ reason: 'rate', message: rateMessage(decision.retryAfterMs, this.ratePerMinute) });
    }
    const result = await this.gate.run(task);
    return result.ran ? result.value : refuse({ reason: 'busy', message: BUSY_MESSAGE });
  }

  /** Answers in progress and waiting, e.g. for a health check. */
  get activity(): { active: number; queued: number } {
    return { active: this.gate.active, queued: this.gate.queued };
  }

  /** Resolves when no answer is in progress: wait for it before exiting. */
  idle(): Promise<void> {
    return this.gate.idle();
  }
}

export const BUSY_MESSAGE = "I'm answering a lot of questions right now — please ask again in a moment.";

/** "You're asking faster than I can keep up — please wait 42 seconds and ask again (…)". */
export function rateMessage(retryAfterMs: number, limit: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const wait = seconds >= 60 ? 'a minute' : seconds === 1 ? 'a second' : `${seconds} seconds`;
  const allowance = limit === 1 ? 'one question a minute' : `${limit} questions a minute`;
  return `You're asking faster than I can keep up — please wait ${wait} and ask again (the limit is ${allowance}).`;
}
