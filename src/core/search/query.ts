// Turns a question into "slots": one per concept the question asks about, each with the
// alternatives that count as saying it (the word itself plus its synonym group).
import { words } from '../text/normalise.js';
import { stem } from '../text/terms.js';
import { phraseOf, type Phrase, type Vocabulary } from './vocabulary.js';

export interface Slot {
  /** The words of the question this slot stands for. */
  text: string;
  alternatives: Phrase[];
  /** Everyday-English relatives of a word the knowledge never uses, that it does (see PassageIndex). */
  related?: Phrase[];
}

/** The concepts of a question, longest synonym phrases first, stop words dropped. */
export function slotsOf(question: string, vocabulary: Vocabulary): Slot[] {
  const w = words(question);
  const stems = w.map(stem);
  const slots: Slot[] = [];
  for (let at = 0; at < w.length;) {
    const match = vocabulary.matchAt(stems, at);
    const length = match?.length ?? 1;
    const text = w.slice(at, at + length).join(' ');
    const own = phraseOf(text);
    if (own.stems.length > 0) {
      const alternatives = match ? [own, ...match.alternatives.filter((p) => p.words.join(' ') !== text)] : [own];
      slots.push({ text, alternatives: alternatives.filter((p) => p.stems.length > 0) });
    }
    at += length;
  }
  return mergeRepeats(slots);
}

/** A word asked twice ("taser … taser") is one concept. */
function mergeRepeats(slots: Slot[]): Slot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    const key = s.alternatives[0]!.stems.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
