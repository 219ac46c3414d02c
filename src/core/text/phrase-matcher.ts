// Finds known phrases (force names, metric terms) in a question's words: longest match first,
// no overlaps, tolerant of one typo in longer words ("thames vally").
import { editDistance } from './did-you-mean.js';

export interface PhraseMatch<T> {
  value: T;
  start: number;
  length: number;
}

/** Words of at least this length may differ by one edit and still match. */
const TYPO_MIN_LENGTH = 5;

export class PhraseMatcher<T> {
  private readonly phrases: { keys: string[]; value: T }[] = [];

  /**
   * `key` maps a normalised word to its comparable form (identity, or a stemmer); `typos` allows
   * one edit in longer words — right for names ("thames vally"), wrong for short terms that
   * differ by a letter ("aimed", "armed").
   */
  constructor(
    private readonly key: (word: string) => string = (w) => w,
    private readonly typos = true,
  ) {}

  add(words: string[], value: T): void {
    if (words.length > 0) this.phrases.push({ keys: words.map(this.key), value });
  }

  /** Non-overlapping matches in `words`, longest phrases preferred. */
  find(words: string[]): PhraseMatch<T>[] {
    const keys = words.map(this.key);
    const matches: PhraseMatch<T>[] = [];
    const taken = new Array<boolean>(words.length).fill(false);
    const byLength = [...this.phrases].sort((a, b) => b.keys.length - a.keys.length);
    const seen = new Set<string>();
    for (const phrase of byLength) {
      const text = phrase.keys.join(' ');
      if (seen.has(text)) continue;
      seen.add(text);
      for (let start = 0; start + phrase.keys.length <= keys.length; start++) {
        const span = phrase.keys.map((_, i) => start + i);
        if (span.some((i) => taken[i])) continue;
        if (!phrase.keys.every((k, i) => (this.typos ? wordMatches(k, keys[start + i]!) : k === keys[start + i]))) continue;
        span.forEach((i) => (taken[i] = true));
        // Every value with exactly these words matches here too (a term two metrics share).
        for (const same of byLength) {
          if (same.keys.join(' ') === phrase.keys.join(' ')) matches.push({ value: same.value, start, length: same.keys.length });
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  }
}

function wordMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  return expected.length >= TYPO_MIN_LENGTH && actual.length >= TYPO_MIN_LENGTH - 1 && editDistance(expected, actual) <= 1;
}
