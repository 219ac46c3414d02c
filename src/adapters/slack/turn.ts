// A Slack turn for the shared one (shared/turn.ts): who asks where, rendered as Block Kit,
// sent wherever the entry point replies (thread, DM, response_url); a public answer with a
// chart gets its PNG in the same place.
import type { webApi } from '@slack/bolt';
import type { Answer } from '../../core/types.js';
import { answerContext } from '../shared/conversation.js';
import { answerQuestion } from '../shared/turn.js';
import { drawChart, uploadChart } from './chart-upload.js';
import { renderHelp } from './help.js';
import { postMessage } from './post.js';
import { hasChart, renderAnswer, renderNotice, type RenderOptions, type SlackMessage } from './render.js';
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

/** Sends one message wherever the entry point replies (e.g. an ephemeral response_url). */
export type Reply = (message: SlackMessage) => Promise<void>;

/** A channel, DM or thread where the answer is posted for all to read; its chart follows it there. */
export interface PublicPlace {
  client: webApi.WebClient;
  channel: string;
  thread_ts?: string;
  /** Upload the chart into the thread the answer starts (for a top-level post, e.g. a share). Default false. */
  chartInNewThread?: boolean;
}

/** A rendered reply and, for an answer, the answer itself (to draw its chart). */
interface Outgoing {
  message: SlackMessage;
  answer?: Answer;
}

/** Answer one question with exactly one reply (and a public answer's chart); never throws. */
export function askAndReply(rt: SlackRuntime, ask: SlackAsk, to: Reply | PublicPlace): Promise<void> {
  const context = answerContext('slack', { conversation: ask.conversation, user: ask.user, audience: rt.audience });
  const options: RenderOptions = { shareable: ask.shareable };
  const help = () => renderHelp(rt.assistant.overview(rt.audience));
  if (typeof to === 'function') {
    return answerQuestion(rt, ask.question, {
      context,
      empty: help,
      render: (answer) => renderAnswer(answer, options),
      notice: renderNotice,
      send: to,
    });
  }
  return answerQuestion<Outgoing>(rt, ask.question, {
    context,
    empty: () => ({ message: help() }),
    render: (answer) => ({ message: renderAnswer(answer, options), answer }),
    notice: (text) => ({ message: renderNotice(text) }),
    send: (out) => postPublicly(rt, to, out.message, out.answer, options),
  });
}

/**
 * Post `message` at `place`; when `answer` has a chart, post it rendered for the picture (figure
 * lines, no text chart), then draw the PNG and upload it after the answer — the text never waits
 * for the drawing. Rejects only when the post itself fails.
 */
export async function postPublicly(
  rt: SlackRuntime,
  place: PublicPlace,
  message: SlackMessage,
  answer: Answer | undefined,
  options: RenderOptions,
): Promise<void> {
  const charted = answer && hasChart(answer) ? answer : undefined;
  const shown = charted ? renderAnswer(charted, { ...options, picture: true }) : message;
  const where = { channel: place.channel, ...(place.thread_ts ? { thread_ts: place.thread_ts } : {}) };
  const ts = await postMessage(place.client, { ...where, ...shown });
  if (!charted) return;
  const picture = await drawChart(rt.logger, charted);
  if (!picture) return;
  const thread = place.thread_ts ?? (place.chartInNewThread ? ts : undefined);
  await uploadChart(place.client, rt.logger, picture, {
    channel: place.channel,
    ...(thread ? { thread_ts: thread } : {}),
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
