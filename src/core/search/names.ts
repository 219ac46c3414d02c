// The words a knowledge pack writes only as names: capitalised inside a sentence (or an example
// question or tag), never in lower case in a note's text ("Kent", "Scotland", "Lisburn"). A
// question naming one must be answered by a note saying it.
import { words } from '../text/normalise.js';
import { stem } from '../text/terms.js';
import { isProperNoun } from '../text/wordnet.js';

/** Collects, passage by passage, the stems written capitalised and those written in lower case. */
export class NameCollector {
  private readonly capital = new Set<string>();
  private readonly lower = new Set<string>();
  /** Normalising and stemming are the costly steps, and a pack repeats its words: each token once. */
  private readonly stemsOfToken = new Map<string, string[]>();
  private readonly properNoun = new Map<string, boolean>();

  /** Words of one sentence; its first word says nothing, every sentence starting with a capital. */
  add(sentence: string): void {
    const tokens = sentence.split(/\s+/);
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      const first = token.charAt(0);
      if (first === '' || first.toLowerCase() === first.toUpperCase()) continue;
      const set = first === first.toUpperCase() ? this.capital : this.lower;
      for (const s of this.stemsOf(token)) set.add(s);
    }
  }

  /**
   * A passage's example questions and tags (each joined by " \n "): admins often type these all
   * in lower case, so they only ever count for a capital ("Kent Police" as a tag), never against.
   * A question's first word says nothing; a tag's does.
   */
  addCapitals(questions: string, tags: string): void {
    for (const question of questions.split(' \n ')) this.addCapitalised(question.split(/\s+/).slice(1));
    for (const tag of tags.split(' \n ')) this.addCapitalised(tag.split(/\s+/));
  }

  /**
   * A word typed in lower case here still counts as a capital when English has it only as a name:
   * an admin's tag "kent" is Kent, so a question naming Kent is not answered by Gwent's note.
   */
  private addCapitalised(tokens: string[]): void {
    for (const token of tokens) {
      const first = token.charAt(0);
      const isUpper = first !== first.toLowerCase();
      const isLower = first !== first.toUpperCase();
      if (isUpper) for (const s of this.stemsOf(token)) this.capital.add(s);
      else if (isLower) for (const word of words(token)) if (this.onlyAName(word)) this.capital.add(stem(word));
    }
  }

  private onlyAName(word: string): boolean {
    let known = this.properNoun.get(word);
    if (known === undefined) this.properNoun.set(word, (known = isProperNoun(word)));
    return known;
  }

  /** Stems written with a capital and never without one. */
  names(): Set<string> {
    return new Set([...this.capital].filter((s) => !this.lower.has(s)));
  }

  private stemsOf(token: string): string[] {
    let stems = this.stemsOfToken.get(token);
    if (stems === undefined) {
      stems = words(token).map(stem);
      this.stemsOfToken.set(token, stems);
    }
    return stems;
  }
}
