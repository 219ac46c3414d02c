// The knowledge's own vocabulary: synonym groups (admin-edited) and how specific each term is.
import type { Knowledge } from '../types.js';
import { STOP_WORDS, stem } from '../text/terms.js';
import { words } from '../text/normalise.js';

/** A term or phrase: its normalised words (for the query) and content stems (for matching). */
export interface Phrase {
  words: string[];
  stems: string[];
}

/** Build a Phrase from text. */
export function phraseOf(text: string): Phrase {
  const w = words(text);
  return { words: w, stems: w.filter((x) => !STOP_WORDS.has(x)).map(stem) };
}

export class Vocabulary {
  /** First stemmed word → synonym groups whose phrases start with it. */
  private readonly groupsByFirstWord = new Map<string, { phrase: string[]; group: number }[]>();
  private readonly groups: Phrase[][] = [];

  constructor(synonyms: string[][]) {
    for (const group of synonyms) {
      const phrases = group.map(phraseOf).filter((p) => p.words.length > 0);
      const index = this.groups.push(phrases) - 1;
      for (const { words: w } of phrases) {
        const phrase = w.map(stem);
        const first = phrase[0]!;
        const list = this.groupsByFirstWord.get(first) ?? [];
        list.push({ phrase, group: index });
        this.groupsByFirstWord.set(first, list);
      }
    }
  }

  static of(knowledge: Knowledge): Vocabulary {
    return new Vocabulary(knowledge.synonyms);
  }

  /**
   * The longest synonym phrase starting at `stems[at]` (stems of every word, stop words included), with every phrase of its group(s)
   * as alternatives. Groups sharing a phrase are merged, as admins would expect.
   */
  matchAt(stems: string[], at: number): { length: number; alternatives: Phrase[] } | undefined {
    const candidates = this.groupsByFirstWord.get(stems[at]!) ?? [];
    let best = 0;
    const groups = new Set<number>();
    for (const { phrase, group } of candidates) {
      if (phrase.length < best || !phrase.every((w, i) => stems[at + i] === w)) continue;
      if (phrase.length > best) groups.clear();
      best = phrase.length;
      groups.add(group);
    }
    if (best === 0) return undefined;
    const alternatives = [...groups].flatMap((g) => this.groups[g]!);
    return { length: best, alternatives: dedupe(alternatives) };
  }

  /** The stems of every phrase in the groups that contain `stemmed` as a one-word term. */
  equivalents(stemmed: string): string[] {
    const groups = (this.groupsByFirstWord.get(stemmed) ?? []).filter((g) => g.phrase.length === 1).map((g) => g.group);
    return [...new Set(groups.flatMap((g) => this.groups[g]!.flatMap((p) => p.stems)))];
  }

  /** Every content stem that appears in some synonym group. */
  knownStems(): Set<string> {
    return new Set(this.groups.flat().flatMap((p) => p.stems));
  }
}

function dedupe(phrases: Phrase[]): Phrase[] {
  const seen = new Map(phrases.map((p) => [p.words.join(' '), p]));
  return [...seen.values()];
}

/** Content-word stems of a text (stop words removed), for document-frequency counts. */
export function stemsOf(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !STOP_WORDS.has(w))
      .map(stem),
  );
}
