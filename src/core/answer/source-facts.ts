// Answers questions about the knowledge's sources themselves ("when was the G20 report published",
// "who put out the bwv guidance") from each source's own title, publisher and date.
import { words } from '../text/normalise.js';
import { answerTypeOf } from '../text/answer-type.js';
import { monthLabel } from '../text/dates.js';
import { slotsOf } from '../search/query.js';
import { stemsOf, type Vocabulary } from '../search/vocabulary.js';
import type { Knowledge, Source } from '../types.js';
import type { CitationBook } from './citations.js';

/** What a question asks of a source: when it is dated, or who published it. */
export type SourceFact = 'date' | 'publisher';

/** Verbs and nouns of publishing: they say what is asked of the document, not which document. */
const PUBLISHING = new Set(
  `publish published publishes publishing publication issue issued issues release released releases
  come came out put bring brought write wrote written writes author authored authors publisher
  produce produced launched launch date dated updated update`.split(/\s+/),
);

/** Words of PUBLISHING that only speak of publishing in a phrase: "came out", "put out". */
const PHRASAL = new Set(['come', 'came', 'out', 'put', 'bring', 'brought']);

/** Words for a document in general: a title may or may not say them ("the G20 report"). */
const DOCUMENT_WORDS = new Set(
  `report reports guidance guide document doc documents paper statement publication review article
  story news announcement press circular bulletin`.split(/\s+/),
);

/**
 * Words asking for a document's latest version ("last updated", "most recent"): a source's date is
 * that of the version the admin copied, so they name no document. "First" does: it asks another date.
 */
const LATEST = new Set(['last', 'latest', 'lately', 'recent', 'recently', 'most', 'current', 'newest']);

/** The most sources one answer lists: more than this and the question does not say which. */
const MAX_SOURCES = 3;

/**
 * `date` for "when was … published / did … come out" and the like, `publisher` for "who wrote /
 * published / issued …"; undefined for any other question (one that only asks a date, "when did
 * the pilot start", is about what happened, not about a document).
 */
export function sourceFactAsked(question: string): SourceFact | undefined {
  const w = words(question);
  const text = w.join(' ');
  // "When was the Living in Fear report?" names a document, so it asks when it came out.
  const aboutADocument =
    w.some((x) => (PUBLISHING.has(x) && !PHRASAL.has(x)) || DOCUMENT_WORDS.has(x)) ||
    /\b(?:come|came|put|bring|brought) out\b/.test(text);
  if (!aboutADocument) return undefined;
  if (
    /\bwho (?:wrote|writes|published|publishes|issued|issues|produced|released|authored|put out|brought out)\b/.test(
      text,
    )
  )
    return 'publisher';
  if (/\bwho(?: is| was|s)? (?:the )?(?:author|publisher)\b/.test(text)) return 'publisher';
  // A fragment that ends with its question word ("living in fear report when") asks a date too.
  return answerTypeOf(question) === 'date' || /\b(?:how old is|how recent is|date of)\b|\bwhen$/.test(text)
    ? 'date'
    : undefined;
}

/**
 * The sources the question names: every word of it that is not about publishing, nor a question
 * word, is said by the source's title or publisher (a word for a document in general, "report",
 * may be left out, but the sources that say it too are preferred). Only sources of the notes and
 * figures in `knowledge` (an audience's own part of the pack); most specific first, and none when
 * more than MAX_SOURCES fit.
 */
export function sourcesNamed(question: string, knowledge: Knowledge, vocabulary: Vocabulary): Source[] {
  const slots = slotsOf(question, vocabulary).filter(
    (slot) => !slot.text.split(' ').every((w) => PUBLISHING.has(w) || LATEST.has(w)),
  );
  const required = slots.filter((slot) => !DOCUMENT_WORDS.has(slot.text));
  if (required.length === 0) return [];
  const shown = usedSources(knowledge);
  const found: { source: Source; matched: number; length: number }[] = [];
  for (const source of knowledge.sources.values()) {
    if (!shown.has(source.id)) continue;
    const said = stemsOf(`${source.title} ${source.publisher ?? ''}`);
    const says = (slot: (typeof slots)[number]) => slot.alternatives.some((alt) => alt.stems.every((s) => said.has(s)));
    if (!required.every(says)) continue;
    found.push({ source, matched: slots.filter(says).length, length: said.size });
  }
  // Those that also say the question's document words ("guidance") are the ones it names.
  const most = Math.max(0, ...found.map((f) => f.matched));
  const named = found.filter((f) => f.matched === most).sort((a, b) => a.length - b.length);
  return named.length > MAX_SOURCES ? [] : named.map((f) => f.source);
}

/**
 * One sentence per source giving the fact asked (its date, or its publisher with its date) or
 * saying it lacks it, each cited; undefined when none of them has the fact.
 */
export function composeSourceFacts(sources: Source[], fact: SourceFact, book: CitationBook): string | undefined {
  const having = sources.filter((s) => (fact === 'date' ? s.date : s.publisher));
  if (having.length === 0) return undefined;
  // A source named as well as they were, that lacks the fact, is said to lack it: the asker may have meant it.
  return sources
    .map((source) => {
      const sentence = having.includes(source) ? describe(source, fact) : lacking(source, fact);
      return `${sentence} [${book.source(source.id, sentence)}]`;
    })
    .join('\n');
}

function lacking(source: Source, fact: SourceFact): string {
  return `My knowledge gives no ${fact === 'date' ? 'date' : 'publisher'} for “${source.title}”.`;
}

function describe(source: Source, fact: SourceFact): string {
  const dated = source.date ? ` is dated ${source.dateApproximate ? 'about ' : ''}${dateLabel(source.date)}` : '';
  if (fact === 'publisher')
    return `“${source.title}” is published by ${source.publisher}${dated ? `, and${dated}` : ''}.`;
  return `“${source.title}”${source.publisher ? ` (${source.publisher})` : ''}${dated}.`;
}

/** "2020-12-08" → "8 December 2020", "2014-01" → "January 2014", "2024" → "2024". */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  return day ? `${Number(day)} ${monthLabel(`${year}-${month}`)}` : monthLabel(`${year}-${month}`);
}

/** Ids of the sources the notes and figures cite. */
function usedSources(knowledge: Knowledge): Set<string> {
  return new Set([...knowledge.notes, ...knowledge.statistics, ...knowledge.totals].map((item) => item.source));
}
