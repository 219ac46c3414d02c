// Everything built from one knowledge pack: the indexes and matchers an answer needs.
// A reload builds a new snapshot off to the side and swaps it in whole.
import { FigureVocabulary, type WordFacts } from './figures/parse.js';
import { PassageIndex } from './search/passage-index.js';
import { SuggestionIndex } from './search/suggestions.js';
import type { Knowledge } from './types.js';

/** A stem found in more than this share of passages is too common to tell notes apart. */
const UBIQUITOUS_SHARE = 0.7;

export interface Snapshot {
  knowledge: Knowledge;
  passages: PassageIndex;
  suggestions: SuggestionIndex;
  figures: FigureVocabulary;
  words: WordFacts;
}

export function buildSnapshot(knowledge: Knowledge): Snapshot {
  const passages = new PassageIndex(knowledge);
  const synonymStems = passages.vocabulary.knownStems();
  const ubiquitousIdf = Math.log(1 + (1 - UBIQUITOUS_SHARE) / UBIQUITOUS_SHARE);
  const common = (s: string) => passages.knows(s) && passages.idf(s) < ubiquitousIdf;
  const words: WordFacts = {
    known: (s) => passages.knows(s) || synonymStems.has(s),
    // A synonym of a ubiquitous word ("tazer" for the device's name) says just as little.
    ubiquitous: (s) => common(s) || passages.vocabulary.equivalents(s).some(common),
  };
  return {
    knowledge,
    passages,
    suggestions: new SuggestionIndex(knowledge),
    figures: new FigureVocabulary(knowledge, words),
    words,
  };
}
