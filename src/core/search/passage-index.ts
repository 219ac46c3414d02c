// The MiniSearch index of note passages, with query expansion from the knowledge's synonyms
// and a coverage score that tells a real match from a coincidental one.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Audience, Knowledge } from '../types.js';
import { words } from '../text/normalise.js';
import { englishRank } from '../text/english.js';
import { isNameOrOfOne, partOfSpeechUsage } from '../text/wordnet.js';
import { answerTypeOf, countedWord, saysAnswerType, type AnswerType } from '../text/answer-type.js';
import { financialYearsIn, isYear, saysFinancialYear, type FinancialYear } from '../text/dates.js';
import { saysMonthOf, yearsEndingIn, type YearEnding } from '../text/reporting-periods.js';
import { STOP_WORDS, stem } from '../text/terms.js';
import { NameCollector } from './names.js';
import { ClippedWords } from './clipped.js';
import { knownRelatives } from './relatives.js';
import { passagesOf, type Passage } from './passages.js';
import { slotsOf, type Slot } from './query.js';
import {
  jsonSlices,
  parseSlices,
  restoreSearch,
  serialiseSearch,
  yieldToEventLoop,
  type Pause,
  type SerialisedSearch,
} from './serialised.js';
import {
  ANSWER_TYPE_MISS,
  FIELD_BOOST,
  FUZZY_CREDIT,
  fuzziness,
  MIN_CONCEPT_WEIGHT,
  PREFIX_MIN_LENGTH,
  PREFIX_WEIGHT,
  rarity,
  RELATED_CREDIT,
  RELATED_WEIGHT,
  MAX_RELATED,
  SYNONYM_WEIGHT,
  TEXT_FLOOR,
  UNKNOWN_NOUN_MIN_WEIGHT,
} from './thresholds.js';
import { phraseOf, stemsOf, Vocabulary, type Phrase } from './vocabulary.js';

export interface PassageHit {
  passage: Passage;
  /** MiniSearch's BM25+ score, adjusted by coverage and by how much the sentence itself says. */
  score: number;
  /** The score adjusted by coverage only: how well the passage with its note's title and tags matches. */
  noteScore: number;
  /**
   * The score weighed by how close the passage's note is in meaning to the question (see
   * byMeaning); absent when no model of meaning ordered the hits, and the score stands for it.
   */
  weighed?: number;
  /** IDF-weighted share of the question's concepts this passage matches, 0..1. */
  coverage: number;
  /** Summed IDF of the matched concepts. */
  evidence: number;
  /** The share of the question's concepts said in the passage's own sentence, not only in its note's title, questions or tags. */
  textCoverage: number;
  /** Share of the question's concepts matched at all, each counted once whatever its weight. */
  matchedShare: number;
  /** False when the question asks for a kind of thing (a number, a date, a name) its sentence does not say. */
  fitsAnswerType: boolean;
  /**
   * When the question names something the passage does not say: `known` when the knowledge writes
   * that name elsewhere, `unknown` when it never does (a force or place it knows nothing of).
   */
  missedName?: 'known' | 'unknown';
  /** True when the question counts a thing ("how many meals") that the passage and its note never say. */
  missedCounted: boolean;
  /** True when the question names a financial year ("2022/23") or a year to a month ("year ending June 2024") that the passage's note never says. */
  missedPeriod: boolean;
  /**
   * True when the question names a year ("fired in 2012") that neither the passage nor its note
   * matches; the years of a financial year named are judged by `missedPeriod` instead.
   */
  missedYear: boolean;
  /** Indexes (into the question's slots) of the concepts the passage's own sentence says. */
  said: number[];
  /** …and of those the passage or its note says anywhere (its title, tags, other sentences). */
  matched: number[];
}

/** Options that indexing and querying must share (functions are not serialised by toJSON). */
export const MINISEARCH_OPTIONS = {
  idField: 'id',
  fields: ['text', 'title', 'questions', 'tags', 'forces', 'context'],
  tokenize: (text: string) => words(text),
  processTerm: (term: string) => (STOP_WORDS.has(term) ? null : stem(term)),
};

/** A PassageIndex's built state as plain text, for `PassageIndex.restore` in another thread. */
export interface PassageIndexData {
  search: SerialisedSearch;
  /** Slices of JSON of `[stem, passages containing it]` (see `jsonSlices`). */
  documentFrequency: string[];
  /** Stems the knowledge writes only as names (see NameCollector). */
  names: string[];
}

/** What `restore` hands the constructor instead of building. */
interface Restored {
  search: MiniSearch<Passage>;
  documentFrequency: Map<string, number>;
  passages: Map<string, Passage>;
  names: Set<string>;
}

/** Notes split into passages between two pauses of `restore`: about 7 ms of sentence splitting (measured at 100k passages). */
const NOTES_PER_SLICE = 500;

export class PassageIndex {
  readonly vocabulary: Vocabulary;
  private readonly search: MiniSearch<Passage>;
  private readonly passages: Map<string, Passage>;
  private readonly documentFrequency: Map<string, number>;
  /** Stems the knowledge writes only as names, never in lower case (see NameCollector). */
  private readonly names: Set<string>;
  /** Capitalised names in the passages by their initials, built the first time a question needs it. */
  private namesByInitials: Map<string, string[]> | undefined;
  /** Full words for clipped ones ("ops" → "operations"), sorted the first time a question needs it. */
  private clippedWords: ClippedWords | undefined;

  /** Build the index of `knowledge` (all at once: ~10 s at 100k passages). `restored` is for `restore` only. */
  constructor(knowledge: Knowledge, restored?: Restored) {
    this.vocabulary = Vocabulary.of(knowledge);
    if (restored) {
      this.search = restored.search;
      this.documentFrequency = restored.documentFrequency;
      this.passages = restored.passages;
      this.names = restored.names;
      return;
    }
    this.search = new MiniSearch<Passage>(MINISEARCH_OPTIONS);
    this.documentFrequency = new Map();
    this.passages = new Map();
    const passages = passagesOf(knowledge);
    const names = new NameCollector();
    for (const p of passages) {
      this.passages.set(p.id, p);
      names.add(p.text);
      // Every passage of a note carries its questions and tags: read them once, with the first.
      if (p.order === 0) names.addCapitals(p.questions, p.tags);
      for (const s of stemsOf(`${p.text} ${p.title} ${p.questions} ${p.tags}`)) {
        this.documentFrequency.set(s, (this.documentFrequency.get(s) ?? 0) + 1);
      }
    }
    this.search.addAll(passages);
    this.names = names.names();
  }

  /**
   * The index `serialise` wrote for the same knowledge, rebuilt in short steps with `pause`
   * between them, so the thread restoring it keeps serving other work.
   */
  static async restore(
    knowledge: Knowledge,
    data: PassageIndexData,
    pause: Pause = yieldToEventLoop,
  ): Promise<PassageIndex> {
    const passages = new Map<string, Passage>();
    for (let i = 0; i < knowledge.notes.length; i += NOTES_PER_SLICE) {
      await pause();
      for (const p of passagesOf({ ...knowledge, notes: knowledge.notes.slice(i, i + NOTES_PER_SLICE) }))
        passages.set(p.id, p);
    }
    const documentFrequency = new Map<string, number>();
    for await (const [s, n] of parseSlices<[string, number]>(data.documentFrequency, pause))
      documentFrequency.set(s, n);
    const search = await restoreSearch<Passage>(data.search, MINISEARCH_OPTIONS, pause);
    return new PassageIndex(knowledge, { search, documentFrequency, passages, names: new Set(data.names) });
  }

  /** The built state for `restore`: the MiniSearch index and the document frequencies. */
  serialise(): PassageIndexData {
    return {
      search: serialiseSearch(this.search),
      documentFrequency: jsonSlices(this.documentFrequency),
      names: [...this.names],
    };
  }

  get size(): number {
    return this.passages.size;
  }

  /** How specific a stem is in this knowledge (BM25 IDF); unknown stems are the most specific. */
  idf(stemmed: string): number {
    const n = this.passages.size;
    const df = this.documentFrequency.get(stemmed) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the stem occurs somewhere in the indexed passages. */
  knows(stemmed: string): boolean {
    return this.documentFrequency.has(stemmed);
  }

  /**
   * Whether the slot names something: `known` for one word the knowledge only ever writes as a name
   * ("Kent", "Scotland") or that the question uses as one (`usedAsNames`: "the met"), `unknown` for
   * a word it never uses that English only has as a name, that the question uses as one, or that
   * is a rare noun none of whose relatives it uses. Reads the slot as withRelated left it.
   */
  private nameKind(slot: Slot, usedAsNames: ReadonlySet<string>): 'known' | 'unknown' | undefined {
    const stems = slot.alternatives[0]!.stems;
    if (stems.length !== 1) return undefined;
    if (this.knows(stems[0]!)) return this.names.has(stems[0]!) || usedAsNames.has(slot.text) ? 'known' : undefined;
    if (this.knowsAnAlternative(slot)) return undefined;
    // "Ops" is a goddess to WordNet, but to an officer the pack's "operations" (found by withRelated).
    if (slot.clipped) return undefined;
    if (isNameOrOfOne(slot.text) || usedAsNames.has(slot.text)) return 'unknown';
    // A rare thing the knowledge never mentions, nor anything WordNet relates to it ("crossbow",
    // "vaccinations", "decibel"), is not answered by a note that matched the question's other words.
    return slot.related === undefined && isRareNoun(slot.text) ? 'unknown' : undefined;
  }

  /**
   * Passages for a question, best first, each with its coverage of the question. `wanted` is the
   * kind of thing asked for; by default, what the question's own words say (see answerTypeOf).
   */
  find(
    question: string,
    audience: Audience,
    limit = 10,
    wanted: AnswerType | undefined = answerTypeOf(question),
  ): { hits: PassageHit[]; slots: Slot[]; wanted?: AnswerType } {
    const asWords = words(question);
    const slots = withoutDateFraming(
      slotsOf(question, this.vocabulary).map((slot) =>
        this.withRelated(this.withSpelledOut(this.withSectionNumber(slot))),
      ),
      wanted,
      asWords,
    );
    if (slots.length === 0) return { hits: [], slots };
    const framed = framingOnly(slots, wanted);
    const yearsEnding = yearsEndingIn(question);
    const periodWords = new Set(yearsEnding.flatMap((end) => words(end.mention)));
    // "year ending March 2020" is one concept: said by a note that says that period, in any of
    // its ways ("2019/20"), and not by one that says "March 2021" and "2020" elsewhere.
    const ofPeriod = slots.map((slot) => periodWords.size > 0 && slot.text.split(' ').every((x) => periodWords.has(x)));
    const weights = slots.map((slot, i) => (framed[i] ? 0 : this.slotWeight(slot)));
    const subjectSlots = framed.filter((f) => !f).length;
    const total = weights.reduce((a, b) => a + b, 0);
    const usedAsNames = wordsUsedAsNames(asWords);
    const names = new Map(slots.map((slot) => [slot, this.nameKind(slot, usedAsNames)]));
    const namedSlots = indexesWhere(slots, (slot) => usedAsNames.has(slot.text));
    const counted = countedSlot(question, slots);
    const financialYears = financialYearsIn(question);
    const ofFinancialYears = new Set([
      ...financialYears.flatMap((fy) => [String(fy.start), String(fy.end), String(fy.end % 100).padStart(2, '0')]),
      ...yearsEnding.map((end) => String(end.year)),
    ]);
    const asked = contentKey(question);
    const results = this.search.search(toQuery(slots), {
      boost: FIELD_BOOST,
      fuzzy: (term) => fuzziness(term),
    });
    // The best `limit` so far, best first, equal scores in MiniSearch's order (as a stable sort
    // of every result would leave them).
    const hits: PassageHit[] = [];
    if (limit <= 0) return { hits, slots };
    for (const r of results) {
      // Results come best first, and coverage is at most 1 so no adjusted score exceeds its raw
      // score: once a raw score is below the limit-th adjusted score, no later result can get in.
      if (hits.length === limit && r.score < hits[limit - 1]!.score) break;
      // Visibility is checked here, on the few results that can still get in, rather than by a
      // MiniSearch filter on every match (a common word matches a quarter of a large pack).
      const passage = this.passages.get(r.id as string)!;
      if (audience === 'public' && passage.visibility !== 'public') continue;
      // Most questions name no period: the note's whole text is only put together when one does.
      const missed =
        (financialYears.length > 0 || yearsEnding.length > 0) &&
        missedPeriod(`${passage.text} ${passage.context} ${passage.title}`, financialYears, yearsEnding);
      const credits = slots.map((slot, i) =>
        ofPeriod[i] ? { credit: missed ? 0 : 1, ownWords: missed ? 0 : 1 } : slotCredit(slot, r),
      );
      // A word the question uses as a name ("the met") is said only as one: "must be met" is not the Met.
      for (const i of namedSlots)
        if (credits[i]!.credit > 0 && !writesAsAName(passage, slots[i]!)) credits[i] = { credit: 0, ownWords: 0 };
      const matches = credits.map((c) => c.credit);
      const evidence = matches.reduce((sum, m, i) => sum + weights[i]! * m, 0);
      // Whether the question is about this knowledge at all is judged on its own words: related
      // words help find the note, but do not make an unrelated question look answerable.
      const matchedShare = credits.reduce((sum, c, i) => sum + (framed[i] ? 0 : c.ownWords), 0) / subjectSlots;
      const coverage = total > 0 ? evidence / total : 0;
      // Coverage dominates: a passage that answers all of the question beats one that
      // repeats a single word of it many times. Among a note's sentences, which all share its
      // title and tags, the one that says the question's words itself comes first.
      const noteScore = r.score * coverage ** 3;
      // The sentence's own words and its answer type only lower the score: a passage whose note
      // score cannot beat the limit-th hit is skipped before they are looked at.
      if (hits.length === limit && noteScore <= hits[limit - 1]!.score) continue;
      const textMatches = slots.map((slot) => slotCredit(slot, r, 'text').credit);
      const textEvidence = textMatches.reduce((sum, m, i) => sum + weights[i]! * m, 0);
      const textCoverage = total > 0 ? textEvidence / total : 0;
      // "How many…" is answered by a sentence with a number in it, "when did…" by one with a date;
      // but a question the admin wrote on the note as one it answers is answered by it whatever it says.
      const fitsAnswerType =
        wanted === undefined || saysAnswerType(wanted, passage.text, question) || isExampleOf(asked, passage);
      const score =
        noteScore * (TEXT_FLOOR + (1 - TEXT_FLOOR) * textCoverage) * (fitsAnswerType ? 1 : ANSWER_TYPE_MISS);
      let at = hits.length;
      while (at > 0 && hits[at - 1]!.score < score) at--;
      if (at >= limit) continue;
      hits.splice(at, 0, {
        passage,
        score,
        noteScore,
        coverage,
        evidence,
        matchedShare,
        textCoverage,
        fitsAnswerType,
        said: indexesWhere(textMatches, (m) => m > 0),
        matched: indexesWhere(matches, (m) => m > 0),
        missedName: missedName(slots.filter((_, i) => matches[i] === 0).map((slot) => names.get(slot))),
        missedCounted: counted >= 0 && matches[counted] === 0,
        missedYear: slots.some(
          (slot, i) => matches[i] === 0 && slot.text.split(' ').some((w) => isYear(w) && !ofFinancialYears.has(w)),
        ),
        missedPeriod: missed,
      });
      if (hits.length > limit) hits.pop();
    }
    return { hits, slots, wanted };
  }

  /** True when the knowledge uses every word of one of the slot's alternatives. */
  private knowsAnAlternative(slot: Slot): boolean {
    return slot.alternatives.some((alt) => alt.stems.every((s) => this.knows(s)));
  }

  /**
   * "s4a", "s60aa": a section of an Act as officers type it, which the knowledge writes "section
   * 4A" or "s.4A". Only a number with a letter ("4a") is telling alone: legal text numbers its
   * subsections too ("(5) The court may…"), and "section 5" as an alternative matched a "(5)" in a
   * note that names another section (measured: one right answer gained, three right refusals lost).
   */
  private withSectionNumber(slot: Slot): Slot {
    const section = SECTION_REFERENCE.exec(slot.text)?.[1];
    if (!section || this.knowsAnAlternative(slot)) return slot;
    return { ...slot, alternatives: [...slot.alternatives, phraseOf(section)] };
  }

  /**
   * A short word the knowledge never uses may be the initials of a name it does use ("btp" for
   * British Transport Police, "t7" for TASER 7): those names become its alternatives.
   */
  private withSpelledOut(slot: Slot): Slot {
    if (!isInitialism(slot.text) || this.knowsAnAlternative(slot)) return slot;
    const names = (this.namesByInitials ??= initialsIndex(this.passages.values())).get(slot.text) ?? [];
    if (names.length === 0) return slot;
    return { ...slot, alternatives: [...slot.alternatives, ...names.map((n) => phraseOf(n))] };
  }

  /**
   * A word the knowledge never uses may still mean what one of its words means: the full word of
   * a clipped one ("ops" → "operations"), its everyday synonyms and the words derived from it
   * ("died" → "death") that the knowledge does use become its related alternatives, which count
   * for less than the word itself or an admin's synonym. Two of its words written as one
   * ("bodycam") become an alternative, counting in full.
   */
  private withRelated(slot: Slot): Slot {
    if (slot.text.includes(' ') || /\d/.test(slot.text)) return slot;
    // Words the knowledge uses are left as they are: measured, their relatives found more wrong notes than right ones.
    if (this.knowsAnAlternative(slot)) return slot;
    const own = slot.alternatives.map((alt) => alt.stems.join(' '));
    const relatives = knownRelatives(slot.text, (s) => this.knows(s), MAX_RELATED, own).map((r) => r.phrase);
    // A synonym that is the word with a word before it ("cuff" → "handcuff") is the same word
    // clipped, as officers say it: it counts in full, as the word itself would.
    const fuller = relatives.filter((r) => isFullerForm(slot.text, r));
    const related = relatives.filter((r) => !fuller.includes(r));
    const clipped = this.clipped().expand(slot.text);
    if (clipped) related.unshift(clipped);
    // Two words written as one are the same words, not a relative: they count in full.
    const parts = this.compoundParts(slot.text);
    const alternatives = [...slot.alternatives, ...(parts ? [parts] : []), ...fuller];
    return { ...slot, alternatives, ...(related.length > 0 ? { related } : {}), ...(clipped ? { clipped } : {}) };
  }

  /**
   * A word written as one that the knowledge writes as two ("bodycam" for "body cam", "spithood"):
   * the split, from the middle out, whose halves (three letters or more, not stop words) it uses.
   */
  private compoundParts(word: string): Phrase | undefined {
    if (word.length < MIN_COMPOUND_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
    const middle = Math.floor(word.length / 2);
    for (let offset = 0; offset <= middle; offset++) {
      for (const at of [middle - offset, middle + offset]) {
        const [left, right] = [word.slice(0, at), word.slice(at)];
        if (left.length < 3 || right.length < 3 || STOP_WORDS.has(left) || STOP_WORDS.has(right)) continue;
        if (this.knows(stem(left)) && this.knows(stem(right))) return phraseOf(`${left} ${right}`);
      }
    }
    return undefined;
  }

  private clipped(): ClippedWords {
    return (this.clippedWords ??= new ClippedWords(this.documentFrequency));
  }

  /**
   * A concept is as specific as its most common way of saying it. The floor keeps a word that
   * every passage of a small pack contains from counting for nothing.
   */
  private slotWeight(slot: Slot): number {
    const known = slot.alternatives.filter((alt) => alt.stems.every((s) => this.knows(s)));
    // A word no note uses is as specific as a word can be in this pack, unless it is an ordinary
    // English word ("actually", "bloke", "job"): then it says more about how people chat than
    // about what they ask, and weighs as little as its everyday frequency suggests.
    if (known.length === 0) return this.idf('') * unknownWordWeight(slot.text);
    return Math.max(
      MIN_CONCEPT_WEIGHT,
      Math.min(...known.map((alt) => Math.max(...alt.stems.map((s) => this.idf(s))))),
    );
  }

  /** The index as JSON, for caching large packs. */
  toJSON(): unknown {
    return this.search.toJSON();
  }
}

/** Rarer than this many of the commonest English words, a noun names a particular thing. */
const RARE_NOUN_RANK = 30_000;

/**
 * A word of four letters or more that English uses mostly as a noun (WordNet) and rarely (past
 * RARE_NOUN_RANK, or not in the list): "crossbow", "decibel". Shorter words are more often
 * initials WordNet happens to know ("dg", a decigram).
 */
function isRareNoun(word: string): boolean {
  return /^\p{Ll}{4,}$/u.test(word) && (englishRank(word) ?? Infinity) > RARE_NOUN_RANK && mostlyANoun(word);
}

/** True when English (WordNet) uses the word as a noun at least as often as any other way. */
function mostlyANoun(word: string): boolean {
  const usage = partOfSpeechUsage(word);
  return usage.noun > 0 && usage.noun >= Math.max(usage.verb, usage.adj, usage.adv);
}

/**
 * Two to four letters that are no everyday English word ("btp", not "dog"), or letters and a
 * number ("t7"), as initials are typed.
 */
function isInitialism(word: string): boolean {
  return /^[a-z]{1,3}\d{1,2}$/.test(word) || (/^[a-z]{2,4}$/.test(word) && englishRank(word) === undefined);
}

/** Runs of two to four capitalised words (or a capitalised word and a number) by their initials. */
function initialsIndex(passages: Iterable<Passage>): Map<string, string[]> {
  const byInitials = new Map<string, Set<string>>();
  const run = /\b\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|\d{1,2}\b)){1,3}/gu;
  for (const p of passages) {
    for (const text of [p.text, p.title]) {
      for (const m of text.matchAll(run)) {
        const w = m[0].split(/\s+/);
        // Every shorter run inside a longer one too: "the Home Office Taser statistics" holds "Home Office".
        for (let from = 0; from < w.length - 1; from++)
          for (let to = from + 2; to <= w.length; to++) {
            const name = w.slice(from, to);
            const initials = name.map((x) => (/^\d/.test(x) ? x : x[0]!.toLowerCase())).join('');
            const set = byInitials.get(initials) ?? new Set<string>();
            set.add(name.join(' '));
            byInitials.set(initials, set);
          }
      }
    }
  }
  return new Map([...byInitials].map(([k, v]) => [k, [...v]]));
}

/**
 * 0..1: how much an unknown word (or the rarest word of a phrase) weighs, from its rank in everyday
 * English and whether it is mostly a noun.
 */
function unknownWordWeight(text: string): number {
  // A word used mostly as a noun names a thing asked about ("cost", "colour", "battery"), not chat.
  return Math.max(
    ...text.split(' ').map((w) => Math.max(rarity(englishRank(w)), mostlyANoun(w) ? UNKNOWN_NOUN_MIN_WEIGHT : 0)),
  );
}

/** Words after which the words before name a police force ("gwent police", "avon and somerset constabulary"). */
const FORCE_WORDS = new Set(['police', 'constabulary', 'constab']);
/** Below this everyday-English rank, a word before "police" says what kind ("riot police", "traffic police"). */
const RARE_IN_ENGLISH = 15_000;

/**
 * Words a question uses as names by where they stand: before "police" or "constabulary" when rare
 * or unknown in everyday English ("gwent", "midlands", "surrey"; not "riot", "traffic" or
 * "mounted") or when English has them only as verbs ("met police"), and after "the" when English
 * has them only as verbs ("the met"). A word the
 * knowledge never uses is then a name it lacks, as "Kent" is, though English has no such name; one
 * it does use must be said by the answering note.
 */
function wordsUsedAsNames(w: string[]): Set<string> {
  const found = new Set<string>();
  // "The met", "the mets": "the" before a word English has only as a verb makes it a name.
  w.forEach((word, i) => {
    // A gerund after "the" ("the tunnelling offence") is a noun, not a name; so is a verb with its
    // particle ("the follow up", "the bleed on the brain").
    if (i > 0 && w[i - 1] === 'the' && onlyAVerb(word) && !PARTICLES.has(w[i + 1] ?? '')) found.add(word);
  });
  w.forEach((word, i) => {
    if (!FORCE_WORDS.has(word)) return;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (w[j] === 'and') continue;
      const rank = englishRank(w[j]!);
      // A code ("s50 police reform act") is no name; a verb form is ("met police").
      const common = rank !== undefined && rank < RARE_IN_ENGLISH && !onlyAVerb(w[j]!);
      if (common || !/^\p{L}+$/u.test(w[j]!)) break;
      found.add(w[j]!);
    }
  });
  return found;
}

/** Words that make a verb before them a phrasal noun ("the follow up", "the run in"). */
const PARTICLES = new Set(['up', 'on', 'off', 'out', 'in', 'down', 'over', 'back', 'through', 'away', 'of', 'to']);

/** A word English has only as a verb ("met", "mets"), and not a gerund ("tunnelling"). */
function onlyAVerb(word: string): boolean {
  if (!/^\p{L}{3,}$/u.test(word) || word.endsWith('ing')) return false;
  const usage = partOfSpeechUsage(word.replace(/s$/, ''));
  return usage.noun === 0 && usage.adj === 0 && usage.verb > 0;
}

/**
 * Verbs that only frame a date question ("when did the ban start", "when did it kick in"): the
 * sentence that answers gives the date ("From 24 September it is illegal…") and rarely the verb.
 * Dropped when other words are left to say what the question is about. ("Come in" stays: notes
 * say "come into force", and measured on the packs, dropping it lost as much as it gained.)
 */
const DATE_FRAMING = new Set(
  `start starts started starting begin begins began begun commence commenced commencing`.split(/\s+/),
);

/** …and a phrasal verb that ends the question ("when did the test kick in"). */
const DATE_FRAMING_LAST = new Set(['kick', 'kicked']);

/**
 * Words that only frame a penalty question ("max sentence for…", "penalty for…"): the answer type
 * already asks for a sentence that gives a penalty, so what the penalty is for must be matched
 * on its own. Counted, "max sentence for coercive control" was answered with the penalty for
 * another offence, as the two frame words were most of the question.
 */
const PENALTY_FRAMING = new Set(
  `max maximum min minimum sentence sentences penalty penalties punishment jail prison imprisonment fine fines`.split(
    /\s+/,
  ),
);

/**
 * Which slots only frame the question (see PENALTY_FRAMING): they still find passages, but weigh
 * nothing in its coverage nor in how much of it a passage says. None when nothing else is asked.
 */
function framingOnly(slots: Slot[], wanted: AnswerType | undefined): boolean[] {
  const framing = slots.map(
    (slot) => wanted === 'penalty' && slot.text.split(' ').every((x) => PENALTY_FRAMING.has(x)),
  );
  return framing.every(Boolean) ? framing.map(() => false) : framing;
}

function withoutDateFraming(slots: Slot[], wanted: AnswerType | undefined, w: string[]): Slot[] {
  if (wanted !== 'date') return slots;
  const phrasal = w.at(-1) === 'in' && DATE_FRAMING_LAST.has(w.at(-2) ?? '') ? w.at(-2) : undefined;
  const kept = slots.filter((slot) => !slot.text.split(' ').every((x) => DATE_FRAMING.has(x) || x === phrasal));
  return kept.length > 0 ? kept : slots;
}

/**
 * True when the note never says a period the question names: a financial year ("2022/23"), or the
 * twelve months to a month ("year ending June 2024"), said by that month ("30 June 2024"), or, when
 * the month is March, as the financial year it ends.
 */
function missedPeriod(said: string, financialYears: FinancialYear[], yearsEnding: YearEnding[]): boolean {
  return (
    financialYears.some((fy) => !saysFinancialYear(said, fy)) ||
    yearsEnding.some(
      (end) =>
        !saysMonthOf(said, end) &&
        !(end.month === MARCH && saysFinancialYear(said, { start: end.year - 1, end: end.year })),
    )
  );
}

/**
 * True when the passage (its sentence, note, title, tags or forces) writes one of the slot's
 * alternatives with a capital, as a name is written ("the Met", "MPS"), not only in lower case.
 */
function writesAsAName(passage: Passage, slot: Slot): boolean {
  const said = `${passage.text} ${passage.context} ${passage.title} ${passage.tags} ${passage.forces}`;
  return slot.alternatives.some((alt) => {
    const first = alt.words[0];
    if (first === undefined || !/^[\p{L}\d]+$/u.test(first)) return false;
    return [...said.matchAll(new RegExp(`(?<![\\p{L}\\d])${first}`, 'giu'))].some((m) => /^\p{Lu}/u.test(m[0]));
  });
}

/** The month UK financial years end in (0 for January). */
const MARCH = 2;

/** The more telling of the names a passage misses: one the knowledge never mentions at all. */
function missedName(kinds: ('known' | 'unknown' | undefined)[]): 'known' | 'unknown' | undefined {
  return kinds.includes('unknown') ? 'unknown' : kinds.includes('known') ? 'known' : undefined;
}

function indexesWhere<T>(items: T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []));
}

/** A section of an Act written as one word, its number with a letter: "s4a", "s60aa", "sec2a" (not "s5"). */
const SECTION_REFERENCE = /^(?:s|ss|sec|sect)(\d+[a-z]{1,2})$/;

/** Shortest word looked at as two written together ("bodycam"). */
const MIN_COMPOUND_LENGTH = 6;

/** A question's content words as a key: the same question however it is worded around them or ordered. */
function contentKey(question: string): string {
  return [...stemsOf(question)].sort().join(' ');
}

/**
 * True when `asked` (a contentKey) is one of the example questions of the passage's note: the
 * admin wrote that the note answers it, and the suggestions offer it to be asked word for word.
 */
function isExampleOf(asked: string, passage: Passage): boolean {
  return asked !== '' && exampleKeys(passage.questions).has(asked);
}

/** Example questions' content keys, by a note's joined questions: every passage of a note shares them. */
const EXAMPLE_KEYS = new Map<string, Set<string>>();
const MAX_EXAMPLE_KEYS = 10_000;

function exampleKeys(questions: string): Set<string> {
  let keys = EXAMPLE_KEYS.get(questions);
  if (!keys) {
    keys = new Set(questions.split(' \n ').map(contentKey));
    if (EXAMPLE_KEYS.size >= MAX_EXAMPLE_KEYS) EXAMPLE_KEYS.clear();
    EXAMPLE_KEYS.set(questions, keys);
  }
  return keys;
}

/** OR of concepts, each an OR of its alternatives (multi-word alternatives need all their words). */
function toQuery(slots: Slot[]): Query {
  return { combineWith: 'OR', queries: slots.map((slot, s) => slotQuery(slot, s === slots.length - 1)) };
}

function slotQuery(slot: Slot, last: boolean): Query {
  const alternatives: Query[] = slot.alternatives.map((alt, i) => ({
    combineWith: 'AND',
    queries: [alt.words.join(' ')],
    // A multi-word synonym should not outweigh the one word it stands for.
    boostTerm: () => (i === 0 ? 1 : SYNONYM_WEIGHT) / Math.max(1, alt.stems.length),
  }));
  for (const alt of slot.related ?? [])
    alternatives.push({
      combineWith: 'AND',
      queries: [alt.words.join(' ')],
      fuzzy: false,
      boostTerm: () => RELATED_WEIGHT / Math.max(1, alt.stems.length),
    });
  if (last && isPrefixable(slot)) alternatives.push(prefixQuery(slot));
  return { combineWith: 'OR', queries: alternatives };
}

/** The last word may be half-typed ("what voltag"): it is also searched unstemmed, as a prefix. */
function isPrefixable(slot: Slot): boolean {
  return !slot.text.includes(' ') && slot.text.length >= PREFIX_MIN_LENGTH;
}

function prefixQuery(slot: Slot): Query {
  return {
    queries: [slot.text],
    prefix: true,
    fuzzy: false,
    processTerm: (t: string) => t,
    boostTerm: () => PREFIX_WEIGHT,
  };
}

/** How much of a concept a passage says. */
interface SlotCredit {
  /**
   * 1 when the passage says the concept (or an admin's synonym), FUZZY_CREDIT when only a
   * near-spelling or a half-typed last word matched, RELATED_CREDIT when only an everyday relative
   * of it did, else 0.
   */
  credit: number;
  /** The same without everyday relatives: what the question's own words match. */
  ownWords: number;
}

/** How much of the concept the passage says (see SlotCredit). With `field`, only what that field says counts. */
function slotCredit(slot: Slot, result: SearchResult, field?: string): SlotCredit {
  const queried = new Set(result.queryTerms);
  const present = new Set(field ? result.terms.filter((t) => result.match[t]?.includes(field)) : result.terms);
  let credit = 0;
  for (const alt of slot.alternatives) {
    if (!alt.stems.every((s) => queried.has(s))) continue;
    if (alt.stems.every((s) => present.has(s))) return { credit: 1, ownWords: 1 };
    // Near-spellings match document terms other than the query's own: count one if the field has one.
    if (!field || [...present].some((t) => !queried.has(t))) credit = FUZZY_CREDIT;
  }
  if (credit > 0) return { credit, ownWords: credit };
  // A half-typed last word counts like a near-spelling.
  const prefix = isPrefixable(slot) && queried.has(slot.text) ? FUZZY_CREDIT : 0;
  // A related word (an everyday synonym or a derived form) counts for part of the word itself.
  const related = (slot.related ?? []).some((alt) => alt.stems.every((s) => queried.has(s) && present.has(s)));
  if (!related) return { credit: prefix, ownWords: prefix };
  // A clipped word's full word (one of the related) is the question's own word, written out.
  // (Checked only once a relative is said: this runs for every slot of every result.)
  const clipped = slot.clipped?.stems.every((s) => queried.has(s) && present.has(s)) ?? false;
  return { credit: RELATED_CREDIT, ownWords: clipped ? 1 : prefix };
}

/** Shortest first part of a word a clipped one ends ("hand" of "handcuff"). */
const MIN_CLIPPED_START = 3;

/** True when `relative` is one word that ends with `word`'s stem after a start of its own ("handcuff" for "cuffed"). */
function isFullerForm(word: string, relative: Phrase): boolean {
  if (relative.words.length !== 1) return false;
  const own = stem(word);
  const full = relative.stems[0]!;
  return full.length >= own.length + MIN_CLIPPED_START && full.endsWith(own);
}

/** Index of the slot holding what a "how many…" question counts, or -1 (see countedWord). */
function countedSlot(question: string, slots: Slot[]): number {
  const counted = countedWord(question);
  return counted === undefined ? -1 : slots.findIndex((slot) => slot.text.split(' ').includes(counted));
}
