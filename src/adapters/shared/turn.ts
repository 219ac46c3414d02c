// The one turn every platform runs for a question: check it, ask the core, render, send exactly
// once; any failure becomes one polite apology. Platforms supply only how to render and to send.
import type { Assistant } from '../../core/assistant.js';
import type { Answer, AnswerContext } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { checkQuestion } from './question.js';
import { TEXTS } from './texts.js';

/** What every turn on one platform shares. */
export interface TurnRuntime {
  assistant: Assistant;
  logger: Logger;
  /** MAX_QUESTION_LENGTH. */
  maxQuestionLength: number;
  /** The platform's display name, e.g. "Slack", at the start of its log lines. */
  platformName: string;
}

/** One question and how this platform answers it; `Message` is the platform's rendered reply. */
export interface Turn<Message> {
  context: AnswerContext;
  /** The reply to an empty question (help, or a pointer to it). */
  empty(): Message;
  /** The answer in the platform's markup (a promise when rendering draws, e.g. a chart picture). */
  render(answer: Answer): Message | Promise<Message>;
  /** A short text with no answer behind it (a limit or an apology), in the platform's markup. */
  notice(text: string): Message;
  /** Sends one message where the question was asked; rejects when the platform refuses it. */
  send(message: Message): Promise<void>;
  /** Runs once the question passed the check, before the core works on it (e.g. Discord's deferReply). */
  prepare?(): Promise<void>;
  /** Ids for log lines (never content). */
  where?: Record<string, unknown>;
}

/** Answer `question` with exactly one reply; never throws. */
export async function answerQuestion<M>(rt: TurnRuntime, question: string, turn: Turn<M>): Promise<void> {
  const check = checkQuestion(question, rt.maxQuestionLength);
  if (!check.ok) {
    await deliver(rt, turn, () =>
      Promise.resolve(check.reason === 'empty' ? turn.empty() : turn.notice(TEXTS.tooLong(check.length, check.max))),
    );
    return;
  }
  await deliver(rt, turn, async () => {
    await turn.prepare?.();
    return turn.render(await rt.assistant.answer(check.question, turn.context));
  });
}

/** Reply with the answer `ask` gets from the core (e.g. figures chosen from a list): one reply, never throws. */
export async function answerWith<M>(rt: TurnRuntime, ask: () => Promise<Answer>, turn: Turn<M>): Promise<void> {
  await deliver(rt, turn, async () => {
    await turn.prepare?.();
    return turn.render(await ask());
  });
}

/** Compose, send once; if composing or sending fails, one apology (and no second one if that fails too). */
async function deliver<M>(rt: TurnRuntime, turn: Turn<M>, compose: () => Promise<M>): Promise<void> {
  const log = { conversationId: turn.context.conversationId, ...turn.where };
  let message: M;
  let apology = false;
  try {
    message = await compose();
  } catch (err) {
    rt.logger.error({ err, ...log }, `${rt.platformName}: answering failed`);
    message = turn.notice(TEXTS.failure);
    apology = true;
  }
  try {
    await turn.send(message);
    return;
  } catch (err) {
    rt.logger.error({ err, ...log }, `${rt.platformName}: sending the reply failed`);
  }
  // The rendered reply was refused (e.g. the platform rejected its markup): one plain apology.
  if (apology) return;
  try {
    await turn.send(turn.notice(TEXTS.failure));
  } catch (err) {
    rt.logger.error({ err, ...log }, `${rt.platformName}: sending the apology failed too`);
  }
}
