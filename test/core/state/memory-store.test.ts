// The in-memory state store: claims, values and rate limits with expiry and bounds, on a fake clock.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/core/state/memory-store.js';

describe('MemoryStore', () => {
  it('claims keys once, and a repeat of any of them is refused', async () => {
    const store = new MemoryStore();
    expect(await store.claim(['event:1', 'msg:a'], 60_000)).toBe(true);
    expect(await store.claim(['event:1'], 60_000)).toBe(false);
    expect(await store.claim(['event:2', 'msg:a'], 60_000)).toBe(false);
    expect(await store.claim(['event:3'], 60_000)).toBe(true);
  });

  it('forgets claims and values once their time to live has passed', async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    await store.claim(['event:1'], 1000);
    await store.set('answer:a', 'kept', 1000);
    now = 999;
    expect(await store.claim(['event:1'], 1000)).toBe(false);
    expect(await store.get('answer:a')).toBe('kept');
    now = 1000;
    expect(await store.claim(['event:1'], 1000)).toBe(true);
    expect(await store.get('answer:a')).toBeUndefined();
  });

  it('bounds each key prefix on its own, dropping the oldest', async () => {
    const store = new MemoryStore({ maxKeys: { answer: 2 } });
    for (const id of ['a', 'b', 'c']) await store.set(`answer:${id}`, id, 60_000);
    for (let i = 0; i < 5; i++) await store.claim([`event:${i}`], 60_000);
    expect(await store.get('answer:a')).toBeUndefined();
    expect(await store.get('answer:b')).toBe('b');
    expect(await store.get('answer:c')).toBe('c');
    expect(await store.claim(['event:0'], 60_000)).toBe(false);
  });

  it('limits attempts per key in a sliding window', async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    expect(await store.take('rate:u1', 2, 1000)).toEqual({ allowed: true });
    now = 400;
    expect(await store.take('rate:u1', 2, 1000)).toEqual({ allowed: true });
    expect(await store.take('rate:u1', 2, 1000)).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(await store.take('rate:u2', 2, 1000)).toEqual({ allowed: true });
    now = 1000;
    expect(await store.take('rate:u1', 2, 1000)).toEqual({ allowed: true });
  });

  it('says it is not shared', () => {
    expect(new MemoryStore().health()).toEqual({ store: 'memory', shared: false });
  });
});
