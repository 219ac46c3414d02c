// Builds a text answer from the best passages: their own words, each with its citation,
// or nothing when no passage covers enough of the question to be trusted.
import type { Knowledge, Note } from '../types.js';
import type { PassageHit } from '../search/passage-index.js';
import {
  FULL_MATCH,
  MAX_PASSAGES,
  MIN_COVERAGE,
  RELATIVE_SCORE_FOR_FULL_MATCH,
  RELATIVE_SCORE_FOR_MORE,
} from '../search/thresholds.js';
import type { CitationBook } from './citations.js';

export interface TextAnswer {
  answered: boolean;
  text: string;
  /** Notes quoted, for "due for review" notices. */
  notes: Note[];
}

/** True when a hit is good enough to show as an answer. */
export function trustworthy(hit: PassageHit): boolean {
  return hit.coverage >= MIN_COVERAGE;
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

/** Quote the best passages, grouped by note in reading order, with citation markers. */
export function composeText(hits: PassageHit[], knowledge: Knowledge, book: CitationBook): TextAnswer {
  const best = hits.find(trustworthy);
  if (!best) return { answered: false, text: '', notes: [] };
  const chosen = hits
    .filter((h) => trustworthy(h) && (h.score >= best.score * RELATIVE_SCORE_FOR_MORE || fullMatchToo(h, best)))
    .slice(0, MAX_PASSAGES);

  // Keep notes in rank order, and sentences within a note in the note's own order.
  const byNote = new Map<string, PassageHit[]>();
  for (const hit of chosen) byNote.set(hit.passage.noteId, [...(byNote.get(hit.passage.noteId) ?? []), hit]);
  const notes = new Map(knowledge.notes.map((n) => [n.id, n]));
  const parts: string[] = [];
  const quoted: Note[] = [];
  for (const [noteId, noteHits] of byNote) {
    const note = notes.get(noteId)!;
    const snippet = noteHits
      .sort((a, b) => a.passage.order - b.passage.order)
      .map((h) => h.passage.text)
      .join(' ');
    const n = book.note(note, snippet);
    parts.push(`${snippet} [${n}]`);
    quoted.push(note);
  }
  return { answered: true, text: parts.join('\n'), notes: quoted };
}
