// Tuning constants for retrieval and honesty, in one place so they can be calibrated
// against `npm run eval` rather than scattered through the code.

/** Field boosts: a match in a note's title or example questions says more than one in its text. */
export const FIELD_BOOST = { text: 1, title: 2, questions: 1.5, tags: 1.2, forces: 0.5, context: 0.3 } as const;

/** Weight of a synonym relative to the word the user typed. */
export const SYNONYM_WEIGHT = 0.8;

/**
 * An everyday synonym or derived form (from WordNet) of a word the knowledge never uses: its
 * weight in the search against the word typed, the share of the concept it covers when matched,
 * and how many such words are tried per word.
 */
export const RELATED_WEIGHT = 0.5;
export const RELATED_CREDIT = 0.5;
export const MAX_RELATED = 3;

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

/**
 * …and at least this share of its concepts counted one by one. Ordinary words the pack never uses
 * weigh little in the coverage, so chatty questions still find their note; but a question made
 * mostly of words the pack never uses ("who won the football last night") is not about the pack,
 * however ordinary those words are.
 */
export const MIN_MATCHED_SHARE = 0.4;

/**
 * Below those, a passage covering at least these shares (and saying some of the question in its
 * own sentence) is offered tentatively, "This may be what you need"; below these, an honest refusal.
 */
export const TENTATIVE_COVERAGE = 0.35;
export const TENTATIVE_MATCHED_SHARE = 0.4;

/** A half-typed last word is matched as a prefix when it has at least this many letters… */
export const PREFIX_MIN_LENGTH = 4;
/** …and weighs this much against a whole word. */
export const PREFIX_WEIGHT = 0.5;

/** Least weight (IDF) a known concept carries in the coverage score. */
export const MIN_CONCEPT_WEIGHT = 0.5;

/** A concept matched only through a near-spelling (a typo) counts for this share of itself. */
export const FUZZY_CREDIT = 0.5;

/**
 * When the best hit is not trustworthy, a lower one that is answers for sure only if its weighed
 * score (see byMeaning) is at least this fraction of the best one's: a note far from the question
 * in meaning is no sure answer just because it happens to clear the thresholds.
 */
export const RELATIVE_WEIGHT_FOR_SURE = 0.45;

/** Further passages are quoted when they score at least this fraction of the best one. */
export const RELATIVE_SCORE_FOR_MORE = 0.6;

/** A passage covering at least this share of the question counts as a full match… */
export const FULL_MATCH = 0.95;
/** …and is quoted too when it scores at least this fraction of the best full match. */
export const RELATIVE_SCORE_FOR_FULL_MATCH = 0.2;

/** At most this many passages are quoted in one answer. */
export const MAX_PASSAGES = 3;

/**
 * A passage whose own sentence says none of the question's words (it matched through its note's
 * title, questions or tags) keeps this share of its score; one that says them all keeps all of it.
 */
export const TEXT_FLOOR = 0.5;

/**
 * A sentence that does not say the kind of thing the question asks for ("how many…" and no number
 * in it) keeps this share of its score. At most 1, so an adjusted score never exceeds its raw one.
 */
export const ANSWER_TYPE_MISS = 0.4;

/**
 * How much a word the pack never uses weighs (as a share of the most specific weight), from its
 * rank in everyday English: words up to COMMON_RANK weigh UNKNOWN_MIN_WEIGHT, rarer ones more, up
 * to all of it at RARE_RANK and for words not in the list at all (names, numbers, coined terms).
 */
export const COMMON_RANK = 300;
export const RARE_RANK = 30_000;
export const UNKNOWN_MIN_WEIGHT = 0.4;
/**
 * …but a word used mostly as a noun (WordNet's sense counts) weighs at least this: "cost" or
 * "colour" is what a question asks about, where "reckon" or "actually" is how it is asked.
 */
export const UNKNOWN_NOUN_MIN_WEIGHT = 0.6;

export function rarity(rank: number | undefined): number {
  if (rank === undefined) return 1;
  const share = Math.log(rank / COMMON_RANK) / Math.log(RARE_RANK / COMMON_RANK);
  return Math.min(1, Math.max(UNKNOWN_MIN_WEIGHT, share));
}

/**
 * How strongly closeness in meaning (see meaning.ts) reorders the notes found: a note 0.1 less
 * close than the closest counts for e^-0.8 ≈ 0.45 of its score. Chosen on the fifteen evaluation
 * packs of 2026-12-07 (right answers of 1,498 — none: 1,045; 3: 1,060; 5: 1,064; 8: 1,065; 12: 1,064;
 * 20: 1,059 — measured when the weighed score also decided which other notes are quoted).
 */
export const MEANING_WEIGHT = 8;
