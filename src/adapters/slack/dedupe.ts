// Remembers recently handled Slack events for a while, so a retried or duplicated delivery
// (same event_id, or the same message seen as both app_mention and message.im) is answered once.

/** How long a handled event is remembered: Slack retries within minutes. */
export const DEFAULT_DEDUPE_TTL_MS = 15 * 60 * 1000;
/** Upper bound on remembered keys, so a flood cannot grow memory without limit. */
export const DEFAULT_DEDUPE_MAX_KEYS = 10_000;

export interface RecentKeysOptions {
  ttlMs?: number;
  maxKeys?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

/** A small TTL set of keys. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS;
    this.maxKeys = options.maxKeys ?? DEFAULT_DEDUPE_MAX_KEYS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Record the keys as handled. Returns true when any of them was already recorded (and not
   * expired): the caller should then do nothing. Undefined keys are skipped.
   */
  checkAndRemember(...keys: (string | undefined)[]): boolean {
    const now = this.now();
    this.prune(now);
    const present = keys.filter((k): k is string => k !== undefined && k !== '');
    const duplicate = present.some((k) => (this.seen.get(k) ?? -Infinity) > now);
    for (const k of present) {
      this.seen.delete(k);
      this.seen.set(k, now + this.ttlMs);
    }
    while (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return duplicate;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Drop expired keys; insertion order is expiry order because the TTL is fixed. */
  private prune(now: number): void {
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
  }
}
