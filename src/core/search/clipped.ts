// Words as officers clip them ("ops", "obs", "regs", "intel", "glos"): a short word the pack
// never uses may be the start of one it does, and the pack's most used such word is tried for it.
import { stem } from '../text/terms.js';
import type { Phrase } from './vocabulary.js';

/** Clipped words are short; longer unknown words are typos or other words, not clippings. */
const CLIPPED = /^[a-z]{3,6}$/;
/** The full word is at least this many letters longer than the clipping ("obs" → "observ"). */
const MIN_EXTRA_LETTERS = 2;

export class ClippedWords {
  private sorted: string[] | undefined;

  /** `frequency`: how often the pack uses each stem (by passage for the search, by word for the report). */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {}

  /**
   * The stem of the pack's most used word that starts with `word` (less a plural "s"), as a
   * phrase to search for, or undefined when none does ("ops" → "oper", from "operations").
   */
  expand(word: string): Phrase | undefined {
    if (!CLIPPED.test(word)) return undefined;
    const start = word.endsWith('s') ? word.slice(0, -1) : word;
    const sorted = (this.sorted ??= [...this.frequency.keys()].sort());
    let best: string | undefined;
    let bestCount = 0;
    for (let i = firstAtLeast(sorted, start); i < sorted.length && sorted[i]!.startsWith(start); i++) {
      const candidate = sorted[i]!;
      if (candidate.length < start.length + MIN_EXTRA_LETTERS || !/^[a-z]+$/.test(candidate)) continue;
      // Searched as a word, so it must stem to itself.
      if (stem(candidate) !== candidate) continue;
      const count = this.frequency.get(candidate)!;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    return best === undefined ? undefined : { words: [best], stems: [best] };
  }
}

/** Index of the first string in sorted `list` that is not below `key`. */
function firstAtLeast(list: string[], key: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
