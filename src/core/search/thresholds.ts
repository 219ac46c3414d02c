// Tuning constants for retrieval and honesty, in one place so they can be calibrated
// against `npm run eval` rather than scattered through the code.

/** Field boosts: a match in a note's title or example questions says more than one in its text. */
export const FIELD_BOOST = { text: 1, title: 2, questions: 1.5, tags: 1.2, forces: 0.5 } as const;

/** Weight of a synonym relative to the word the user typed. */
export const SYNONYM_WEIGHT = 0.8;

/** Fuzzy matching (as a fraction of term length) for typos; short words must match exactly. */
export const FUZZY_FRACTION = 0.2;
export const FUZZY_MIN_LENGTH = 5;
/**
 * Longer terms match exactly only: fuzzy matching costs memory in proportion to a term's length
 * times the longest indexed word, and no word an officer types needs a typo allowance past this.
 */
export const FUZZY_MAX_LENGTH = 24;

/** MiniSearch's fuzzy setting for a term: typos allowed only between the two lengths above. */
export function fuzziness(term: string, minLength: number = FUZZY_MIN_LENGTH): number | false {
  return term.length >= minLength && term.length <= FUZZY_MAX_LENGTH ? FUZZY_FRACTION : false;
}

/**
 * Share of the question's meaning (IDF-weighted concepts) a passage must cover to be
 * shown. Below it the bot says "not in my knowledge" rather than guess.
 */
export const MIN_COVERAGE = 0.4;

/** A half-typed last word is matched as a prefix when it has at least this many letters… */
export const PREFIX_MIN_LENGTH = 4;
/** …and weighs this much against a whole word. */
export const PREFIX_WEIGHT = 0.5;

/** Least weight (IDF) a known concept carries in the coverage score. */
export const MIN_CONCEPT_WEIGHT = 0.5;

/** A concept matched only through a near-spelling (a typo) counts for this share of itself. */
export const FUZZY_CREDIT = 0.5;

/** Further passages are quoted when they score at least this fraction of the best one. */
export const RELATIVE_SCORE_FOR_MORE = 0.6;

/** A passage covering at least this share of the question counts as a full match… */
export const FULL_MATCH = 0.95;
/** …and is quoted too when it scores at least this fraction of the best full match. */
export const RELATIVE_SCORE_FOR_FULL_MATCH = 0.2;

/** At most this many passages are quoted in one answer. */
export const MAX_PASSAGES = 3;
