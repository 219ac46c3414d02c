// Words officers used in unanswered questions that the knowledge never uses anywhere (note text,
// titles, example questions, tags, synonyms, force names, metric terms): the gap an admin closes
// by adding the word to a note's example questions or to a synonyms group.
import type { Knowledge } from '../types.js';
import { words } from '../text/normalise.js';
import { STOP_WORDS, stem } from '../text/terms.js';
import { knownRelatives } from '../search/relatives.js';
import { MAX_RELATED } from '../search/thresholds.js';
import { stemsOf } from '../search/vocabulary.js';

export interface UnknownWord {
  word: string;
  /** Unanswered questions that used it. */
  questions: number;
  /** Everyday synonyms or derived forms of it that the knowledge does use (WordNet): the ones the search tries. */
  related: string[];
}

export class UnknownWordCounter {
  private readonly known: Set<string>;
  /** By stem, so "clean" and "cleaning" are one word: questions, and each form's uses. */
  private readonly counts = new Map<string, { questions: number; forms: Map<string, number> }>();

  constructor(knowledge: Knowledge) {
    const texts = [
      ...knowledge.notes.flatMap((n) => [n.text, n.title, n.quote ?? '', ...n.questions, ...n.tags]),
      ...knowledge.synonyms.flat(),
      ...[...knowledge.forces.values()].flatMap((f) => [f.name, ...f.aliases]),
      ...[...knowledge.metrics.values()].flatMap((m) => [m.label, ...m.terms]),
    ];
    this.known = new Set(texts.flatMap((t) => [...stemsOf(t)]));
  }

  /** Count the words of one unanswered question that the knowledge never uses (each once). */
  add(question: string): void {
    const byStem = new Map<string, string>();
    for (const word of words(question)) {
      if (word.length < 3 || /\d/.test(word) || STOP_WORDS.has(word)) continue;
      const s = stem(word);
      if (!this.known.has(s) && !byStem.has(s)) byStem.set(s, word);
    }
    for (const [s, word] of byStem) {
      const entry = this.counts.get(s) ?? { questions: 0, forms: new Map<string, number>() };
      entry.questions += 1;
      entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      this.counts.set(s, entry);
    }
  }

  /**
   * The `top` words used in most questions (ties alphabetical), each in its most used form, with
   * its known relatives.
   */
  top(top: number): UnknownWord[] {
    return [...this.counts.values()]
      .map(({ questions, forms }) => ({ questions, word: commonest(forms) }))
      .sort((a, b) => b.questions - a.questions || a.word.localeCompare(b.word))
      .slice(0, top)
      .map(({ word, questions }) => ({ word, questions, related: this.relatives(word) }));
  }

  private relatives(word: string): string[] {
    return knownRelatives(word, (s) => this.known.has(s), MAX_RELATED).map((r) => r.word);
  }
}

/** The form used most (ties alphabetical). */
function commonest(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
