// A Slack turn for the shared one (shared/turn.ts): who asks where, rendered as Block Kit,
// sent wherever the entry point replies (thread, DM, response_url).
import { answerContext } from '../shared/conversation.js';
import { answerQuestion } from '../shared/turn.js';
import { renderHelp } from './help.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';
import type { SlackRuntime } from './runtime.js';

export interface SlackAsk {
  /** The question as the person typed it, already decoded from Slack's format. */
  question: string;
  /** Slack user id of the asker. */
  user: string;
  /** From conversation.ts. */
  conversation: string;
  /** True when only the asker sees the reply, so it gets a "Share in channel" button. */
  shareable: boolean;
}

/** Sends one message wherever the entry point replies. */
export type Reply = (message: SlackMessage) => Promise<void>;

/** Answer one question with exactly one reply; never throws. */
export function askAndReply(rt: SlackRuntime, ask: SlackAsk, reply: Reply): Promise<void> {
  return answerQuestion(rt, ask.question, {
    context: answerContext('slack', { conversation: ask.conversation, user: ask.user, audience: rt.audience }),
    empty: () => renderHelp(rt.assistant.overview(rt.audience)),
    render: (answer) => renderAnswer(answer, { shareable: ask.shareable }),
    notice: renderNotice,
    send: reply,
  });
}

/** Send one short notice (an apology or a limit message); never throws, logs when it cannot. */
export async function sendNotice(rt: SlackRuntime, reply: Reply, text: string): Promise<void> {
  try {
    await reply(renderNotice(text));
  } catch (err) {
    rt.logger.error({ err }, 'Slack: sending a notice failed');
  }
}
