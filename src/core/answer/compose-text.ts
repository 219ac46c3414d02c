// Builds a text answer from the best passages: their own words, each with its citation,
// or nothing when no passage covers enough of the question to be trusted.
import type { Confidence, Knowledge, Note } from '../types.js';
import type { PassageHit } from '../search/passage-index.js';
import type { AnswerType } from '../text/answer-type.js';
import {
  FULL_MATCH,
  MAX_PASSAGES,
  MIN_COVERAGE,
  MIN_MATCHED_SHARE,
  TENTATIVE_COVERAGE,
  TENTATIVE_MATCHED_SHARE,
  RELATIVE_SCORE_FOR_FULL_MATCH,
  RELATIVE_SCORE_FOR_MORE,
  RELATIVE_WEIGHT_FOR_SURE,
} from '../search/thresholds.js';
import type { CitationBook } from './citations.js';
import { noteSentences } from '../search/passages.js';
import { leansOnPrevious, pointsForward } from '../text/english.js';

export interface TextAnswer {
  answered: boolean;
  /** `tentative` when only a near match was found: one sentence of the best note, said to be unsure. */
  confidence: Confidence;
  text: string;
  /** Notes quoted, for "due for review" notices. */
  notes: Note[];
}

const NO_ANSWER: TextAnswer = { answered: false, confidence: 'tentative', text: '', notes: [] };

/** A number, a share, a date, an amount of money, a length of time, an age or a penalty: asked for, it must be said or refused. */
const FIGURE_TYPES = new Set<AnswerType>([
  'number',
  'share',
  'frequency',
  'date',
  'money',
  'duration',
  'age',
  'penalty',
  'provision',
]);

/** A hit's score weighed by closeness in meaning, or its own score when no model ordered the hits. */
function weighed(hit: PassageHit): number {
  return hit.weighed ?? hit.score;
}

function wantsAFigure(wanted: AnswerType | undefined): boolean {
  return wanted !== undefined && FIGURE_TYPES.has(wanted);
}

/** True when a hit is good enough to show as an answer. */
export function trustworthy(hit: PassageHit): boolean {
  return (
    hit.coverage >= MIN_COVERAGE &&
    hit.matchedShare >= MIN_MATCHED_SHARE &&
    saysItsYears(hit) &&
    !hit.missedName &&
    !hit.missedCounted
  );
}

/**
 * A question that names a year is about that year: a note that never says it is about another
 * one, however well its other words match ("fired in 2012" is not answered by a 2019 sentence).
 * A financial year ("2022/23") is said as such or by the year it ends in, not by its first year
 * alone ("as at 31 March 2022" is the year before). So with a name (a word the knowledge only
 * writes with a capital: a force, place or product): "how many Taser officers has Kent got" is not
 * answered for sure by a sentence that does not say Kent. A tentative answer, already said to be unsure, is held to the year and to names the
 * knowledge never mentions at all; holding it to names the knowledge does use elsewhere lost more
 * right answers than it gained right refusals.
 */
function saysItsYears(hit: PassageHit): boolean {
  return !hit.missedYear && !hit.missedPeriod;
}

/**
 * Another note that covers the whole question as well as the best one is worth quoting even at a
 * lower score. (Within one note every passage shares the title and example questions, so there
 * only the score decides.)
 */
function fullMatchToo(hit: PassageHit, best: PassageHit): boolean {
  return (
    hit.passage.noteId !== best.passage.noteId &&
    hit.coverage >= FULL_MATCH &&
    hit.coverage >= best.coverage &&
    hit.score >= best.score * RELATIVE_SCORE_FOR_FULL_MATCH
  );
}

/**
 * Quote the best notes, each led by its sentence that best answers the question; a further
 * sentence of the same note follows only when it says something of the question the lead does not.
 * `namedForces` (ids of the forces the question names, none by default) keeps out notes about
 * other forces only; `wanted` (none by default) is the kind of thing the question asks for.
 */
export function composeText(
  found: PassageHit[],
  knowledge: Knowledge,
  book: CitationBook,
  namedForces: readonly string[] = [],
  wanted?: AnswerType,
): TextAnswer {
  const hits = found.filter((hit) => aboutNamedForces(hit, namedForces, knowledge));
  const best = hits.find((h) => trustworthy(h) && weighed(h) >= weighed(hits[0]!) * RELATIVE_WEIGHT_FOR_SURE);
  if (!best) return tentative(hits[0], knowledge, book, wanted);
  // "How many…" or "when did…" with no trusted sentence giving a number or a date: the notes on the
  // topic do not hold the figure asked for, and quoting them would look like an answer. (A "who"
  // question may be answered by a role as well as a name, so it is not held to this.)
  // Other notes are quoted beside the best sentence that gives the figure asked for, not beside a
  // higher-scoring one that gives none ("min sentence" is answered by the sentence with the term).
  const anchor = wantsAFigure(wanted) ? hits.find((h) => trustworthy(h) && h.fitsAnswerType) : best;
  if (!anchor) return NO_ANSWER;
  const byNote = new Map<string, PassageHit[]>();
  for (const hit of hits.filter(trustworthy))
    byNote.set(hit.passage.noteId, [...(byNote.get(hit.passage.noteId) ?? []), hit]);

  const notes = notesById(knowledge);
  const picked: { note: Note; snippet: string; lead: PassageHit }[] = [];
  let budget = MAX_PASSAGES;
  for (const [noteId, noteHits] of byNote) {
    const lead = noteHits[0]!;
    if (budget === 0) break;
    if (
      lead !== best &&
      lead !== anchor &&
      !(lead.score >= anchor.score * RELATIVE_SCORE_FOR_MORE || fullMatchToo(lead, anchor))
    )
      continue;
    // One passage stays kept for the note whose sentence gives the figure asked for, until it is
    // quoted: the notes before it must not crowd out the one sentence that answers.
    const anchorWaiting = noteId !== anchor.passage.noteId && !picked.some((p) => p.note.id === anchor.passage.noteId);
    const room = anchorWaiting ? budget - 1 : budget;
    if (room === 0) continue;
    const chosen = [lead, ...alongside(lead, noteHits.slice(1), anchor)].slice(0, room);
    const note = notes.get(noteId)!;
    const texts = noteSentences(note);
    const orders = withDependents(
      chosen.map((h) => h.passage.order),
      texts,
      room,
    );
    budget -= orders.length;
    picked.push({ note, snippet: quoted(orders, texts), lead });
  }
  // The answer leads with the note whose own sentence says most of the question: a short note
  // can outscore it on its title and tags while its sentence says little of what was asked.
  // Ties keep the score order; citations are numbered in the order shown.
  // A note whose sentence gives the kind of thing asked for (a number, a date) leads all the same.
  picked.sort(
    (a, b) =>
      Number(b.lead.fitsAnswerType) - Number(a.lead.fitsAnswerType) || b.lead.textCoverage - a.lead.textCoverage,
  );
  const parts = picked.map(({ note, snippet }) => `${snippet} [${book.note(note, snippet)}]`);
  return { answered: true, confidence: 'sure', text: parts.join('\n'), notes: picked.map((p) => p.note) };
}

/**
 * A question that names forces is not answered from a note about other forces only: "when did
 * Kent switch to PAVA" is not answered by Gloucestershire's switch. Notes about no force in
 * particular still answer it.
 */
function aboutNamedForces(hit: PassageHit, namedForces: readonly string[], knowledge: Knowledge): boolean {
  if (namedForces.length === 0) return true;
  const forces = notesById(knowledge).get(hit.passage.noteId)?.forces ?? [];
  return forces.length === 0 || forces.some((id) => namedForces.includes(id));
}

/** Knowledge is never changed once loaded, so each one's notes are looked up by id from one Map. */
const NOTES_BY_ID = new WeakMap<Knowledge, Map<string, Note>>();

export function notesById(knowledge: Knowledge): Map<string, Note> {
  let notes = NOTES_BY_ID.get(knowledge);
  if (!notes) {
    notes = new Map(knowledge.notes.map((n) => [n.id, n]));
    NOTES_BY_ID.set(knowledge, notes);
  }
  return notes;
}

/**
 * When no passage is close enough to be sure of, but the best one is near (it matches much of
 * the question), its sentence alone is offered as possibly what the asker needs; else nothing.
 * Near is not enough when it misses what the question counts ("how many meals") or, asked for a
 * number, a date or a price, says none or misses a name the question gives.
 */
function tentative(
  top: PassageHit | undefined,
  knowledge: Knowledge,
  book: CitationBook,
  wanted?: AnswerType,
): TextAnswer {
  if (
    !top ||
    (wantsAFigure(wanted) && !top.fitsAnswerType) ||
    !saysItsYears(top) ||
    top.missedName === 'unknown' ||
    // A figure about another named thing is never offered as the one asked, even unsure.
    (wantsAFigure(wanted) && top.missedName !== undefined) ||
    top.missedCounted ||
    top.coverage < TENTATIVE_COVERAGE ||
    top.matchedShare < TENTATIVE_MATCHED_SHARE ||
    top.said.length === 0
  ) {
    return NO_ANSWER;
  }
  const note = notesById(knowledge).get(top.passage.noteId)!;
  // Quoted with the sentence it leans on or announces ("…the principles that victims require—"),
  // as a sure answer is, so an unsure answer is never cut from what it is about.
  const texts = noteSentences(note);
  const snippet = quoted(withDependents([top.passage.order], texts, MAX_PASSAGES), texts);
  const n = book.note(note, snippet);
  return { answered: true, confidence: 'tentative', text: `${snippet} [${n}]`, notes: [note] };
}

/**
 * The chosen sentences (by position, lead first) with the sentences they cannot be read without:
 * a chosen sentence that opens by pointing back ("This is where…", "They…") brings the one before
 * it, placed before it, and a sentence right after a chosen one that points back to it (or that
 * the chosen one announces, "…for the following reasons.") comes along, while the budget lasts.
 * The lead stays first unless it needs the sentence before it.
 */
function withDependents(chosen: number[], texts: string[], budget: number): number[] {
  const lead = chosen[0]!;
  const taken = new Set(chosen.slice(0, budget));
  const head = leansOnPrevious(texts[lead]!) && lead > 0 && taken.size < budget ? [lead - 1, lead] : [lead];
  for (const o of head) taken.add(o);
  // In order, and on from each sentence brought along, so a list goes on item by item.
  const queue = [...taken].sort((a, b) => a - b);
  for (let i = 0; i < queue.length && taken.size < budget; i++) {
    const o = queue[i]!;
    if (o + 1 < texts.length && !taken.has(o + 1) && (leansOnPrevious(texts[o + 1]!) || pointsForward(texts[o]!))) {
      taken.add(o + 1);
      queue.splice(i + 1, 0, o + 1);
    }
  }
  const rest = [...taken].filter((o) => !head.includes(o)).sort((a, b) => a - b);
  return [...head, ...rest];
}

/**
 * The sentences at `orders` as one quotation: sentences that follow each other in the note are
 * joined as written (a list keeps its lines), and a gap or a step back is marked " … ", so a
 * reader never takes two sentences apart for one passage of the source.
 */
function quoted(orders: number[], texts: string[]): string {
  return orders
    .map((o, i) => {
      if (i === 0) return texts[o]!;
      const previous = orders[i - 1]!;
      if (o !== previous + 1) return ` … ${texts[o]!}`;
      return `${texts[previous]!.includes('\n') || texts[o]!.includes('\n') ? '\n' : ' '}${texts[o]!}`;
    })
    .join('');
}

/**
 * The other sentences of the lead's note worth quoting with it: those that say a concept of the
 * question the sentences before did not, and those that say some of it and score nearly as well.
 * A sentence that says none of the question itself (it matched only through the note's title or
 * tags) never comes along.
 */
function alongside(lead: PassageHit, others: PassageHit[], best: PassageHit): PassageHit[] {
  const said = new Set(lead.said);
  const chosen: PassageHit[] = [];
  for (const hit of others) {
    if (hit.said.length === 0) continue;
    const adds = hit.said.some((slot) => !said.has(slot));
    if (!adds && hit.noteScore < best.noteScore * RELATIVE_SCORE_FOR_MORE) continue;
    for (const slot of hit.said) said.add(slot);
    chosen.push(hit);
  }
  return chosen;
}
