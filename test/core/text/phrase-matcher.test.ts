// PhraseMatcher: longest phrase first, no overlaps, one typo in longer words when allowed, and
// every value that shares a phrase matched at the same span.
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/core/text/phrase-matcher.js';
import { stem } from '../../../src/core/text/terms.js';

const split = (text: string) => text.split(' ');

describe('PhraseMatcher', () => {
  it('prefers the longest phrase and never overlaps matches', () => {
    const m = new PhraseMatcher<string>();
    m.add(split('north'), 'short');
    m.add(split('north shire police'), 'long');
    m.add(split('police'), 'police');
    expect(m.find(split('is north shire police bigger than north police'))).toEqual([
      { value: 'long', start: 1, length: 3 },
      { value: 'short', start: 6, length: 1 },
      { value: 'police', start: 7, length: 1 },
    ]);
  });

  it('matches every value that shares a phrase at the same span, in the order added', () => {
    const m = new PhraseMatcher<string>();
    m.add(split('fired'), 'discharges');
    m.add(split('drawn'), 'drawn');
    m.add(split('fired'), 'arcing');
    m.add(split('fired'), 'discharges again');
    expect(m.find(split('drawn or fired'))).toEqual([
      { value: 'drawn', start: 0, length: 1 },
      { value: 'discharges', start: 2, length: 1 },
      { value: 'arcing', start: 2, length: 1 },
      { value: 'discharges again', start: 2, length: 1 },
    ]);
  });

  it('tolerates one typo in words of five letters or more when typos are allowed', () => {
    const m = new PhraseMatcher<string>();
    m.add(split('westmarch valley'), 'wv');
    m.add(split('kent'), 'kent');
    expect(m.find(split('westmarhc vally'))).toEqual([{ value: 'wv', start: 0, length: 2 }]);
    expect(m.find(split('westmarch vallley'))).toEqual([{ value: 'wv', start: 0, length: 2 }]);
    expect(m.find(split('westmrch vaaly'))).toEqual([]);
    expect(m.find(split('kend'))).toEqual([]);
  });

  it('matches exactly when typos are off, after mapping words through the key', () => {
    const m = new PhraseMatcher<string>(stem, false);
    m.add(split('aimed'), 'aimed');
    m.add(split('discharges'), 'discharges');
    expect(m.find(split('armed and discharged'))).toEqual([{ value: 'discharges', start: 2, length: 1 }]);
    expect(m.find(split('aiming'))).toEqual([{ value: 'aimed', start: 0, length: 1 }]);
  });

  it('allows one typo only in keys as long as asked ("dischages", never "armed" for "aimed")', () => {
    const m = new PhraseMatcher<string>(stem, 6);
    m.add(split('aimed'), 'aimed');
    m.add(split('discharges'), 'discharges');
    expect(m.find(split('armed and dischages'))).toEqual([{ value: 'discharges', start: 2, length: 1 }]);
  });

  it('sees phrases added after an earlier find', () => {
    const m = new PhraseMatcher<string>();
    m.add(split('north'), 'north');
    expect(m.find(split('north shire'))).toEqual([{ value: 'north', start: 0, length: 1 }]);
    m.add(split('north shire'), 'northshire');
    expect(m.find(split('north shire'))).toEqual([{ value: 'northshire', start: 0, length: 2 }]);
    expect(m.find([])).toEqual([]);
  });
});
