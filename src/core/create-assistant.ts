// The Assistant behind every adapter: answers questions from the current knowledge snapshot,
// remembers conversations, keeps recent answers for sharing, and logs use and feedback.
import { randomUUID } from 'node:crypto';
import type { Assistant, Overview, Vote } from './assistant.js';
import { CitationBook } from './answer/citations.js';
import { composeText, notesById } from './answer/compose-text.js';
import { composeSourceFacts, sourceFactAsked, sourcesNamed, type SourceFact } from './answer/source-facts.js';
import { resolveFollowUp } from './answer/conversation.js';
import { describeKnowledge } from './answer/overview.js';
import { AnswerLimits, type Limited } from './limits/answer-limits.js';
import { composeFigures } from './figures/compose.js';
import { wantsFigures, type FigureQuestion } from './figures/parse.js';
import { figureSuggestions, visibleStatistics } from './figures/select.js';
import type { PassageHit, PassageIndex } from './search/passage-index.js';
import { AssistantState, RECALL_LIMIT } from './state/assistant-state.js';
import { MemoryStore } from './state/memory-store.js';
import type { StateStore } from './state/state-store.js';
import { buildSnapshots, snapshotFor, type Snapshot, type Snapshots } from './snapshot.js';
import { today, withFullYears } from './text/dates.js';
import { stem } from './text/terms.js';
import { byMeaning, embedAhead, type SentenceEncoder } from './search/meaning.js';
import { metricSlots } from './search/metric-slots.js';
import { UniversalSentenceEncoder } from './search/universal-sentence-encoder.js';
import { questionLength, questionTooLong } from './text/question-length.js';
import type { Answer, AnswerContext, Audience, Knowledge, Note, RefusalReason } from './types.js';
import { hashUser, type UsageLog } from './usage/usage-log.js';

export interface AssistantOptions {
  /** Where questions and feedback are recorded; nothing is recorded without one. */
  usageLog?: UsageLog;
  /** Salt for hashing user ids in the log. */
  userHashSalt?: string;
  /** Longest question accepted, in characters. */
  maxQuestionLength?: number;
  /** Today's date (YYYY-MM-DD), for review-date notices. */
  today?: () => string;
  /** Called when logging fails: an answer is never lost because the log is. */
  onLogError?: (error: unknown) => void;
  /** Questions (and figure requests) per user per minute, keyed by `context.userId`; 0 or unset: no limit. */
  rateLimitPerMinute?: number;
  /** Answers worked on at once (default 16). */
  maxConcurrent?: number;
  /** Questions that may wait for a free slot (default 4 per slot); more get a polite refusal. */
  maxQueued?: number;
  /** Milliseconds since the epoch, for the rate limit (tests pass a fake clock). */
  clock?: () => number;
  /** Told about every question refused by a limit, e.g. to log it; the refusal is not in the usage log. */
  onLimited?: (limited: Limited, context: AnswerContext) => void;
  /** Where conversations, recent answers and rate limits live; this process's memory by default. */
  state?: StateStore;
  /**
   * Orders the notes found by closeness in meaning to the question (see search/meaning.ts): by
   * default the Universal Sentence Encoder shipped in node_modules, shared by every assistant of
   * the process; `false` keeps the search's own order.
   */
  meaning?: SentenceEncoder | false;
  /** Called when the meaning model fails: the answer then keeps the search's own order. */
  onMeaningError?: (error: unknown) => void;
}

export const DEFAULT_MAX_QUESTION_LENGTH = 500;
/**
 * Largest pack whose notes are embedded ahead of questions: some 15,000 short texts, about two
 * minutes of one core and 30 MB, well inside the encoder's memory of 50,000 texts.
 */
const MAX_NOTES_EMBEDDED_AHEAD = 5_000;
const SUGGESTION_COUNT = 4;
const RELATED_COUNT = 3;
const FULL_COVERAGE = 0.95;
/** Said with a tentative answer, on every platform, before anything else it notes. */
const TENTATIVE_NOTICE =
  "I'm not sure this answers your question: it is the nearest I have. This may be what you need.";

/**
 * What the figures shown are not, when the question asked for more than they give: a name no
 * figures are for ("compare Kent and Gotham", "in Canterbury") is said to be left out, and a word
 * they cannot split by ("fired on children") to be counted in the whole. Only words the knowledge
 * never uses (a word it does use, such as "device", names what is counted). The words are letters
 * and digits only, as the question parser keeps them, so they carry no markup.
 */
function notBrokenDown(answered: boolean, parsed: FigureQuestion, snapshot: Snapshot): string[] {
  if (!answered) return [];
  const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(', ');
  // The parser only takes a word for a subject when the knowledge never uses it; leftovers it keeps either way.
  const subjects = parsed.unknownSubjects;
  const qualifiers = parsed.leftover.filter((w) => !snapshot.words.known(stem(w)));
  const shown = parsed.forces.map((f) => f.name).join(' and ');
  return [
    ...(subjects.length > 0
      ? [
          `I have no figures for ${quoted(subjects)}: ${shown ? `these are ${shown}'s` : 'these are the figures I have'}.`,
        ]
      : []),
    ...(qualifiers.length > 0
      ? [`These figures are not broken down by ${quoted(qualifiers)}: they are the whole count.`]
      : []),
  ];
}

/** An Assistant whose knowledge can be swapped atomically (see `replaceSnapshots`). */
export class KnowledgeAssistant implements Assistant {
  private snapshots: Snapshots;
  private readonly state: AssistantState;
  private readonly options: Required<Pick<AssistantOptions, 'maxQuestionLength' | 'today' | 'userHashSalt'>> &
    AssistantOptions;
  private readonly limits: AnswerLimits;

  constructor(knowledge: Knowledge, options: AssistantOptions = {}) {
    this.snapshots = buildSnapshots(knowledge);
    this.options = {
      maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH,
      today: () => today(),
      userHashSalt: 'taser-bot',
      ...options,
    };
    const store = options.state ?? new MemoryStore({ maxKeys: { answer: RECALL_LIMIT }, now: options.clock });
    this.state = new AssistantState(store);
    this.limits = new AnswerLimits({
      store,
      ratePerMinute: options.rateLimitPerMinute,
      maxConcurrent: options.maxConcurrent,
      maxQueued: options.maxQueued,
      now: options.clock,
    });
  }

  get knowledge(): Knowledge {
    return this.snapshots.knowledge;
  }

  /**
   * Embed every note's title and example questions now, in small steps between answers (see
   * embedAhead), so no one's first questions wait for it; it stops when the knowledge is replaced.
   * Packs of more than MAX_NOTES_EMBEDDED_AHEAD notes are left to be embedded as notes are found.
   * Resolves with the number of notes embedded (0 without a meaning model). For a long-running bot:
   * a command that answers once and exits should not wait for it.
   */
  async embedNotesAhead(): Promise<number> {
    const encoder = this.encoder();
    const snapshots = this.snapshots;
    if (!encoder || snapshots.knowledge.notes.length > MAX_NOTES_EMBEDDED_AHEAD) return 0;
    return embedAhead(snapshots.knowledge.notes, encoder, () => this.snapshots === snapshots);
  }

  private encoder(): SentenceEncoder | undefined {
    if (this.options.meaning === false) return undefined;
    return this.options.meaning ?? sharedEncoder();
  }

  /** Swap in snapshots built for new knowledge (see `restoreSnapshots`); answers already running finish on the old ones. */
  replaceSnapshots(snapshots: Snapshots): void {
    this.snapshots = snapshots;
  }

  async answer(question: string, context: AnswerContext = {}): Promise<Answer> {
    return this.limits.run(
      context.userId,
      async () => this.finish(await this.compose(question, context), question, context),
      (l) => this.limited(l, context),
    );
  }

  /** Resolves when no answer is in progress: at shutdown, wait for it before flushing the log. */
  idle(): Promise<void> {
    return this.limits.idle();
  }

  /** Keep the answer for recall and log it. */
  private async finish(answer: Answer, question: string, context: AnswerContext): Promise<Answer> {
    await this.state.keep(answer);
    await this.log(() => ({
      type: 'question',
      at: new Date().toISOString(),
      answerId: answer.id,
      question: question.slice(0, this.options.maxQuestionLength),
      status: answer.status,
      notes: citedNotes(answer),
      statistics: answer.citations.flatMap((c) => c.statisticIds ?? []),
      platform: context.platform,
      user: hashUser(context.userId, this.options.userHashSalt),
    }));
    return answer;
  }

  async figures(forceId: string, metricId: string | undefined, context: AnswerContext = {}): Promise<Answer> {
    return this.limits.run(
      context.userId,
      () => this.figuresFor(forceId, metricId, context),
      (l) => this.limited(l, context),
    );
  }

  private async figuresFor(forceId: string, metricId: string | undefined, context: AnswerContext): Promise<Answer> {
    const snapshot = snapshotFor(this.snapshots, context.audience ?? 'public');
    const force = snapshot.knowledge.forces.get(forceId);
    const metric = metricId ? snapshot.knowledge.metrics.get(metricId) : undefined;
    const asked = [metric?.label ?? 'figures', 'for', force?.name ?? forceId].join(' ');
    const parsed = snapshot.figures.parse(asked, snapshot.words);
    const answer = this.figuresAnswer({
      parsed: {
        ...parsed,
        forces: force ? [force] : [],
        metrics: metric ? [metric] : [],
        unknownSubjects: force ? [] : [forceId],
      },
      understood: asked,
      snapshot,
      audience: context.audience ?? 'public',
      rewritten: false,
    });
    return this.finish(answer, asked, context);
  }

  complete(partial: string, audience: Audience = 'public', limit = 25): string[] {
    return snapshotFor(this.snapshots, audience).suggestions.complete(
      partial.slice(0, this.options.maxQuestionLength),
      audience,
      limit,
    );
  }

  overview(audience: Audience = 'public'): Overview {
    return describeKnowledge(snapshotFor(this.snapshots, audience), audience, this.options.today());
  }

  recall(answerId: string): Promise<Answer | undefined> {
    return this.state.recall(answerId);
  }

  async feedback(answerId: string, vote: Vote, context: AnswerContext = {}): Promise<void> {
    const answer = await this.state.recall(answerId);
    await this.log(() => ({
      type: 'feedback',
      at: new Date().toISOString(),
      answerId,
      vote,
      notes: answer ? citedNotes(answer) : [],
      question: answer?.understood,
      platform: context.platform,
      user: hashUser(context.userId, this.options.userHashSalt),
    }));
  }

  private async compose(raw: string, context: AnswerContext): Promise<Answer> {
    const audience = context.audience ?? 'public';
    const snapshot = snapshotFor(this.snapshots, audience);
    const question = withFullYears(cleanQuestion(raw));
    if (question === '')
      return this.refusal(
        'empty_question',
        'Ask me a question about the policy or the figures in my knowledge, for example:',
        snapshot,
        audience,
        question,
      );
    const length = questionLength(question);
    if (length > this.options.maxQuestionLength) {
      // Refused before any search: the suggestions are the general examples, not the nearest
      // to a text that may be megabytes long.
      return this.refusal('too_long', questionTooLong(length, this.options.maxQuestionLength), snapshot, audience, '');
    }

    const first = snapshot.figures.parse(question, snapshot.words);
    // Follow-ups continue the same asker's questions only: in a shared thread, another
    // person's "and Kent?" must not carry the previous asker's words into their answer.
    const conversation = askerInConversation(context);
    const understood = resolveFollowUp(
      question,
      first,
      await this.state.previousQuestion(conversation),
      snapshot.figures,
    );
    const rewritten = understood !== question;
    const parsed = rewritten ? snapshot.figures.parse(understood, snapshot.words) : first;
    // A follow-up about a place the knowledge lacks ("and Gotham?") is answered, but the question
    // before it stays the one to follow: "and Surrey?" next still means the Kent question's Surrey.
    const failedFollowUp = rewritten && parsed.forces.length === 0 && parsed.unknownSubjects.length > 0;
    if (!failedFollowUp) await this.state.rememberQuestion(conversation, understood);

    // The passage search is the costly step: a figures question with no words left over skips it.
    let found: Found | undefined;
    const search = () => (found ??= snapshot.passages.find(understood, audience));
    const turn: Turn = { parsed, understood, snapshot, audience, rewritten };
    if (wantsFigures(parsed) && !(parsed.leftover.length > 0 && coversAll(search().hits))) {
      const figures = this.figuresAnswer(turn);
      if (figures.status === 'answered') return figures;
      // No statistic holds it, but a note may say it in words ("2,031 officers are now trained"):
      // a sure answer from the notes, with a number in it, beats "I have no figures". Its note
      // must say what the figure counts as the question named it: "659,372 incidents in which
      // force was used" is no count of spit guards used.
      const numbers = sayingTheMetric(snapshot.passages.find(understood, audience, undefined, 'number'), parsed);
      const fromNotes = this.notesAnswer(await this.inMeaningOrder(numbers, turn), turn);
      return fromNotes.status === 'answered' && fromNotes.confidence === 'sure' ? fromNotes : figures;
    }
    // "When was the G20 report published?": a note seldom says it, but the report's own entry may.
    // Who published a document is its entry's to say; when, a sure note may say better ("the Taser 7
    // was launched in April 2023" is not the date of the article that reported it).
    const fact = sourceFactAsked(understood);
    const fromSources = fact && this.sourceAnswer(turn, fact);
    if (fact === 'publisher' && fromSources) return fromSources;
    const fromNotes = this.notesAnswer(await this.inMeaningOrder(sayingTheMetric(search(), parsed), turn), turn);
    if (fromNotes.confidence === 'sure') return fromNotes;
    return fromSources || fromNotes;
  }

  /** The date or publisher of the sources a question names, from their entries; undefined when it names none that has it. */
  private sourceAnswer(turn: Turn, fact: SourceFact): Answer | undefined {
    const { understood, snapshot, rewritten } = turn;
    const sources = sourcesNamed(understood, snapshot.knowledge, snapshot.passages.vocabulary);
    const book = new CitationBook(snapshot.knowledge, this.options.today());
    const text = composeSourceFacts(sources, fact, book);
    if (!text) return undefined;
    return {
      id: randomUUID(),
      status: 'answered',
      confidence: 'sure',
      text,
      citations: book.all(),
      figures: [],
      suggestions: [],
      notices: [],
      understood,
      rewritten,
    };
  }

  /** The search's hits, closest in meaning first (see byMeaning); as found when there is no model or it fails. */
  private async inMeaningOrder(found: Found, turn: Turn): Promise<Found> {
    const encoder = this.encoder();
    if (!encoder) return found;
    const notes = notesById(turn.snapshot.knowledge);
    try {
      return { ...found, hits: await byMeaning(turn.understood, found.hits, (id) => notes.get(id), encoder) };
    } catch (error) {
      this.options.onMeaningError?.(error);
      return found;
    }
  }

  /** An answer quoting the notes the search found, or an honest refusal with the nearest topics. */
  private notesAnswer(found: Found, turn: Turn): Answer {
    const { parsed, understood, snapshot, audience, rewritten } = turn;
    const book = new CitationBook(snapshot.knowledge, this.options.today());
    const text = composeText(
      found.hits,
      snapshot.knowledge,
      book,
      parsed.forces.map((f) => f.id),
      found.wanted,
    );
    if (!text.answered)
      return this.refusal(
        'not_in_knowledge',
        "I can't find that in my knowledge. The nearest topics I know about:",
        snapshot,
        audience,
        understood,
        rewritten,
      );
    const overdue = text.notes.filter((n) => n.reviewBy && n.reviewBy < this.options.today());
    const unsure = text.confidence === 'tentative' ? [TENTATIVE_NOTICE] : [];
    return {
      id: randomUUID(),
      status: 'answered',
      confidence: text.confidence,
      text: text.text,
      citations: book.all(),
      figures: [],
      suggestions: this.related(snapshot, understood, audience, text.notes),
      notices: [
        ...unsure,
        ...overdue.map((n) => `"${n.title}" was due for review on ${n.reviewBy}: check it is still current.`),
      ],
      understood,
      rewritten,
    };
  }

  private figuresAnswer(turn: Turn): Answer {
    const { parsed, understood, snapshot, audience, rewritten } = turn;
    const book = new CitationBook(snapshot.knowledge, this.options.today());
    const figures = composeFigures(parsed, snapshot.knowledge, audience, book, this.options.today());
    // Words of the question that the figures text repeats ("I have no figures for "Gotham"").
    const echoes = [...parsed.unknownSubjects, ...parsed.periods.mentions].filter((w) => figures.text.includes(w));
    return {
      id: randomUUID(),
      status: figures.answered ? 'answered' : 'no_answer',
      text: figures.text,
      citations: book.all(),
      figures: figures.figures,
      ...(figures.layout ? { figureLayout: figures.layout } : {}),
      ...(figures.chart ? { chart: figures.chart } : {}),
      suggestions: figures.answered
        ? []
        : figureSuggestions(
            snapshot.knowledge,
            visibleStatistics(snapshot.knowledge, audience),
            parsed.forces,
            SUGGESTION_COUNT,
          ),
      notices: [...notBrokenDown(figures.answered, parsed, snapshot), ...figures.notices],
      understood,
      rewritten,
      ...(figures.answered ? {} : { refusal: 'no_figures' as const }),
      ...(echoes.length > 0 ? { echoes } : {}),
    };
  }

  /** Questions from other notes near this one, so the reader can go on exploring. */
  private related(snapshot: Snapshot, question: string, audience: Audience, quoted: Note[]): string[] {
    const own = new Set(quoted.flatMap((n) => [...n.questions, n.title].map((t) => t.toLowerCase())));
    return snapshot.suggestions
      .nearest(question, audience, SUGGESTION_COUNT + own.size)
      .filter((s) => !own.has(s.toLowerCase()))
      .slice(0, RELATED_COUNT);
  }

  private refusal(
    reason: RefusalReason,
    text: string,
    snapshot: Snapshot,
    audience: Audience,
    question: string,
    rewritten = false,
  ): Answer {
    return {
      id: randomUUID(),
      status: 'no_answer',
      text,
      citations: [],
      figures: [],
      suggestions: snapshot.suggestions.nearest(question, audience, SUGGESTION_COUNT),
      notices: [],
      understood: question,
      rewritten,
      refusal: reason,
    };
  }

  /** A polite refusal from a limit: no work done, nothing logged as an unanswered question. */
  private limited(limited: Limited, context: AnswerContext): Answer {
    this.options.onLimited?.(limited, context);
    return {
      id: randomUUID(),
      status: 'no_answer',
      text: limited.message,
      citations: [],
      figures: [],
      suggestions: [],
      notices: [],
      refusal: limited.reason === 'rate' ? 'rate_limited' : 'busy',
      refused: true,
    };
  }

  private async log(event: () => Parameters<UsageLog['append']>[0]): Promise<void> {
    if (!this.options.usageLog) return;
    try {
      await this.options.usageLog.append(event());
    } catch (error) {
      this.options.onLogError?.(error);
    }
  }
}

type Found = ReturnType<PassageIndex['find']>;

/** One model for the process: loaded once, and a text embedded once whichever assistant asks. */
let encoder: UniversalSentenceEncoder | undefined;
function sharedEncoder(): UniversalSentenceEncoder {
  return (encoder ??= new UniversalSentenceEncoder());
}

/** The Assistant for a knowledge pack. */
export function createAssistant(knowledge: Knowledge, options: AssistantOptions = {}): KnowledgeAssistant {
  return new KnowledgeAssistant(knowledge, options);
}

/**
 * Format characters (zero-width joiners and spaces, soft hyphens, bidi marks) removed: phones and
 * chat clients put them inside words, where a space would split the word in two. Control
 * characters and line separators become spaces; surrounding space is trimmed, inner space collapsed.
 */
function cleanQuestion(raw: string): string {
  return raw
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question as understood, with what answering it needs: the same for notes and figures. */
interface Turn {
  parsed: FigureQuestion;
  /** The question after follow-ups are resolved. */
  understood: string;
  snapshot: Snapshot;
  audience: Audience;
  /** True when `understood` differs from what was typed. */
  rewritten: boolean;
}

/**
 * For a question asking how many of something the knowledge keeps figures of ("how many times was
 * a spit guard used"), only the hits whose note says that thing as the question named it: a note
 * giving another count ("force was used 659,372 times") would answer with a figure of another kind.
 */
function sayingTheMetric(found: Found, parsed: FigureQuestion): Found {
  if (parsed.metrics.length === 0 || (found.wanted !== 'number' && found.wanted !== 'share')) return found;
  const named = metricSlots(found.slots, parsed.metrics);
  if (named.length === 0) return found;
  return { ...found, hits: found.hits.filter((h) => named.every((i) => h.matched.includes(i))) };
}

/**
 * A figures question with a word figures cannot explain ("largest deployments in the country")
 * may really be about a note that says exactly that; a note covering the whole question wins.
 */
function coversAll(hits: PassageHit[]): boolean {
  return hits.some((h) => h.coverage >= FULL_COVERAGE);
}

/** The key follow-ups are remembered under: one asker in one conversation. */
function askerInConversation(context: AnswerContext): string | undefined {
  if (!context.conversationId) return undefined;
  return context.userId ? `${context.conversationId}\u0000${context.userId}` : context.conversationId;
}

function citedNotes(answer: Answer): string[] {
  return answer.citations.flatMap((c) => (c.noteId ? [c.noteId] : []));
}
