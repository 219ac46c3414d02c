// Reads a question for figures: which forces or regions, which metrics, which periods, and
// what shape of answer (single, comparison, ranking, trend). All names come from the knowledge.
import type { Force, Knowledge, Metric } from '../types.js';
import { normalise, words } from '../text/normalise.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { STOP_WORDS, stem } from '../text/terms.js';
import { englishRank } from '../text/english.js';
import { isProperNoun } from '../text/wordnet.js';
import { CUE_WORDS, intentOf, type FigureIntent } from './intent.js';
import { PERIOD_WORDS, periodsIn, type PeriodFilter } from './periods.js';

/** Stemmed metric terms shorter than this ("aim", "arc", "fire", "drawn") must be typed exactly. */
const METRIC_TYPO_MIN_LENGTH = 6;

export interface FigureQuestion {
  forces: Force[];
  regions: string[];
  /** Areas of national totals named ("England and Wales"). */
  areas: string[];
  metrics: Metric[];
  periods: PeriodFilter;
  intent: FigureIntent;
  /** Words that look like a place the knowledge does not know ("Essex"). */
  unknownSubjects: string[];
  /** Content words that figures do not explain: many of them mean a policy question. */
  leftover: string[];
}

/** Word-level facts about the knowledge the parser needs from the search index. */
export interface WordFacts {
  /** The stem appears in the knowledge's notes or synonyms. */
  known(stemmed: string): boolean;
  /** The stem is so common in the notes that it says nothing (e.g. the device's name). */
  ubiquitous(stemmed: string): boolean;
}

const PLACE_PREPOSITIONS = new Set(['in', 'for', 'at', 'by', 'from']);

/** Commoner than this in everyday English, a word after "in" or "for" is no place ("in someones house"). */
const EVERYDAY_RANK = 5000;

/**
 * A common English word that is no proper noun, or its possessive typed without the apostrophe
 * ("someones", "peoples"): after "in" it is no force or place the knowledge lacks, as "Gotham" is.
 */
function isEverydayWord(word: string): boolean {
  if (isProperNoun(word)) return false;
  const base = word.endsWith('s') ? word.slice(0, -1) : word;
  return [word, base].some((w) => (englishRank(w) ?? Infinity) <= EVERYDAY_RANK && !isProperNoun(w));
}

/** Matchers for the names and terms of one knowledge pack; build once per pack. */
export class FigureVocabulary {
  private readonly forces = new PhraseMatcher<Force>();
  private readonly regions = new PhraseMatcher<string>();
  private readonly areas = new PhraseMatcher<string>();
  /** Metric terms match stemmed, with one typo only in stems of six letters or more ("dischages", not "armed"). */
  private readonly metrics = new PhraseMatcher<{ metric: Metric; direct: boolean }>(stem, METRIC_TYPO_MIN_LENGTH);

  constructor(knowledge: Knowledge, facts: WordFacts) {
    for (const force of knowledge.forces.values()) {
      const names = new Set([force.name, force.id, ...force.aliases].map((n) => words(n).join(' ')));
      for (const prefix of namePrefixes(force, knowledge, facts)) names.add(prefix);
      for (const name of names) for (const form of possessives(name)) this.forces.add(form.split(' '), force);
      if (force.region)
        for (const form of possessives(words(force.region).join(' '))) this.regions.add(form.split(' '), force.region);
    }
    for (const total of knowledge.totals) {
      if (total.scope !== 'national') continue;
      for (const form of possessives(words(total.area).join(' '))) this.areas.add(form.split(' '), total.area);
    }
    for (const metric of knowledge.metrics.values()) {
      const own = new Set(metric.terms.map((t) => normalise(t)));
      // A synonym of a metric term names the metric too ("deployed" when "fired" is a term),
      // but only where no metric has the word as its own term.
      const viaSynonym = new Set<string>();
      for (const group of knowledge.synonyms) {
        const normalisedGroup = group.map(normalise);
        if (normalisedGroup.some((t) => own.has(t)))
          normalisedGroup.filter((t) => !own.has(t)).forEach((t) => viaSynonym.add(t));
      }
      for (const phrase of own) this.metrics.add(phrase.split(' '), { metric, direct: true });
      for (const phrase of viaSynonym) this.metrics.add(phrase.split(' '), { metric, direct: false });
    }
  }

  /** The question's words with every force name taken out (for follow-up questions). */
  withoutForces(question: string): string {
    const w = words(question);
    const drop = new Set(this.forces.find(w).flatMap((m) => Array.from({ length: m.length }, (_, i) => m.start + i)));
    return w.filter((_, i) => !drop.has(i)).join(' ');
  }

  parse(question: string, facts: WordFacts): FigureQuestion {
    const normalised = normalise(question);
    const w = normalised ? normalised.split(' ') : [];
    const used = new Array<boolean>(w.length).fill(false);
    const take = <T>(matches: { value: T; start: number; length: number }[]): T[] => {
      const values: T[] = [];
      const claimed = new Set<string>();
      for (const m of matches) {
        const span = `${m.start}:${m.length}`;
        if (!claimed.has(span) && used.slice(m.start, m.start + m.length).some(Boolean)) continue;
        claimed.add(span);
        for (let i = m.start; i < m.start + m.length; i++) used[i] = true;
        if (!values.includes(m.value)) values.push(m.value);
      }
      return values;
    };
    const areas = take(this.areas.find(w));
    // "West Midlands" names a force and a region: "region" or "total" in the question means the region.
    // But a region inside a longer force name is that force: "South Wales total" is not Wales's.
    const regionFirst = /\b(regions?|regional|total|totals)\b/.test(normalised);
    const forceMatches = this.forces.find(w);
    const insideAForce = (m: { start: number; length: number }) =>
      forceMatches.some((f) => f.length > m.length && f.start <= m.start && f.start + f.length >= m.start + m.length);
    const early = regionFirst ? take(this.regions.find(w).filter((m) => !insideAForce(m))) : [];
    const forces = take(forceMatches);
    const regions = regionFirst ? early : take(this.regions.find(w));
    const metrics = [...new Set(take(preferDirect(this.metrics.find(w))).map((m) => m.metric))];

    const original = question.split(/\s+/).map((x) => x.replace(/[^\p{L}\p{N}]/gu, ''));
    const leftover: string[] = [];
    const unknownSubjects: string[] = [];
    w.forEach((word, i) => {
      if (used[i] || STOP_WORDS.has(word) || CUE_WORDS.has(word) || PERIOD_WORDS.has(word) || /^\d/.test(word)) return;
      const s = stem(word);
      if (facts.ubiquitous(s) || CUE_WORDS.has(s)) return;
      const asWritten = original.find((o) => normalise(o) === word) ?? word;
      const capitalised = /^\p{Lu}/u.test(asWritten);
      const placed = PLACE_PREPOSITIONS.has(w[i - 1] ?? '') && !isEverydayWord(word);
      if (!facts.known(s) && (capitalised || placed)) unknownSubjects.push(asWritten);
      else leftover.push(word);
    });

    const intent = intentOf(normalised);
    const periods = periodsIn(question);
    // "How many times was Taser drawn in total": a metric's total for no force, region or area
    // named, and no ranking or comparison asked, is the national total.
    const nowhere = forces.length + regions.length + areas.length === 0;
    if (intent.total && nowhere && metrics.length > 0 && !intent.ranking && !intent.comparison) intent.national = true;
    // "Over the last 3 years" asks for those years side by side.
    if (periods.lastYears) intent.trend = true;
    return {
      forces,
      regions,
      areas,
      metrics,
      periods,
      intent,
      unknownSubjects,
      leftover,
    };
  }
}

/**
 * Leading words of a force's name that name no other force ("Fjord" for "Fjord Police"), so
 * people need not type the whole official name. A one-word prefix must not be an ordinary word of
 * the notes, or "city" in a policy question would be taken for "City of London Police".
 */
function namePrefixes(force: Force, knowledge: Knowledge, facts: WordFacts): string[] {
  const own = words(force.name);
  const others = [...knowledge.forces.values()].filter((f) => f.id !== force.id).map((f) => words(f.name).join(' '));
  const prefixes: string[] = [];
  for (let length = 1; length < own.length; length++) {
    const prefix = own.slice(0, length);
    const text = prefix.join(' ');
    if (prefix.some((w) => STOP_WORDS.has(w))) break;
    if (others.some((o) => o === text || o.startsWith(`${text} `))) continue;
    if (length === 1 && facts.known(stem(prefix[0]!))) continue;
    prefixes.push(text);
  }
  return prefixes;
}

/**
 * A name and its possessive as normalised text writes it: "kent" and "kents" (from "Kent's" or
 * "Kents"), "the met" and "the mets". Normalising drops the apostrophe, so both spellings meet here.
 */
function possessives(name: string): string[] {
  return name.endsWith('s') ? [name] : [name, `${name}s`];
}

/** Where a word is some metric's own term, metrics that only have it as a synonym step aside. */
function preferDirect<T extends { direct: boolean }>(
  matches: { value: T; start: number; length: number }[],
): { value: T; start: number; length: number }[] {
  const directSpans = new Set(matches.filter((m) => m.value.direct).map((m) => `${m.start}:${m.length}`));
  return matches.filter((m) => m.value.direct || !directSpans.has(`${m.start}:${m.length}`));
}

/** Is this a question for figures rather than for policy text? */
export function wantsFigures(q: FigureQuestion): boolean {
  const onlyNames = q.forces.length > 0 && q.leftover.length === 0 && q.unknownSubjects.length === 0;
  const aboutFigures =
    q.metrics.length > 0 ||
    q.intent.asksForFigures ||
    q.areas.length > 0 ||
    (q.intent.ranking && q.regions.length > 0) ||
    q.forces.length >= 2 ||
    onlyNames ||
    (q.forces.length > 0 && (q.intent.comparison || q.intent.trend));
  const aboutWhom =
    q.forces.length > 0 ||
    q.regions.length > 0 ||
    q.areas.length > 0 ||
    q.intent.national ||
    q.intent.ranking ||
    q.intent.comparison ||
    q.unknownSubjects.length > 0;
  // One unexplained word is tolerated only when a metric was named ("fired" + "often").
  const allowedLeftover = q.metrics.length > 0 ? 1 : 0;
  // "Why were the dogs retired" asks for a reason: the notes may give one, a count never does.
  return aboutFigures && aboutWhom && !q.intent.reason && q.leftover.length <= allowedLeftover;
}
