// The event de-duplication memory: a key counts as seen until its time to live runs out.
import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../../src/adapters/slack/dedupe.js';

describe('RecentKeys', () => {
  it('reports a key seen before, and any of several keys', () => {
    const keys = new RecentKeys();
    expect(keys.checkAndRemember('event:1', 'msg:a')).toBe(false);
    expect(keys.checkAndRemember('event:1')).toBe(true);
    expect(keys.checkAndRemember('event:2', 'msg:a')).toBe(true);
    expect(keys.checkAndRemember('event:3', undefined, '')).toBe(false);
  });

  it('forgets keys once their time to live has passed', () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    keys.checkAndRemember('event:1');
    now = 999;
    expect(keys.checkAndRemember('event:2')).toBe(false);
    now = 1000;
    expect(keys.checkAndRemember('event:1')).toBe(false);
    expect(keys.size).toBe(2);
  });

  it('holds at most maxKeys, dropping the oldest', () => {
    const keys = new RecentKeys({ maxKeys: 2 });
    keys.checkAndRemember('a');
    keys.checkAndRemember('b');
    keys.checkAndRemember('c');
    expect(keys.size).toBe(2);
    expect(keys.checkAndRemember('a')).toBe(false);
    expect(keys.checkAndRemember('c')).toBe(true);
  });
});
