// Splits notes into passages (sentences) so an answer can quote exactly the words that match,
// not a whole note. A passage keeps its note's title and example questions for scoring.
import type { Knowledge, Note, Visibility } from '../types.js';
import { LIST_ITEM_START, LIST_MARKER } from '../text/list-items.js';
import { shortFormEndsAt } from '../text/short-forms.js';

export interface Passage {
  id: string;
  noteId: string;
  /** Position of the passage within its note, for keeping quoted sentences in order. */
  order: number;
  text: string;
  title: string;
  topic: string;
  questions: string;
  tags: string;
  forces: string;
  /** The note's other sentences: a question whose words are spread over a note still finds it. */
  context: string;
  visibility: Visibility;
}

/** Where a sentence may end: ., ! or ? (optionally closing a quote) and space before a capital, digit or quote. */
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/gu;

/** A line that starts a list item: a bullet (- • * –), or (a), a), 1. or 1) before its words. */
const LIST_ITEM = new RegExp(String.raw`\n[^\S\n]*(?=${LIST_ITEM_START})`, 'giu');

/** A list item's marker alone ("1.", "(b)"): the full stop of "1." ends no sentence. */
const MARKER_ONLY = new RegExp(String.raw`^${LIST_MARKER}$`, 'iu');

/** Words after a question mark that still belong to it: "Q: Can I…? A: No." is one sentence. */
const ANSWER_MIN_WORDS = 4;

/**
 * Split text into sentences, keeping each sentence's own words. Wrapped lines are joined, but a
 * list item keeps its own line, so a quoted list still reads as one; a sentence never ends inside
 * a list, inside a quotation, after a short form, or straight after a question it answers.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) =>
      splitAtSentenceEnds(
        paragraph
          .split(LIST_ITEM)
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .join('\n'),
      ),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The paragraph cut at its sentence ends. What each check needs (quotes opened, the last question
 * mark) is counted once as the scan moves on, so a megabyte-long note with an unclosed quote
 * still takes one pass, not one pass per full stop.
 */
function splitAtSentenceEnds(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  let scanned = 0;
  const seen = { straight: 0, opened: 0, closed: 0, question: -1 };
  for (const end of paragraph.matchAll(SENTENCE_END)) {
    for (; scanned < end.index; scanned++) {
      const c = paragraph[scanned];
      if (c === '"') seen.straight++;
      else if (c === '“') seen.opened++;
      else if (c === '”') seen.closed++;
      else if (c === '?') seen.question = scanned;
    }
    if (!endsASentence(paragraph, start, end.index, end[0], seen)) continue;
    out.push(paragraph.slice(start, end.index));
    start = end.index + end[0].length;
    scanned = start;
    Object.assign(seen, { straight: 0, opened: 0, closed: 0, question: -1 });
  }
  out.push(paragraph.slice(start));
  return out;
}

/** Whether the text from `start` to `at`, followed by the white space `gap`, is a whole sentence. */
function endsASentence(
  text: string,
  start: number,
  at: number,
  gap: string,
  seen: { straight: number; opened: number; closed: number; question: number },
): boolean {
  // List items are joined by line breaks: the list goes on.
  if (gap.includes('\n')) return false;
  // The full stop of a list marker ("1.") at the start of its line.
  // (Only the last few characters are looked at: a line can be a megabyte long.)
  const tail = text.slice(Math.max(start, at - MARKER_LENGTH - 1), at);
  const lineBreak = tail.lastIndexOf('\n');
  const line = lineBreak >= 0 ? tail.slice(lineBreak + 1) : at - start <= MARKER_LENGTH ? tail : undefined;
  if (line !== undefined && MARKER_ONLY.test(line)) return false;
  // Inside a quotation: an opening quote not yet closed.
  if (seen.straight % 2 === 1 || seen.opened > seen.closed) return false;
  if (shortFormEndsAt(text, at, start)) return false;
  // A question keeps its short answer ("Q: …? A: No.").
  const afterQuestion = seen.question >= start ? text.slice(seen.question + 1, Math.min(at, seen.question + 200)) : '';
  if (seen.question >= start && wordCount(afterQuestion) < ANSWER_MIN_WORDS) return false;
  return true;
}

/** Longest list marker ("(iii)") worth testing. */
const MARKER_LENGTH = 5;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every passage of every note in the knowledge. */
export function passagesOf(knowledge: Knowledge): Passage[] {
  return knowledge.notes.flatMap((note) => notePassages(note, knowledge));
}

/** A note's sentences in passage order: its text, then a quote that is not already part of the text. */
export function noteSentences(note: Note): string[] {
  const texts = sentences(note.text);
  if (note.quote && !note.text.includes(note.quote.trim())) texts.push(...sentences(note.quote));
  return texts;
}

function notePassages(note: Note, knowledge: Knowledge): Passage[] {
  const forces = note.forces.flatMap((id) => {
    const force = knowledge.forces.get(id);
    return force ? [force.name, ...force.aliases] : [id];
  });
  const texts = noteSentences(note);
  return texts.map((text, order) => ({
    id: `${note.id}#${order}`,
    noteId: note.id,
    order,
    text,
    title: note.title,
    topic: note.topic,
    questions: note.questions.join(' \n '),
    tags: note.tags.join(' \n '),
    forces: forces.join(' \n '),
    context: texts.filter((_, other) => other !== order).join(' \n '),
    visibility: note.visibility,
  }));
}
