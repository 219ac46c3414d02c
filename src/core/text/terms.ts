// Turns words into search terms: stop words dropped, English (Porter) stemming applied.
import { stemmer } from 'stemmer';
import {
  CHAT_FILLERS,
  CONTRACTIONS,
  IRREGULAR_BASE,
  LIGHT_WORDS,
  QUESTION_FRAMING,
  STOP_WORD_FORMS,
  TEXTING,
} from './english.js';
import { words } from './normalise.js';

/** Words that carry no meaning for retrieval. A general English list, nothing domain-specific. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves s t tell know please let get got give us say said also much many per
  ever im dont does anything something thing things must shall may might
  one ones`
    .split(/\s+/)
    .filter(Boolean)
    .concat(CONTRACTIONS, CHAT_FILLERS, TEXTING, STOP_WORD_FORMS, QUESTION_FRAMING, LIGHT_WORDS),
);

/** Stems already worked out: indexing a pack stems the same few thousand words over and over. */
const STEMS = new Map<string, string>();
/** Forgotten all at once past this size, so questions full of odd words cannot grow memory without bound. */
const MAX_STEMS = 200_000;

/** Stem one normalised word, irregular verb forms to their base ("drew" → "draw"). Numbers are kept as they are. */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(word) ? word : undoubled(stemmer(IRREGULAR_BASE.get(word) ?? word));
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Porter undoubles a final consonant after taking off an ending ("handcuffed" → "handcuf") but
 * leaves the word without one as it is ("handcuff"), so the two forms would never meet; every
 * stem ends on a single consonant instead ("handcuf", "staf", "ad").
 */
function undoubled(s: string): string {
  return s.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** Stemmed content terms of a text, in order, stop words removed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}
