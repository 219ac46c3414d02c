// A word's everyday relatives that a pack uses: WordNet's derived forms, its synonyms, then broader
// words, kept when the pack says every content word of them. Shared by the search and the admin report.
import { relatedWords } from '../text/wordnet.js';
import { phraseOf, type Phrase } from './vocabulary.js';

export interface KnownRelative {
  /** As WordNet writes it (lower case): "death", "pull out". */
  word: string;
  phrase: Phrase;
}

/**
 * Up to `max` relatives of `word` whose stems `knows` accepts, derived forms first and broader
 * words last, one per stem sequence; none whose stems are in `exclude` (joined by spaces, e.g.
 * the word's own synonyms).
 */
export function knownRelatives(
  word: string,
  knows: (stem: string) => boolean,
  max: number,
  exclude: Iterable<string> = [],
): KnownRelative[] {
  const seen = new Set(exclude);
  const found: KnownRelative[] = [];
  const { synonyms, derived, broader } = relatedWords(word);
  for (const relative of [...derived, ...synonyms, ...broader]) {
    if (found.length === max) break;
    const phrase = phraseOf(relative);
    const key = phrase.stems.join(' ');
    if (phrase.stems.length === 0 || seen.has(key) || !phrase.stems.every(knows)) continue;
    seen.add(key);
    found.push({ word: relative, phrase });
  }
  return found;
}
