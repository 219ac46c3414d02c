// Groups unanswered questions that ask the same thing in different words (stemmed term sets,
// Jaccard ≥ 0.5), so admins see one line per gap; an index avoids comparing every pair.
import { contentTerms } from '../text/terms.js';
import { normalise } from '../text/normalise.js';

/** Jaccard similarity of term sets at or above which two wordings count as one question. */
export const SIMILARITY = 0.5;
/** Wordings kept per group for display. */
const WORDINGS_SHOWN = 5;

export interface QuestionGroup {
  /** How many times a question in this group was asked. */
  count: number;
  /** Distinct askers (by hashed id); askers without an id (the terminal) are not counted. */
  askers: number;
  /** The most asked wording (the most recently asked among equals). */
  example: string;
  /** Up to five most asked wordings, most asked first (the example included). */
  wordings: string[];
  /** How many different wordings the group holds. */
  distinctWordings: number;
  /** ISO time the group was last asked. */
  lastAsked: string;
  /** The stemmed terms that define the group. */
  terms: string[];
}

interface Bucket {
  terms: string[];
  count: number;
  /** Wording → how often and when last asked. */
  wordings: Map<string, { count: number; last: string }>;
  askers: Set<string>;
  lastAsked: string;
}

/** Feed questions one at a time with `add`, then read the groups once with `groups()`. */
export class QuestionGrouper {
  private readonly buckets = new Map<string, Bucket>();
  /** Term keys of wordings already seen: logs repeat the same wordings a lot. */
  private readonly keys = new Map<string, { key: string; terms: string[] }>();

  add(question: string, at: string, asker?: string): void {
    const wording = question.replace(/\s+/g, ' ').trim();
    const { key, terms } = this.keyOf(wording);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { terms, count: 0, wordings: new Map(), askers: new Set(), lastAsked: at };
      this.buckets.set(key, bucket);
    }
    bucket.count += 1;
    const seen = bucket.wordings.get(wording);
    if (seen) {
      seen.count += 1;
      if (at > seen.last) seen.last = at;
    } else {
      bucket.wordings.set(wording, { count: 1, last: at });
    }
    if (asker) bucket.askers.add(asker);
    if (at > bucket.lastAsked) bucket.lastAsked = at;
  }

  /** All groups, most asked first (then most recently asked, then alphabetically). */
  groups(): QuestionGroup[] {
    const buckets = [...this.buckets.entries()]
      .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .map(([, b]) => b);
    return mergeSimilar(buckets)
      .map(toGroup)
      .sort(
        (a, b) =>
          b.count - a.count ||
          (a.lastAsked > b.lastAsked ? -1 : a.lastAsked < b.lastAsked ? 1 : 0) ||
          a.example.localeCompare(b.example),
      );
  }

  private keyOf(wording: string): { key: string; terms: string[] } {
    let known = this.keys.get(wording);
    if (!known) {
      const terms = [...new Set(contentTerms(wording))].sort();
      // Without content words ("hello?"), only the same words make the same question.
      known = terms.length > 0 ? { key: terms.join(' '), terms } : { key: `\u0000${normalise(wording)}`, terms: [] };
      this.keys.set(wording, known);
    }
    return known;
  }
}

interface Merged {
  /** The first (most asked) bucket's terms: later buckets are compared with it, so groups do not drift. */
  rep: Set<string>;
  buckets: Bucket[];
}

/** Term → size of the representative → position of the term in it → groups. */
type Index = Map<string, Map<number, number[][]>>;

/**
 * Greedy grouping in order of frequency: each bucket joins the most similar earlier group, or
 * starts one. Candidates come from an index over each representative's rarest terms: if two
 * sets x and y have Jaccard ≥ t they share at least α = ⌈t·(|x|+|y|)/(1+t)⌉ terms, so under one
 * global term order (rarest first) their first shared term sits within the first |x|−α+1 terms
 * of x and the first |y|−α+1 of y. Terms common to many questions therefore rarely serve as
 * keys, and no bucket is compared with every group.
 */
function mergeSimilar(buckets: Bucket[]): Merged[] {
  const frequency = new Map<string, number>();
  for (const b of buckets) for (const t of b.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const order = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const groups: Merged[] = [];
  const index: Index = new Map();
  for (const bucket of buckets) {
    const ordered = [...bucket.terms].sort(order);
    const best = ordered.length > 0 ? bestGroup(ordered, groups, index) : undefined;
    if (best !== undefined) {
      groups[best]!.buckets.push(bucket);
      continue;
    }
    groups.push({ rep: new Set(ordered), buckets: [bucket] });
    addToIndex(index, ordered, groups.length - 1);
  }
  return groups;
}

/** Fewest shared terms for Jaccard ≥ SIMILARITY between sets of these sizes. */
function minOverlap(a: number, b: number): number {
  return Math.ceil((SIMILARITY * (a + b)) / (1 + SIMILARITY) - 1e-9);
}

/** Index a representative under the terms that can be the first shared term with any match. */
function addToIndex(index: Index, ordered: string[], group: number): void {
  const size = ordered.length;
  const smallest = Math.ceil(SIMILARITY * size - 1e-9);
  const reach = size - minOverlap(size, smallest) + 1;
  for (let j = 0; j < reach; j++) {
    const term = ordered[j]!;
    let bySize = index.get(term);
    if (!bySize) index.set(term, (bySize = new Map<number, number[][]>()));
    let byPosition = bySize.get(size);
    if (!byPosition) bySize.set(size, (byPosition = []));
    (byPosition[j] ??= []).push(group);
  }
}

/** The most similar existing group at or above the threshold (the earliest, i.e. most asked, on ties). */
function bestGroup(ordered: string[], groups: Merged[], index: Index): number | undefined {
  const size = ordered.length;
  const candidates = new Set<number>();
  for (let i = 0; i < size; i++) {
    const bySize = index.get(ordered[i]!);
    if (!bySize) continue;
    for (const [other, byPosition] of bySize) {
      if (other < SIMILARITY * size - 1e-9 || size < SIMILARITY * other - 1e-9) continue;
      const need = minOverlap(size, other);
      if (i > size - need) continue;
      const last = Math.min(other - need, byPosition.length - 1);
      for (let j = 0; j <= last; j++) for (const g of byPosition[j] ?? []) candidates.add(g);
    }
  }
  let best: number | undefined;
  let bestScore = 0;
  for (const g of candidates) {
    const rep = groups[g]!.rep;
    const shared = ordered.reduce((n, t) => n + (rep.has(t) ? 1 : 0), 0);
    const score = shared / (size + rep.size - shared);
    if (score >= SIMILARITY && (score > bestScore || (score === bestScore && g < best!))) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

function toGroup(merged: Merged): QuestionGroup {
  const wordings = new Map<string, { count: number; last: string }>();
  const askers = new Set<string>();
  let lastAsked = '';
  let count = 0;
  for (const b of merged.buckets) {
    count += b.count;
    for (const [w, seen] of b.wordings) wordings.set(w, seen);
    for (const a of b.askers) askers.add(a);
    if (b.lastAsked > lastAsked) lastAsked = b.lastAsked;
  }
  const ranked = [...wordings.entries()]
    .sort(
      ([wa, a], [wb, b]) =>
        b.count - a.count || (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) || wa.localeCompare(wb),
    )
    .map(([w]) => w);
  return {
    count,
    askers: askers.size,
    example: ranked[0]!,
    wordings: ranked.slice(0, WORDINGS_SHOWN),
    distinctWordings: ranked.length,
    lastAsked,
    terms: [...merged.rep].sort(),
  };
}
