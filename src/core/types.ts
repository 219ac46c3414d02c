// Domain types shared by the whole bot: what the knowledge holds and what an answer is.
// Nothing here knows about Slack, Discord or the terminal.

/** Who may see an item: `internal` items never reach a public audience. */
export type Visibility = 'public' | 'internal';

/** The audience of one conversation; decides which knowledge it can see. */
export type Audience = Visibility;

/** A document that facts come from. */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** ISO date, possibly partial: `2023`, `2023-04` or `2023-04-13`. */
  date?: string;
  /** True when the date is known only roughly (e.g. from reports elsewhere). */
  dateApproximate?: boolean;
  url?: string;
  /** The document file or publication the facts were taken from. */
  document?: string;
  licence?: string;
  /** Ids of earlier sources whose figures this one revises (empty when it revises none). */
  revises: string[];
  /** Where the source was defined, for messages to admins. */
  origin?: Origin;
}

/** A policy note: a short text an officer can be shown, tied to one source. */
export interface Note {
  id: string;
  title: string;
  topic: string;
  text: string;
  source: string;
  quote?: string;
  tags: string[];
  forces: string[];
  /** Example questions this note answers: used for suggestions and autocomplete. */
  questions: string[];
  visibility: Visibility;
  reviewed?: string;
  reviewBy?: string;
  /** Where the note was defined, for messages to admins. */
  origin: Origin;
}

/** A police force (or a grouping such as a region) that figures can be about. */
export interface Force {
  id: string;
  name: string;
  aliases: string[];
  region?: string;
  origin: Origin;
}

/** A named measure that statistics report, e.g. incidents or discharges. */
export interface Metric {
  id: string;
  label: string;
  /** Words and phrases that name this metric in a question. */
  terms: string[];
  /** The metric this one is a subset of: rates are computed against it. */
  partOf?: string;
  /** The noun used when showing a count, e.g. "incidents". */
  unit?: string;
  /** The metric counts uses whose type was not recorded: a large share of its whole is a caveat. */
  notStated?: boolean;
  origin: Origin;
}

/** A reporting period, as ISO months (inclusive). */
export interface Period {
  from: string;
  to: string;
}

/** The table and row a set of figures was read from, cited as a reference rather than a quote. */
export interface TableReference {
  name: string;
  row: string;
}

/** Figures over one period from one source, for a force or for a total. */
export interface FigureSet {
  id: string;
  period: Period;
  source: string;
  /** Metric id → value; `null` means the source gives no figure (never zero). */
  values: Record<string, number | null>;
  remarks?: string;
  /** The source's own sentence(s) giving the figures. */
  quote?: string;
  table?: TableReference;
  visibility: Visibility;
  origin: Origin;
}

/** Figures for one force over one period, from one source. */
export interface Statistic extends FigureSet {
  force: string;
}

/**
 * Figures a source publishes for a whole region or the whole country (a total row), never a force:
 * `scope` is `region` when `area` is a region of the pack's forces, else `national`.
 */
export interface Total extends FigureSet {
  area: string;
  scope: 'national' | 'region';
}

/** Where in the knowledge an item was defined. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

/** A loaded, validated knowledge pack. */
export interface Knowledge {
  dir: string;
  sources: Map<string, Source>;
  notes: Note[];
  statistics: Statistic[];
  /** Published national and regional totals. */
  totals: Total[];
  forces: Map<string, Force>;
  metrics: Map<string, Metric>;
  /** Groups of equivalent terms, as written by admins. */
  synonyms: string[][];
  /** Newest modification time of the files that make up the pack. */
  updatedAt: Date;
  /** SHA-256 of the files' paths and bytes: the same on every instance serving the same knowledge. */
  fingerprint?: string;
}

/** A problem found in the knowledge, pointing at the offending node. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** One numbered reference shown under an answer. */
export interface Citation {
  n: number;
  sourceId: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  noteId?: string;
  /** The first statistic cited from this source. */
  statisticId?: string;
  /** Every statistic cited from this source, in order of use. */
  statisticIds?: string[];
  /** The words from the knowledge this citation stands behind. */
  snippet: string;
  /**
   * True when the snippet is a reference (e.g. "Table 13, row for Kent: fired") or a listing of the
   * figures, not the source's own words: renderers show it without quote marks.
   */
  reference?: boolean;
  /** True when the cited note is past its review date. */
  reviewDue?: boolean;
}

/** One figure shown in an answer, with the arithmetic behind any rate. */
export interface Figure {
  forceId: string;
  force: string;
  period: Period;
  periodLabel: string;
  metricId: string;
  metric: string;
  value: number | null;
  /** The count this value is part of, when the metric has one. */
  base?: { metricId: string; metric: string; value: number };
  /** value / base, 0..1, when both are known. */
  rate?: number;
  /** Human-readable working, e.g. "85 of 666 incidents = 12.8%". */
  arithmetic?: string;
  /** The citation number behind this figure. */
  citation: number;
  /** The source of the figure, and the publication named in its line ("Home Office, December 2019"). */
  sourceId?: string;
  publication?: string;
  /** Set when the figure revises an earlier publication's, which gave another value. */
  revision?: { firstPublished: number | null; sourceId: string; publication: string; citation: number };
  /** Set for a national or regional total (then `forceId` is empty and `force` names the area). */
  area?: { name: string; scope: 'national' | 'region' };
  /** Set when the value is a sum over forces, not a published total: how many forces it adds up. */
  sum?: { forces: number };
}

export type AnswerStatus = 'answered' | 'no_answer';

/**
 * Why an answer is `no_answer`, as a code callers branch on (never on the wording):
 * `empty_question` and `too_long` are refused before any search; `not_in_knowledge` found no
 * passage; `no_figures` found no statistic for what was asked; `rate_limited` and `busy` are
 * refusals by a limit, with nothing to rate or share.
 */
export type RefusalReason = 'empty_question' | 'too_long' | 'not_in_knowledge' | 'no_figures' | 'rate_limited' | 'busy';

/**
 * How `figures` read as lines: a `list` (one line per figure, in order) or a `ranking`
 * (numbered in order, each valued by its count or by its rate).
 */
export type FigureLayout = { kind: 'list' } | { kind: 'ranking'; by: 'count' | 'rate' };

/** The platform-neutral answer every adapter renders. */
export interface Answer {
  /** Unique id, so feedback can refer to this answer. */
  id: string;
  status: AnswerStatus;
  /**
   * The answer's sentences: knowledge sentences verbatim, or what the core says around the
   * figures (a comparison, a ranking's heading, what changed, what is missing). Figures are
   * never written into it: renderers build their lines from `figures` (`answerText` in
   * core/answer/present.ts gives the plain-text whole). May be empty when the figures say it all.
   */
  text: string;
  citations: Citation[];
  figures: Figure[];
  /** How the figures read as lines; absent means a `list`. */
  figureLayout?: FigureLayout;
  /** Bars for rankings and trends, one line each, for a monospace block. */
  chart?: string[];
  /** Nearest topics or example questions, most useful first. */
  suggestions: string[];
  /** Caveats the reader should see, e.g. a note overdue for review. */
  notices: string[];
  /** The question as understood after follow-up context was applied. */
  understood?: string;
  /**
   * True when `understood` is a follow-up rewritten onto this asker's previous question in the
   * conversation (e.g. "and Kent?"), so renderers say how it was read; false or absent otherwise.
   */
  rewritten?: boolean;
  /** Why the answer is `no_answer`; absent when it is answered. */
  refusal?: RefusalReason;
  /**
   * The asker's own words repeated in `text` (e.g. a force name the knowledge does not know).
   * Renderers show each occurrence only as inert text: escaped, links and mentions defused.
   */
  echoes?: string[];
  /** True when the bot declined to answer at all (a rate or load limit): nothing to rate or share. */
  refused?: boolean;
  /**
   * For `answered`: `sure` when the quoted notes cover the question, `tentative` when the best
   * note is near but not close enough to be sure ("This may be what you need"). Absent otherwise.
   */
  confidence?: Confidence;
}

export type Confidence = 'sure' | 'tentative';

/** What an adapter knows about the asker and the conversation. */
export interface AnswerContext {
  /** Thread, DM or channel: follow-up questions reuse what was asked here. */
  conversationId?: string;
  audience?: Audience;
  /** Platform-qualified user id; only ever stored hashed. */
  userId?: string;
  platform?: string;
}
