// The state port: everything the bot remembers between one event and the next, behind one
// interface, so one process keeps it in memory and many processes share it through Redis.

import type { RateDecision } from '../limits/rate-limiter.js';

export type { RateDecision };

/** What /healthz shows about where state lives and whether it is shared right now. */
export interface StateHealth {
  /** `memory`: this process only; `redis`: shared by every instance using the same REDIS_URL. */
  store: 'memory' | 'redis';
  /** False while Redis is unreachable and this instance is running on its own memory instead. */
  shared: boolean;
  /** Set while degraded: what is wrong and what it means for users. */
  warning?: string;
}

/**
 * Shared state, by key. Keys carry their purpose as a prefix (`event:`, `conversation:`,
 * `answer:`, `rate:`). Implementations never lose an answer for a state failure: the Redis one
 * is wrapped in `FallbackStore`, which uses this instance's memory while Redis is down.
 */
export interface StateStore {
  /**
   * Atomically set every key that is absent, with an expiry (SET NX PX). Resolves true when none
   * was already set (this caller is the first: go ahead), false when any was (a repeat: do nothing).
   */
  claim(keys: readonly string[], ttlMs: number): Promise<boolean>;
  /** The value stored under `key`, unless it has expired. */
  get(key: string): Promise<string | undefined>;
  /** Store `value` under `key` for `ttlMs`, replacing what was there. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Count one attempt for `key` in a sliding window of `windowMs`, atomically, if fewer than
   * `limit` were counted in it; refused attempts are not counted, so waiting always helps.
   */
  take(key: string, limit: number, windowMs: number): Promise<RateDecision>;
  health(): StateHealth;
  /** Release connections at shutdown; the store is not used afterwards. */
  close(): Promise<void>;
}
