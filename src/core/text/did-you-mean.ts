// "Did you mean …?" for typos in field names and ids.

/** Edit distance counting a swap of neighbouring letters as one edit ("titel" → "title"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * `editDistance(a, b) <= 1` in one pass without allocating: equal, or one insertion, deletion,
 * substitution or swap of neighbouring letters apart. Phrase matching calls it for every word pair.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la > lb) return sameFrom(a, i + 1, b, i);
  if (lb > la) return sameFrom(a, i, b, i + 1);
  if (i === la) return true;
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return (
    i + 1 < la &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameFrom(a, i + 2, b, i + 2)
  );
}

/** True when a from index `ia` and b from index `ib` are the same text. */
function sameFrom(a: string, ia: number, b: string, ib: number): boolean {
  if (a.length - ia !== b.length - ib) return false;
  for (; ia < a.length; ia++, ib++) if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
  return true;
}

/**
 * Longest word a suggestion is looked for: edit distance costs the product of the two lengths,
 * and a 30,000-letter id is no typo of a real one.
 */
const MAX_SUGGESTED_LENGTH = 64;

/** The closest candidate within a third of the word's length, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    // Two words are at least their difference in length apart.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "title"?)`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = closest(word, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
}
