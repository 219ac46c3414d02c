// The per-user sliding window, driven by a fake clock: no real time passes in these tests.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/core/limits/rate-limiter.js';

function clock(start = 1_000_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('RateLimiter', () => {
  it('allows `limit` attempts in a minute, then refuses with the wait until the oldest leaves the window', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 3, now: c.now });
    expect(limiter.take('u1')).toEqual({ allowed: true });
    c.t += 10_000;
    expect(limiter.take('u1')).toEqual({ allowed: true });
    c.t += 10_000;
    expect(limiter.take('u1')).toEqual({ allowed: true });
    c.t += 5_000;
    expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterMs: 35_000 });
  });

  it('slides: once the oldest attempt is a full window old, one more is allowed', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 2, now: c.now });
    limiter.take('u1');
    c.t += 30_000;
    limiter.take('u1');
    c.t += 29_999;
    expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterMs: 1 });
    c.t += 1;
    expect(limiter.take('u1')).toEqual({ allowed: true });
    expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it('does not count refused attempts, so hammering does not extend the wait', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 1, now: c.now });
    limiter.take('u1');
    for (let i = 0; i < 50; i++) {
      c.t += 1_000;
      expect(limiter.take('u1').allowed).toBe(false);
    }
    c.t += 10_000;
    expect(limiter.take('u1')).toEqual({ allowed: true });
  });

  it('keeps a separate window per user', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 1, now: c.now });
    expect(limiter.take('slack:U1').allowed).toBe(true);
    expect(limiter.take('slack:U1').allowed).toBe(false);
    expect(limiter.take('slack:U2').allowed).toBe(true);
    expect(limiter.take('discord:U1').allowed).toBe(true);
  });

  it('forgets users idle for a whole window, so memory does not grow with every user ever seen', () => {
    const c = clock();
    const limiter = new RateLimiter({ limit: 5, now: c.now });
    for (let i = 0; i < 100; i++) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(100);
    c.t += 60_000;
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('treats a limit of 0 as no limit, and rejects a negative one', () => {
    const limiter = new RateLimiter({ limit: 0 });
    for (let i = 0; i < 1000; i++) expect(limiter.take('u1').allowed).toBe(true);
    expect(() => new RateLimiter({ limit: -1 })).toThrow('RateLimiter: limit must be a whole number ≥ 0 (got -1)');
  });
});
