// What the Assistant remembers, through the state port: the last question of each conversation
// (for follow-ups) and recent answers (for Share/Post publicly and feedback), each with an expiry.
import type { Answer } from '../types.js';
import type { StateStore } from './state-store.js';

/** A conversation's last question is forgotten after this long: a follow-up an hour later is a new question. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;
/** Answers stay recallable for a day: buttons on older messages say the answer has expired. */
export const RECALL_TTL_MS = 24 * 60 * 60 * 1000;
/** Answers kept in memory when there is no shared store (as before the port: the most recent thousand). */
export const RECALL_LIMIT = 1000;

export class AssistantState {
  constructor(readonly store: StateStore) {}

  async previousQuestion(conversationId: string | undefined): Promise<string | undefined> {
    return conversationId ? this.store.get(`conversation:${conversationId}`) : undefined;
  }

  async rememberQuestion(conversationId: string | undefined, question: string): Promise<void> {
    if (conversationId) await this.store.set(`conversation:${conversationId}`, question, CONVERSATION_TTL_MS);
  }

  async keep(answer: Answer): Promise<void> {
    await this.store.set(`answer:${answer.id}`, JSON.stringify(answer), RECALL_TTL_MS);
  }

  async recall(answerId: string): Promise<Answer | undefined> {
    const stored = answerId ? await this.store.get(`answer:${answerId}`) : undefined;
    return stored === undefined ? undefined : (JSON.parse(stored) as Answer);
  }
}
