// The one path from a question to exactly one reply, shared by every entry point:
// check the question, ask the core, render, send; any failure becomes one polite reply.
import type { Assistant } from '../../core/assistant.js';
import type { Audience } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { renderHelp } from './help.js';
import { MESSAGES } from './messages.js';
import { checkQuestion } from './question.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

/** What the entry points share: the core, who is asking from where, and the limits. */
export interface AskRuntime {
  assistant: Assistant;
  audience: Audience;
  maxQuestionLength: number;
  logger: Logger;
}

export interface AskRequest {
  /** The question as the person typed it, already decoded from Slack's format. */
  question: string;
  /** Slack user id of the asker. */
  user: string;
  conversationId: string;
  /** True when only the asker sees the reply, so it gets a "Share in channel" button. */
  shareable: boolean;
}

/** Sends one message wherever the entry point replies (thread, DM, response_url). */
export type Reply = (message: SlackMessage) => Promise<void>;

/** Answer one question with exactly one reply; never throws. */
export async function askAndReply(rt: AskRuntime, request: AskRequest, reply: Reply): Promise<void> {
  const { message, apology } = await compose(rt, request);
  try {
    await reply(message);
    return;
  } catch (err) {
    rt.logger.error({ err, conversationId: request.conversationId }, 'Slack: sending the reply failed');
  }
  // The rendered reply was refused (e.g. Slack rejected the blocks): fall back to one plain apology.
  if (apology) return;
  try {
    await reply(renderNotice(MESSAGES.failure));
  } catch (err) {
    rt.logger.error({ err, conversationId: request.conversationId }, 'Slack: sending the apology failed too');
  }
}

async function compose(rt: AskRuntime, request: AskRequest): Promise<{ message: SlackMessage; apology: boolean }> {
  try {
    const check = checkQuestion(request.question, rt.maxQuestionLength);
    if (!check.ok) {
      const message =
        check.reason === 'empty'
          ? renderHelp(rt.assistant.overview(rt.audience))
          : renderNotice(MESSAGES.tooLong(check.length, check.max));
      return { message, apology: false };
    }
    const answer = await rt.assistant.answer(check.question, {
      conversationId: request.conversationId,
      audience: rt.audience,
      userId: `slack:${request.user}`,
      platform: 'slack',
    });
    return { message: renderAnswer(answer, { shareable: request.shareable, asked: check.question }), apology: false };
  } catch (err) {
    rt.logger.error({ err, conversationId: request.conversationId }, 'Slack: answering failed');
    return { message: renderNotice(MESSAGES.failure), apology: true };
  }
}

/** Send one short notice (an apology or a limit message); never throws, logs when it cannot. */
export async function sendNotice(rt: AskRuntime, reply: Reply, text: string): Promise<void> {
  try {
    await reply(renderNotice(text));
  } catch (err) {
    rt.logger.error({ err }, 'Slack: sending a notice failed');
  }
}
