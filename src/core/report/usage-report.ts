// Turns the usage log, in one streaming pass, into what admins need to improve the knowledge:
// unanswered questions (grouped), notes people marked unhelpful, and what people ask about most.
import type { Knowledge } from '../types.js';
import type { UsageEvent } from '../usage/usage-log.js';
import { QuestionGrouper, type QuestionGroup } from './group-questions.js';
import { UnknownWordCounter, type UnknownWord } from './unknown-words.js';

/** Label for answers that cited figures only, in the topics list. */
export const FIGURES_TOPIC = 'figures (statistics only)';

export interface ReportOptions {
  /** Only events at or after this time count. */
  since?: Date;
  /** Maps note ids to topics and titles; without it topics are shown as note ids. */
  knowledge?: Knowledge;
  /** Rows per section (default 20). */
  top?: number;
}

export interface NoteVotes {
  id: string;
  /** From the knowledge, when given and the note still exists. */
  title?: string;
  down: number;
  up: number;
}

export interface TopicCount {
  topic: string;
  questions: number;
}

export interface UsageReport {
  since?: string;
  /** First and last event counted (ISO times). */
  first?: string;
  last?: string;
  questions: { total: number; answered: number; unanswered: number };
  votes: { up: number; down: number };
  /** Unanswered questions grouped by similarity, most asked first (at most `top`). */
  unanswered: QuestionGroup[];
  /**
   * Words of unanswered questions that the knowledge never uses, most used first (at most `top`);
   * only when the knowledge is given.
   */
  unknownWords?: UnknownWord[];
  /** How many groups there are in all. */
  unansweredGroups: number;
  /** Notes with at least one 👎, most 👎 first (at most `top`). */
  downvoted: NoteVotes[];
  /** Topics of answered questions, most asked first (at most `top`). */
  topics: TopicCount[];
  /** `knowledge`: topics named from the knowledge; `note ids`: no knowledge given, so note ids instead. */
  topicsBy: 'knowledge' | 'note ids';
}

export const DEFAULT_TOP = 20;

/** Read every event once and build the report. */
export async function buildUsageReport(
  events: AsyncIterable<UsageEvent> | Iterable<UsageEvent>,
  options: ReportOptions = {},
): Promise<UsageReport> {
  const since = options.since?.getTime();
  const top = options.top ?? DEFAULT_TOP;
  const topicOf = topicLookup(options.knowledge);
  const grouper = new QuestionGrouper();
  const unknown = options.knowledge ? new UnknownWordCounter(options.knowledge) : undefined;
  const topics = new Map<string, number>();
  /** One vote per answer and person: the latest counts (people change their minds, or double-click). */
  const votes = new Map<string, { vote: 'up' | 'down'; notes: string[] }>();
  const questions = { total: 0, answered: 0, unanswered: 0 };
  let first: string | undefined;
  let last: string | undefined;

  for await (const event of events) {
    if (since !== undefined && Date.parse(event.at) < since) continue;
    if (first === undefined || event.at < first) first = event.at;
    if (last === undefined || event.at > last) last = event.at;
    if (event.type === 'feedback') {
      votes.set(`${event.answerId}\u0000${event.user ?? ''}`, { vote: event.vote, notes: event.notes });
      continue;
    }
    questions.total += 1;
    if (event.status === 'no_answer') {
      questions.unanswered += 1;
      grouper.add(event.question, event.at, event.user);
      unknown?.add(event.question);
      continue;
    }
    questions.answered += 1;
    const asked = new Set(event.notes.map(topicOf));
    if (asked.size === 0 && event.statistics.length > 0) asked.add(FIGURES_TOPIC);
    for (const topic of asked) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  }

  const groups = grouper.groups();
  return {
    ...(options.since ? { since: options.since.toISOString() } : {}),
    ...(first ? { first, last } : {}),
    questions,
    votes: countVotes(votes.values()),
    unanswered: groups.slice(0, top),
    unansweredGroups: groups.length,
    ...(unknown ? { unknownWords: unknown.top(top) } : {}),
    downvoted: noteVotes(votes.values(), options.knowledge).slice(0, top),
    topics: [...topics.entries()]
      .map(([topic, n]) => ({ topic, questions: n }))
      .sort((a, b) => b.questions - a.questions || a.topic.localeCompare(b.topic))
      .slice(0, top),
    topicsBy: options.knowledge ? 'knowledge' : 'note ids',
  };
}

/** Note id → topic; ids the knowledge no longer has keep their id, marked. */
function topicLookup(knowledge: Knowledge | undefined): (noteId: string) => string {
  if (!knowledge) return (id) => id;
  const topics = new Map(knowledge.notes.map((n) => [n.id, n.topic]));
  return (id) => topics.get(id) ?? `${id} (note no longer in the knowledge)`;
}

function countVotes(votes: Iterable<{ vote: 'up' | 'down' }>): { up: number; down: number } {
  const totals = { up: 0, down: 0 };
  for (const v of votes) totals[v.vote] += 1;
  return totals;
}

function noteVotes(
  votes: Iterable<{ vote: 'up' | 'down'; notes: string[] }>,
  knowledge: Knowledge | undefined,
): NoteVotes[] {
  const byNote = new Map<string, NoteVotes>();
  const titles = new Map(knowledge?.notes.map((n) => [n.id, n.title]) ?? []);
  for (const v of votes) {
    for (const id of new Set(v.notes)) {
      let row = byNote.get(id);
      if (!row) {
        const title = titles.get(id);
        row = { id, ...(title ? { title } : {}), down: 0, up: 0 };
        byNote.set(id, row);
      }
      row[v.vote] += 1;
    }
  }
  return [...byNote.values()]
    .filter((r) => r.down > 0)
    .sort((a, b) => b.down - a.down || a.up - b.up || a.id.localeCompare(b.id));
}
