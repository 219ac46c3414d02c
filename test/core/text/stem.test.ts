// stem remembers its answers: remembered or not (and after the memory is cleared at its bound)
// it must give what the Porter stemmer gives, keep numbers as they are, and give a word with and
// without an ending the same stem where Porter would not ("handcuff", "handcuffed").
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/core/text/terms.js';

const WORDS = [
  'carrying',
  'carried',
  'carries',
  'officers',
  'discharges',
  'discharged',
  'recertification',
  'holstered',
  'tasers',
  'generalisation',
  'relational',
  'a',
  'is',
];

describe('stem', () => {
  it('gives the Porter stem, the same the first time and every time after', () => {
    const first = WORDS.map(stem);
    expect(first).toEqual(WORDS.map((w) => stemmer(w)));
    expect(WORDS.map(stem)).toEqual(first);
    expect(stem('carrying')).toBe('carri');
  });

  it('gives a word ending in a doubled consonant the stem of its forms with an ending', () => {
    expect(['handcuff', 'handcuffs', 'handcuffed', 'handcuffing'].map(stem)).toEqual(Array(4).fill('handcuf'));
    expect(['staff', 'staffed'].map(stem)).toEqual(['staf', 'staf']);
    expect(['add', 'adds', 'added', 'adding'].map(stem)).toEqual(Array(4).fill('ad'));
    expect(['pass', 'passed', 'kill', 'killing'].map(stem)).toEqual(['pas', 'pas', 'kil', 'kil']);
  });

  it('keeps words starting with a digit as they are', () => {
    expect(['2019', '2020-21', '7s', '12months'].map(stem)).toEqual(['2019', '2020-21', '7s', '12months']);
  });

  it('still gives the right stems after more distinct words than it remembers', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    /**
     * The n-th made-up word ending in "ing" or "ations", so the stemmer has work to do (a vowel
     * before the ending, so no doubled consonant is left for stem to undouble).
     */
    const word = (n: number) => {
      let w = '';
      for (let k = n + 1; k > 0; k = Math.floor(k / 26)) w += letters[k % 26];
      return n % 2 === 0 ? `${w}oing` : `${w}oations`;
    };
    const wrong: string[] = [];
    for (let n = 0; n < 210_000; n++) {
      const w = word(n);
      if (stem(w) !== stemmer(w)) wrong.push(w);
    }
    expect(wrong).toEqual([]);
    // Words seen before the memory was cleared, and the usual ones, still stem correctly.
    for (const n of [0, 1, 199_999, 209_999]) expect(stem(word(n))).toBe(stemmer(word(n)));
    expect(WORDS.map(stem)).toEqual(WORDS.map((w) => stemmer(w)));
  });
});
