// The Redis StateStore, shared by every instance given the same REDIS_URL. Each operation is one
// atomic command or Lua script, so two instances can never both claim an event or both take the
// last slot of a rate limit. Created from config at start-up; the core only sees the StateStore port.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { SharedStore } from '../core/state/fallback-store.js';
import type { RateDecision, StateHealth } from '../core/state/state-store.js';

/**
 * SET NX PX on every key, to this claim's own token (ARGV[2]); 1 when all were absent. One script,
 * so the keys are claimed together; the token says afterwards whose claim a key holds.
 */
const CLAIM = `
local fresh = 1
for _, key in ipairs(KEYS) do
  if not redis.call('SET', key, ARGV[2], 'NX', 'PX', ARGV[1]) then fresh = 0 end
end
return fresh`;

/**
 * A sliding-window log in a sorted set scored by Redis's own clock (instances' clocks may differ):
 * drop attempts older than the window, refuse when `limit` remain, else add this one.
 * Returns {1, 0} when allowed, {0, retryAfterMs} when refused.
 */
const TAKE = `
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}`;

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key, so several bots (or environments) can share one Redis. */
  keyPrefix?: string;
  /** A command taking longer than this fails, and the instance falls back to its memory (default 500 ms). */
  commandTimeoutMs?: number;
  /**
   * How long a claim whose reply timed out keeps asking Redis who holds its keys before the
   * instance falls back to its memory (default 5 s): a late answer beats answering twice.
   */
  claimSettleMs?: number;
  /** Told about connection errors (ioredis retries by itself); at most one report per outage. */
  onConnectionError?: (error: Error) => void;
  /** Told each time the connection is (re)established. */
  onReady?: () => void;
}

/** Between attempts to read a timed-out claim's keys, so a failing Redis is not asked in a tight loop. */
const SETTLE_PAUSE_MS = 50;

export const DEFAULT_KEY_PREFIX = 'taser-bot:';

export class RedisStore implements SharedStore {
  private readonly redis: Redis;
  private reported = false;
  private readonly claimSettleMs: number;

  constructor(options: RedisStoreOptions) {
    this.claimSettleMs = options.claimSettleMs ?? 5000;
    this.redis = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? DEFAULT_KEY_PREFIX,
      // Fail at once while disconnected instead of queueing: the caller answers from memory meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      // Keep trying for ever, at most every two seconds: the instance recovers when Redis returns.
      retryStrategy: (times) => Math.min(times * 100, 2000),
    });
    this.redis.on('error', (error: Error) => {
      if (this.reported) return;
      this.reported = true;
      options.onConnectionError?.(error);
    });
    this.redis.on('ready', () => {
      this.reported = false;
      options.onReady?.();
    });
  }

  connected(): boolean {
    return this.redis.status === 'ready';
  }

  /** Resolves once connected (for tests and start-up logs); ioredis keeps retrying until then. */
  ready(): Promise<void> {
    if (this.connected()) return Promise.resolve();
    return new Promise((resolve) => this.redis.once('ready', () => resolve()));
  }

  async claim(keys: readonly string[], ttlMs: number): Promise<boolean> {
    if (keys.length === 0) return true;
    const token = randomUUID();
    try {
      return (await this.redis.eval(CLAIM, keys.length, ...keys, String(ttlMs), token)) === 1;
    } catch (error) {
      // A timed-out claim may still have run (Redis was slow, or this instance's event loop was
      // busy when the reply came): another instance may be answering, so ask Redis, not memory.
      if (!this.connected()) throw error;
      return this.settleClaim(keys, token, error);
    }
  }

  /**
   * Whether the claim sent with `token` holds every key. Asked on the same connection, so it is
   * answered after the claim itself; retried until `claimSettleMs`, then the first error is rethrown.
   */
  private async settleClaim(keys: readonly string[], token: string, error: unknown): Promise<boolean> {
    const deadline = performance.now() + this.claimSettleMs;
    while (this.connected() && performance.now() < deadline) {
      const holders = await this.redis.mget(...keys).catch(() => undefined);
      if (!holders) {
        await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
        continue;
      }
      if (holders.every((holder) => holder === token)) return true;
      if (holders.some((holder) => holder !== null && holder !== token)) return false;
      break; // never ran (the connection was lost with it): memory decides
    }
    throw error;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(key, value, 'PX', ttlMs);
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const [allowed, retryAfterMs] = (await this.redis.eval(TAKE, 1, key, limit, windowMs, randomUUID())) as [
      number,
      number,
    ];
    return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs };
  }

  health(): StateHealth {
    return { store: 'redis', shared: this.connected() };
  }

  async close(): Promise<void> {
    // QUIT waits for replies in flight; when disconnected there is nothing to wait for.
    if (this.connected()) await this.redis.quit();
    else this.redis.disconnect();
  }
}
