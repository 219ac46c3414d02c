// Specification of clipped words: a short word the pack never uses stands for the pack's most used
// word that starts with it.
import { describe, expect, it } from 'vitest';
import { ClippedWords } from '../../../src/core/search/clipped.js';

const pack = new ClippedWords(
  new Map([
    ['oper', 12],
    ['option', 3],
    ['observ', 5],
    ['ob', 1],
    ['regul', 4],
  ]),
);

describe('ClippedWords.expand', () => {
  it('gives the most used word that starts with the clipping, less a plural "s"', () => {
    expect(pack.expand('ops')).toEqual({ words: ['oper'], stems: ['oper'] });
    expect(pack.expand('obs')?.stems).toEqual(['observ']);
    expect(pack.expand('regs')?.stems).toEqual(['regul']);
  });

  it('gives nothing for a word no longer word starts with, or too long to be clipped', () => {
    expect(pack.expand('zap')).toBeUndefined();
    expect(pack.expand('operational')).toBeUndefined();
    expect(pack.expand('o')).toBeUndefined();
  });
});
