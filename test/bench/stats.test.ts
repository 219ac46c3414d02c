// Percentiles and the wording of benchmark figures.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMs, latency, percentile } from '../../src/bench/stats.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a list of times', () => {
    expect(latency([3, 1, 2])).toEqual({ p50: 2, p95: 3, p99: 3, samples: 3 });
  });
});

describe('formatting', () => {
  it('words times, sizes and counts as the tables show them', () => {
    expect([formatMs(0.423), formatMs(12.34), formatMs(1850), formatMs(Number.NaN)]).toEqual([
      '0.42 ms',
      '12.3 ms',
      '1.85 s',
      '–',
    ]);
    expect([formatBytes(812 * 1024), formatBytes(23.4 * 1024 * 1024)]).toEqual(['812 KB', '23.4 MB']);
    expect([formatCount(1000), formatCount(100_000), formatCount(1500)]).toEqual(['1k', '100k', '1500']);
  });
});
