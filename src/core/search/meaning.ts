// Orders the notes a search found by how close each is in meaning to the question, so that a note
// saying the same thing in other words ("do a runner" / "disappearance") can lead.
import type { Note } from '../types.js';
import type { PassageHit } from './passage-index.js';
import { MEANING_WEIGHT } from './thresholds.js';

/** Turns texts into unit-length vectors whose dot product is their closeness in meaning. */
export interface SentenceEncoder {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * The search's hits in a new order: each hit's score is weighed by how much less close its note
 * is to the question than the closest note found, `exp(MEANING_WEIGHT × (closeness − best))`.
 * Only the order changes: every hit keeps its own score, so how sure the answer is and which
 * other notes are worth quoting with it are judged as before, on the question's words.
 * A note's closeness is that of its text nearest the question (see closenessTexts).
 */
export async function byMeaning(
  question: string,
  hits: PassageHit[],
  noteOf: (id: string) => Note | undefined,
  encoder: SentenceEncoder,
): Promise<PassageHit[]> {
  const noteIds = [...new Set(hits.map((h) => h.passage.noteId))];
  if (noteIds.length < 2) return hits;
  const notes = noteIds.map(noteOf).filter((n): n is Note => n !== undefined);
  const texts = notes.map(closenessTexts);
  const vectors = await encoder.embed([question, ...texts.flat()]);
  const asked = vectors[0]!;
  const closeness = new Map<string, number>();
  let at = 1;
  notes.forEach((note, i) => {
    const own = vectors.slice(at, (at += texts[i]!.length));
    closeness.set(note.id, Math.max(...own.map((v) => dot(v, asked))));
  });
  const best = Math.max(...closeness.values());
  const weighed = (hit: PassageHit) =>
    hit.score * Math.exp(MEANING_WEIGHT * ((closeness.get(hit.passage.noteId) ?? best) - best));
  // A stable sort: hits equally weighed keep the search's order.
  return hits.map((hit) => ({ ...hit, weighed: weighed(hit) })).sort((a, b) => b.weighed - a.weighed);
}

/** Notes embedded per step ahead of questions: about 50 ms of work between two turns of the event loop. */
const NOTES_PER_STEP = 2;

/**
 * Embeds the notes' closeness texts before anyone asks, a few notes at a time, letting answers run
 * between steps, so the first questions on a pack do not pay for it. Stops early as soon as
 * `stillWanted` says no (the knowledge was replaced). Resolves with the number of notes embedded.
 */
export async function embedAhead(
  notes: readonly Note[],
  encoder: SentenceEncoder,
  stillWanted: () => boolean,
): Promise<number> {
  let done = 0;
  for (let i = 0; i < notes.length && stillWanted(); i += NOTES_PER_STEP) {
    const step = notes.slice(i, i + NOTES_PER_STEP);
    await encoder.embed(step.flatMap(closenessTexts));
    done += step.length;
    // An unref'd timer, so embedding ahead never keeps alive a process that has nothing else to
    // do (an unref'd setImmediate would, besides, wait for the next I/O event to run).
    await new Promise((resolve) => setTimeout(resolve, 0).unref());
  }
  return done;
}

/**
 * What a note's closeness is judged on: its title and example questions, short texts written to
 * say what the note is about; its text only when it has no example questions. (Measured on the
 * fifteen packs: adding the text changed no answer in all and cost ten times the time, as the
 * encoder's cost grows with length; the text alone lost six right answers.)
 */
function closenessTexts(note: Note): string[] {
  return note.questions.length > 0 ? [note.title, ...note.questions] : [note.title, note.text];
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
