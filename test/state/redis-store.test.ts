// The Redis state store against a real redis-server: atomic claims and rate limits across
// several connections (as several instances would hold), expiry set on every key, and the
// fallback to memory while Redis is down, recovering when it returns.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FallbackStore } from '../../src/core/state/fallback-store.js';
import { MemoryStore } from '../../src/core/state/memory-store.js';
import { DEFAULT_KEY_PREFIX, RedisStore } from '../../src/state/redis-store.js';
import { redisMissing, startRedis, type RedisServer } from '../../src/bench/redis-server.js';

/** A script that keeps Redis busy (it runs nothing else meanwhile) for ARGV[1] milliseconds. */
const BUSY_FOR_MS = `
local function now() local t = redis.call('TIME') return t[1] * 1000 + t[2] / 1000 end
local start = now()
while now() - start < tonumber(ARGV[1]) do end
return 1`;

describe.skipIf(redisMissing !== undefined)(`RedisStore${redisMissing ? ` (skipped: ${redisMissing})` : ''}`, () => {
  let server: RedisServer;
  let raw: Redis;
  const stores: RedisStore[] = [];
  const connect = async () => {
    const store = new RedisStore({ url: server.url });
    stores.push(store);
    await store.ready();
    return store;
  };

  beforeAll(async () => {
    server = await startRedis();
    raw = new Redis(server.url);
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    raw.disconnect();
    await server?.close();
  });

  it('lets exactly one of several instances claim an event, and expires the claim', async () => {
    const instances = await Promise.all([connect(), connect(), connect()]);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => instances[i % 3]!.claim(['event:E1', `msg:m${i}`], 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const ttl = await raw.pttl(`${DEFAULT_KEY_PREFIX}event:E1`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('decides a claim in Redis even when its reply comes after the command timeout', async () => {
    // Redis busy for 300 ms (as when the server or the instance stalls): both instances' claims
    // time out after 50 ms, yet both were queued and ran. Answering from memory would answer twice.
    const slow = () => {
      const shared = new RedisStore({ url: server.url, commandTimeoutMs: 50 });
      stores.push(shared);
      return shared;
    };
    const [sharedA, sharedB] = [slow(), slow()];
    await Promise.all([sharedA.ready(), sharedB.ready()]);
    const degraded: string[] = [];
    const [a, b] = [sharedA, sharedB].map(
      (shared, i) =>
        new FallbackStore(shared, new MemoryStore(), {
          onDegraded: () => degraded.push(`instance ${i}`),
          onRecovered: () => undefined,
        }),
    );
    const busy = raw.eval(BUSY_FOR_MS, 0, '300');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const claims = await Promise.all([a!.claim(['event:slow'], 60_000), b!.claim(['event:slow'], 60_000)]);
    await busy;
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(degraded).toEqual([]);
  });

  it('answers a command that times out while connected from memory, without calling Redis unreachable', async () => {
    const shared = new RedisStore({ url: server.url, commandTimeoutMs: 50 });
    stores.push(shared);
    await shared.ready();
    const events: string[] = [];
    const store = new FallbackStore(shared, new MemoryStore(), {
      onDegraded: () => events.push('degraded'),
      onRecovered: () => events.push('recovered'),
      onCommandFailed: () => events.push('command failed'),
    });
    const busy = raw.eval(BUSY_FOR_MS, 0, '300');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.take('rate:slow', 5, 60_000)).toEqual({ allowed: true });
    await busy;
    expect(events).toEqual(['command failed']);
    expect(store.health()).toEqual({ store: 'redis', shared: true });
  });

  it('stores values with an expiry, readable from another instance', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.set('answer:x', '{"id":"x"}', 5000);
    expect(await b.get('answer:x')).toBe('{"id":"x"}');
    expect(await b.get('answer:missing')).toBeUndefined();
    expect(await raw.pttl(`${DEFAULT_KEY_PREFIX}answer:x`)).toBeGreaterThan(0);
  });

  it('holds a rate limit in total across instances, however the attempts interleave', async () => {
    const instances = await Promise.all([connect(), connect(), connect()]);
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => instances[i % 3]!.take('rate:U1', 5, 60_000)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    for (const d of decisions.filter((d) => !d.allowed)) {
      expect(d).toMatchObject({ allowed: false });
      const wait = (d as { retryAfterMs: number }).retryAfterMs;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60_000);
    }
    expect(await instances[0].take('rate:U2', 5, 60_000)).toEqual({ allowed: true });
  });

  it('keeps answering from memory while Redis is down, and shares again when it returns', async () => {
    const events: string[] = [];
    const shared = await connect();
    const store = new FallbackStore(shared, new MemoryStore(), {
      onDegraded: () => events.push('degraded'),
      onRecovered: () => events.push('recovered'),
    });
    expect(await store.claim(['event:before'], 60_000)).toBe(true);
    expect(store.health()).toEqual({ store: 'redis', shared: true });

    await server.stop();
    // Not connected any more: each call is answered from this instance's memory, at once.
    expect(await store.claim(['event:during'], 60_000)).toBe(true);
    expect(await store.claim(['event:during'], 60_000)).toBe(false);
    await store.set('answer:during', 'kept here', 60_000);
    expect(await store.get('answer:during')).toBe('kept here');
    expect(await store.take('rate:U3', 1, 60_000)).toEqual({ allowed: true });
    expect(store.health()).toMatchObject({ store: 'redis', shared: false, warning: expect.stringContaining('Redis') });
    expect(events).toEqual(['degraded']);

    await server.start();
    await shared.ready();
    // The event handled during the outage is still a repeat here; a new one is claimed in Redis.
    expect(await store.claim(['event:during'], 60_000)).toBe(false);
    expect(await store.claim(['event:after'], 60_000)).toBe(true);
    expect(await raw.exists(`${DEFAULT_KEY_PREFIX}event:after`)).toBe(1);
    expect(store.health()).toEqual({ store: 'redis', shared: true });
    expect(events).toEqual(['degraded', 'recovered']);
  });
});
