// The in-memory StateStore: one process, no dependencies; the default, and the fallback while
// Redis is unreachable. Each key prefix has its own bound, so a flood of events cannot push out answers.
import { RateLimiter } from '../limits/rate-limiter.js';
import type { RateDecision, StateHealth, StateStore } from './state-store.js';
import { TtlMap } from './ttl-map.js';

/** Upper bound on remembered keys per prefix, unless configured. */
export const DEFAULT_MAX_KEYS = 10_000;

export interface MemoryStoreOptions {
  /** Bounds per key prefix (the text before the first ":"), e.g. `{ answer: 1000 }`. */
  maxKeys?: Record<string, number>;
  /** Milliseconds since the epoch; `Date.now` by default (tests pass a fake clock). */
  now?: () => number;
}

export class MemoryStore implements StateStore {
  private readonly maps = new Map<string, TtlMap>();
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  claim(keys: readonly string[], ttlMs: number): Promise<boolean> {
    const fresh = keys.filter((k) => this.map(k).get(k) === undefined);
    for (const k of fresh) this.map(k).set(k, '1', ttlMs);
    return Promise.resolve(fresh.length === keys.length);
  }

  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.map(key).get(key));
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.map(key).set(key, value, ttlMs);
    return Promise.resolve();
  }

  take(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const id = `${limit}/${windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiter({ limit, windowMs, now: this.now });
      this.limiters.set(id, limiter);
    }
    return Promise.resolve(limiter.take(key));
  }

  health(): StateHealth {
    return { store: 'memory', shared: false };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private map(key: string): TtlMap {
    const prefix = key.slice(0, Math.max(0, key.indexOf(':')));
    let map = this.maps.get(prefix);
    if (!map) {
      map = new TtlMap(this.options.maxKeys?.[prefix] ?? DEFAULT_MAX_KEYS, this.now);
      this.maps.set(prefix, map);
    }
    return map;
  }
}
