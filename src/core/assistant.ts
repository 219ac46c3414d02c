// The one interface adapters talk to: ask a question, complete a half-typed one,
// describe what the bot knows, record feedback. Adapters only translate and render.
import type { Answer, AnswerContext, Audience, Period } from './types.js';

/** What the bot knows, for help screens and the Slack App Home. */
export interface Overview {
  topics: { topic: string; notes: number }[];
  forces: { id: string; name: string }[];
  metrics: { id: string; label: string }[];
  /** Periods that statistics cover, oldest first. */
  periods: { period: Period; label: string }[];
  notes: number;
  statistics: number;
  sources: number;
  /** Notes whose review_by date has passed. */
  overdueReviews: number;
  /** When the knowledge files were last changed. */
  updatedAt: Date;
  /** Example questions drawn from the knowledge. */
  examples: string[];
}

export type Vote = 'up' | 'down';

export interface Assistant {
  /** Answer one question; never throws for bad input, and never invents a figure. */
  answer(question: string, context?: AnswerContext): Promise<Answer>;
  /** Figures for one force (and optionally one metric), as an Answer. */
  figures(forceId: string, metricId: string | undefined, context?: AnswerContext): Promise<Answer>;
  /** Up to `limit` whole questions that complete what the user has typed so far. */
  complete(partial: string, audience?: Audience, limit?: number): string[];
  overview(audience?: Audience): Overview;
  /** An earlier answer by id (kept for a while), e.g. to share it publicly. */
  recall(answerId: string): Promise<Answer | undefined>;
  /** Record a 👍 / 👎 on an earlier answer. */
  feedback(answerId: string, vote: Vote, context?: AnswerContext): Promise<void>;
}
