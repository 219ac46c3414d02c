// Words officers used in unanswered questions that the knowledge never uses anywhere (note text,
// titles, example questions, tags, synonyms, force names, metric terms): the gap an admin closes
// by adding the word to a note's example questions or to a synonyms group.
import type { Knowledge } from '../types.js';
import { words } from '../text/normalise.js';
import { STOP_WORDS, stem } from '../text/terms.js';
import { knownRelatives } from '../search/relatives.js';
import { MAX_RELATED } from '../search/thresholds.js';
import { ClippedWords } from '../search/clipped.js';

export interface UnknownWord {
  word: string;
  /** Unanswered questions that used it. */
  questions: number;
  /**
   * What the search tries for it that the knowledge does use: the full word of a clipped one
   * ("operations" for "ops"), then everyday synonyms, derived and broader words (WordNet).
   */
  related: string[];
}

export class UnknownWordCounter {
  private readonly known: Set<string>;
  /** A word of the knowledge for each stem, to name the full word of a clipped one ("ops" → "operations"). */
  private readonly wordOfStem = new Map<string, string>();
  private readonly clipped: ClippedWords;
  /** By stem, so "clean" and "cleaning" are one word: questions, and each form's uses. */
  private readonly counts = new Map<string, { questions: number; forms: Map<string, number> }>();

  constructor(knowledge: Knowledge) {
    const texts = [
      ...knowledge.notes.flatMap((n) => [n.text, n.title, n.quote ?? '', ...n.questions, ...n.tags]),
      ...knowledge.synonyms.flat(),
      ...[...knowledge.forces.values()].flatMap((f) => [f.name, ...f.aliases]),
      ...[...knowledge.metrics.values()].flatMap((m) => [m.label, ...m.terms]),
    ];
    // Every content word's stem (as the search's stemsOf reads them), in one pass: which stems the
    // knowledge knows, how often it uses each (for clipped words), and a word to name each by.
    const uses = new Map<string, number>();
    for (const word of texts.flatMap((t) => words(t))) {
      if (STOP_WORDS.has(word)) continue;
      const s = stem(word);
      uses.set(s, (uses.get(s) ?? 0) + 1);
      if (!this.wordOfStem.has(s)) this.wordOfStem.set(s, word);
    }
    this.known = new Set(uses.keys());
    this.clipped = new ClippedWords(uses);
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
    // The search tries the full word of a clipped one first, then WordNet's relatives.
    const clipped = this.clipped.expand(word)?.stems[0];
    const full = clipped === undefined ? [] : [this.wordOfStem.get(clipped) ?? clipped];
    const related = knownRelatives(word, (s) => this.known.has(s), MAX_RELATED).map((r) => r.word);
    return [...full, ...related.filter((r) => !full.includes(r))].slice(0, MAX_RELATED);
  }
}

/** The form used most (ties alphabetical). */
function commonest(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
