// Finds known phrases (force names, metric terms) in a question's words: longest match first,
// no overlaps, tolerant of one typo in longer words ("thames vally").
import { withinOneEdit } from './did-you-mean.js';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  length: number;
}

/** Words of at least this length may differ by one edit and still match. */
const TYPO_MIN_LENGTH = 5;

interface Phrase<T> {
  keys: string[];
  /** Every value added with exactly these words (a term two metrics share names both), in order added. */
  values: T[];
}

export class PhraseMatcher<T> {
  /** Phrases by their joined keys, in the order first added. */
  private readonly byText = new Map<string, Phrase<T>>();
  /** The distinct phrases longest first (ties in the order added); worked out on the first `find` after an `add`. */
  private ordered: Phrase<T>[] | undefined;

  /**
   * `key` maps a normalised word to its comparable form (identity, or a stemmer); `typoMinLength`
   * (default 5) is the shortest key that may match with one edit, or false for none: one edit is
   * right for names ("thames vally") and long terms ("dischages"), wrong for short terms that differ
   * by a letter ("aimed", "armed").
   */
  constructor(
    private readonly key: (word: string) => string = (w) => w,
    private readonly typoMinLength: number | false = TYPO_MIN_LENGTH,
  ) {}

  add(words: string[], value: T): void {
    if (words.length === 0) return;
    const keys = words.map(this.key);
    const text = keys.join(' ');
    const phrase = this.byText.get(text);
    if (phrase) phrase.values.push(value);
    else this.byText.set(text, { keys, values: [value] });
    this.ordered = undefined;
  }

  /** Non-overlapping matches in `words`, longest phrases preferred. */
  find(words: string[]): PhraseMatch<T>[] {
    const keys = words.map(this.key);
    const matches: PhraseMatch<T>[] = [];
    const taken = new Array<boolean>(words.length).fill(false);
    // Array.prototype.sort is stable, so phrases of one length keep the order they were added in.
    this.ordered ??= [...this.byText.values()].sort((a, b) => b.keys.length - a.keys.length);
    for (const phrase of this.ordered) {
      const n = phrase.keys.length;
      for (let start = 0; start + n <= keys.length; start++) {
        if (!this.matchesAt(phrase.keys, keys, start, taken)) continue;
        for (let i = 0; i < n; i++) taken[start + i] = true;
        // Every value with exactly these words matches here too (a term two metrics share).
        for (const value of phrase.values) matches.push({ value, start, length: n });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  /** True when the phrase's keys match the question's keys from `start`, none of them already taken. */
  private matchesAt(phrase: string[], keys: string[], start: number, taken: boolean[]): boolean {
    for (let i = 0; i < phrase.length; i++) if (taken[start + i]) return false;
    for (let i = 0; i < phrase.length; i++) {
      const expected = phrase[i]!;
      const actual = keys[start + i]!;
      if (!wordMatches(expected, actual, this.typoMinLength)) return false;
    }
    return true;
  }
}

function wordMatches(expected: string, actual: string, typoMinLength: number | false): boolean {
  if (expected === actual) return true;
  if (typoMinLength === false) return false;
  return expected.length >= typoMinLength && actual.length >= typoMinLength - 1 && withinOneEdit(expected, actual);
}
