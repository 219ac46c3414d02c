// Splits notes into passages (sentences) so an answer can quote exactly the words that match,
// not a whole note. A passage keeps its note's title and example questions for scoring.
import type { Knowledge, Note, Visibility } from '../types.js';
import { LIST_MARKER } from '../text/list-items.js';

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

/** Sentence boundaries: ., ! or ? (optionally closing a quote) followed by a capital, digit or quote. */
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u;

/** A line that starts a list item: a bullet (- • * –), or (a), a), 1. or 1) before its words. */
const LIST_ITEM = new RegExp(String.raw`\n[^\S\n]*(?=${LIST_MARKER}[^\S\n]+\S)`, 'giu');

/**
 * Split text into sentences, keeping each sentence's own words. Wrapped lines are joined, but a
 * list item keeps its own line, so a quoted list still reads as one.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) =>
      paragraph
        .split(LIST_ITEM)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .split(SENTENCE_END),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
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
