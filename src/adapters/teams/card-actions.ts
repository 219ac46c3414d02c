// What a button on an answer card means, as the `verb` and `data` of an Action.Execute.
// Only the answer id and a small index travel; the answer is re-read with recall(). Whatever
// comes back from Teams is checked, as anyone in the conversation can send an invoke.
import type { Vote } from '../../core/assistant.js';

export const VERBS = { feedback: 'taser.feedback', ask: 'taser.ask', example: 'taser.example' } as const;

/**
 * `ask`: a suggestion on an answer, re-read from the answer by index; `example`: an example
 * question offered when none was asked (no answer to re-read), carried as its text.
 */
export type CardAction =
  | { kind: 'feedback'; vote: Vote; answerId: string }
  | { kind: 'ask'; answerId: string; index: number }
  | { kind: 'example'; question: string };

/** Answer ids are UUIDs; anything much longer did not come from this bot. */
const MAX_ANSWER_ID = 100;
/** Example questions are short; a longer text did not come from this bot (the turn checks length again). */
const MAX_EXAMPLE = 1000;

/** The `verb` and `data` of the Action.Execute for an action. */
export function encodeAction(action: CardAction): { verb: string; data: Record<string, string | number> } {
  switch (action.kind) {
    case 'feedback':
      return { verb: VERBS.feedback, data: { answerId: action.answerId, vote: action.vote } };
    case 'ask':
      return { verb: VERBS.ask, data: { answerId: action.answerId, index: action.index } };
    case 'example':
      return { verb: VERBS.example, data: { question: action.question } };
  }
}

/** The action an invoke asks for, or undefined when it is not one of ours (or malformed). */
export function decodeAction(verb: unknown, data: unknown): CardAction | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { answerId, vote, index, question } = data as Record<string, unknown>;
  if (verb === VERBS.example && typeof question === 'string' && question.length <= MAX_EXAMPLE) {
    return { kind: 'example', question };
  }
  if (typeof answerId !== 'string' || answerId === '' || answerId.length > MAX_ANSWER_ID) return undefined;
  if (verb === VERBS.feedback && (vote === 'up' || vote === 'down')) return { kind: 'feedback', vote, answerId };
  if (verb === VERBS.ask && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 100) {
    return { kind: 'ask', answerId, index };
  }
  return undefined;
}
