// What the bot says on every platform when it is not showing an answer: apologies, refusals,
// confirmations. One wording for all; a platform adds only its markup (e.g. a command name).
import type { Vote } from '../../core/assistant.js';
import { questionTooLong } from '../../core/text/question-length.js';

export const TEXTS = {
  failure: 'Sorry — something went wrong while I was answering. Please try again in a moment.',
  tooLong: questionTooLong,
  /** An empty question where no help screen is shown; `help` is the platform's way to ask for help. */
  emptyQuestion: (help: string) => `Please type a question, or use ${help} to see what I can answer.`,
  /** A mention of the bot with nothing else in it. */
  emptyMention: (help: string) => `Mention me with a question, or use ${help} to see what I can answer.`,
  /** Above example questions offered as buttons, where a platform has no help screen for an empty question. */
  examples: 'Ask me a question about the policy or the figures in my knowledge, for example:',
  feedbackThanks: (vote: Vote) => `Thanks — feedback recorded ${vote === 'up' ? '👍' : '👎'}`,
  feedbackFailed: 'Sorry — I could not record that feedback. Please try again in a moment.',
  expired: 'Sorry — that answer is no longer available. Ask the question again for a new one.',
  /** A button or command this version does not handle. */
  unknownAction:
    "Sorry — I don't recognise that action (it may come from an older version of this bot). Please ask your question again.",
  shareFailed: 'Sorry — I could not share that answer. Please try again in a moment.',
  shared: '✅ Shared in the channel.',
  /** Above an answer someone shared; the question follows as inert text. */
  sharedPreface: 'Shared from /taser',
  reloadUnavailable: 'Reloading is not available in this deployment: restart the bot to load knowledge changes.',
} as const;
