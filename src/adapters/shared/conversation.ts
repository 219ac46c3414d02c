// The AnswerContext every platform hands the core, built one way: platform-qualified ids for
// the conversation (follow-ups continue it) and the asker (only ever stored hashed).
import type { AnswerContext, Audience } from '../../core/types.js';

export interface Asker {
  /** The platform's own id for the thread, DM or channel, e.g. "C0PUBLIC:1700000000.000100". */
  conversation: string;
  /** The platform's own user id. */
  user: string;
  audience: Audience;
}

/** The context for one question on `platform` (its id, e.g. "slack"). */
export function answerContext(platform: string, asker: Asker): AnswerContext {
  return {
    conversationId: `${platform}:${asker.conversation}`,
    audience: asker.audience,
    userId: `${platform}:${asker.user}`,
    platform,
  };
}
