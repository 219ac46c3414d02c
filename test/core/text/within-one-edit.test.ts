// withinOneEdit must agree with editDistance(a, b) <= 1 (the definition it replaces in phrase
// matching): checked on fixed cases and on many seeded random short strings and their near-misses.
import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../../src/core/text/did-you-mean.js';

/** A small deterministic generator (LCG), so a failure is reproducible. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('withinOneEdit', () => {
  it.each([
    ['thames', 'thames', true],
    ['thames', 'thame', true],
    ['thames', 'thamess', true],
    ['vally', 'valley', true],
    ['titel', 'title', true],
    ['armed', 'aimed', true],
    ['abcd', 'bacd', true],
    ['abcd', 'abdc', true],
    ['', 'a', true],
    ['', '', true],
    ['abcd', 'badc', false],
    ['abc', 'cab', false],
    ['abc', 'a', false],
    ['kitten', 'sitting', false],
    ['abcd', 'axcy', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
    expect(editDistance(a, b) <= 1).toBe(expected);
  });

  it('agrees with editDistance(a, b) <= 1 on 200,000 seeded random pairs', () => {
    const random = seeded(20261127);
    const alphabet = 'abcd';
    const letter = () => alphabet[Math.floor(random() * alphabet.length)]!;
    const word = () => Array.from({ length: Math.floor(random() * 8) }, letter).join('');
    /** `a` changed by one random edit (or two), so near pairs are as common as far ones. */
    const nearly = (a: string): string => {
      const j = Math.floor(random() * (a.length + 1));
      const op = random();
      let b: string;
      if (op < 0.25) b = a.slice(0, j) + a.slice(j + 1);
      else if (op < 0.5) b = a.slice(0, j) + letter() + a.slice(j + 1);
      else if (op < 0.75) b = a.slice(0, j) + letter() + a.slice(j);
      else b = a.slice(0, j) + a.slice(j + 1, j + 2) + a.slice(j, j + 1) + a.slice(j + 2);
      return random() < 0.2 ? nearly(b) : b;
    };
    const mismatches: string[] = [];
    let near = 0;
    for (let n = 0; n < 200_000; n++) {
      const a = word();
      const b = random() < 0.6 ? nearly(a) : word();
      const expected = editDistance(a, b) <= 1;
      if (expected) near++;
      if (withinOneEdit(a, b) !== expected)
        mismatches.push(`${JSON.stringify(a)} ${JSON.stringify(b)}: expected ${expected}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // Both outcomes are well represented, so the agreement means something.
    expect(near).toBeGreaterThan(50_000);
    expect(200_000 - near).toBeGreaterThan(50_000);
  });
});
