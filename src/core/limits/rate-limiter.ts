// Per-user sliding-window rate limit: at most `limit` questions in any `windowMs`, so one
// person (or a stuck script) cannot crowd out everyone else. The clock is injectable for tests.

export const DEFAULT_WINDOW_MS = 60_000;

export interface RateLimiterOptions {
  /** Questions allowed per window for each key; 0 turns the limit off. */
  limit: number;
  /** Length of the sliding window in milliseconds (default one minute). */
  windowMs?: number;
  /** Milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** A sliding-window log per key; refused attempts are not counted, so waiting always helps. */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly recent = new Map<string, number[]>();
  private lastSweep: number;

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 0)
      throw new RangeError(`RateLimiter: limit must be a whole number ≥ 0 (got ${options.limit})`);
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /** Count one attempt for `key` if it is within the limit. */
  take(key: string): RateDecision {
    if (this.limit === 0) return { allowed: true };
    const now = this.now();
    this.sweep(now);
    const times = (this.recent.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(key, times);
      return { allowed: false, retryAfterMs: times[0]! + this.windowMs - now };
    }
    times.push(now);
    this.recent.set(key, times);
    return { allowed: true };
  }

  /** Keys being tracked; users idle for a whole window are forgotten. */
  get size(): number {
    return this.recent.size;
  }

  /** Forget users whose last attempt left the window, at most once a window, so memory stays flat. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.recent) {
      if (times.at(-1)! <= now - this.windowMs) this.recent.delete(key);
    }
  }
}
