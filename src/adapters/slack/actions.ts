// Button clicks: 👍/👎 feedback buttons (acknowledged in place), "Share in channel" for ephemeral
// answers, suggestion/example buttons that ask their question, and the help's force list.
import type { App, BlockAction, ButtonAction, FeedbackButtonsAction, RespondFn } from '@slack/bolt';
import { answerContext } from '../shared/conversation.js';
import { TEXTS } from '../shared/texts.js';
import { dmConversation, isDirectMessage, slashConversation, threadConversation } from './conversation.js';
import {
  ACTION_IDS,
  acknowledgeVote,
  readFeedback,
  renderAnswer,
  renderNotice,
  SUGGESTION_ACTION,
  type Block,
  type SlackMessage,
} from './render.js';
import { renderForces, SHOW_FORCES_ACTION } from './help.js';
import type { SlackRuntime } from './runtime.js';
import { askAndReply, postPublicly, sendNotice } from './turn.js';

/** Slack's own instruction when the bot is not in the channel it is asked to share into. */
const SHARE_NOT_IN_CHANNEL =
  'I cannot post in this conversation: invite me to the channel first (type /invite and pick me), then share again.';

type ButtonClick = BlockAction<ButtonAction>;
type FeedbackClick = BlockAction<FeedbackButtonsAction>;

/** Any action id no listener above handles, e.g. a button from an older version of the bot. */
const OTHER_ACTION = new RegExp(
  `^(?!(${ACTION_IDS.feedback}|${ACTION_IDS.share}|${SHOW_FORCES_ACTION})$)(?!${SUGGESTION_ACTION.source.slice(1)})`,
);

/** Register the button listeners. */
export function registerActions(app: App, rt: SlackRuntime): void {
  app.action<FeedbackClick>(ACTION_IDS.feedback, async ({ ack, body, action, respond }) => {
    await ack();
    const feedback = readFeedback(action.value);
    if (!feedback) {
      rt.logger.warn({ actionId: action.action_id }, 'Slack: a feedback click without a vote and answer id');
      return sendNotice(rt, ephemeral(respond, body), TEXTS.feedbackFailed);
    }
    const { vote, answerId } = feedback;
    try {
      await rt.assistant.feedback(
        answerId,
        vote,
        answerContext('slack', { conversation: conversationOf(body), user: body.user.id, audience: rt.audience }),
      );
    } catch (err) {
      rt.logger.error({ err, answerId }, 'Slack: recording feedback failed');
      await sendNotice(rt, ephemeral(respond, body), TEXTS.feedbackFailed);
      return;
    }
    if (!body.response_url) return;
    try {
      await respond({
        replace_original: true,
        text: body.message?.text ?? 'Thanks — feedback recorded',
        blocks: acknowledgeVote(await originalBlocks(rt, body, answerId), vote),
      });
    } catch (err) {
      rt.logger.error({ err, answerId }, 'Slack: acknowledging feedback in place failed');
    }
  });

  app.action<ButtonClick>(ACTION_IDS.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const reply = ephemeral(respond, body);
    const answer = await rt.assistant.recall(action.value ?? '');
    if (!answer) return sendNotice(rt, reply, TEXTS.expired);
    const channel = body.channel?.id;
    if (!channel) return sendNotice(rt, reply, TEXTS.shareFailed);
    try {
      // Shared with the picture: the chart goes into the thread of the shared answer.
      const options = { shared: true };
      await postPublicly(
        rt,
        { client, channel, chartInNewThread: true },
        renderAnswer(answer, options),
        answer,
        options,
      );
    } catch (err) {
      const code = slackErrorCode(err);
      rt.logger.warn({ err, code }, 'Slack: sharing an answer in the channel failed');
      const cannotPost = code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived';
      return sendNotice(rt, reply, cannotPost ? SHARE_NOT_IN_CHANNEL : TEXTS.shareFailed);
    }
    try {
      await respond({ replace_original: true, ...renderNotice(TEXTS.shared) });
    } catch (err) {
      rt.logger.warn({ err }, 'Slack: replacing the shared ephemeral answer failed');
    }
  });

  app.action<ButtonClick>(SUGGESTION_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const question = action.value ?? '';
    const inEphemeral = body.container?.is_ephemeral === true;
    const channel = body.channel?.id;
    if (inEphemeral || !channel) {
      return askAndReply(
        rt,
        { question, user: body.user.id, conversation: conversationOf(body), shareable: true },
        ephemeral(respond, body),
      );
    }
    const threadTs = threadOf(body);
    return askAndReply(
      rt,
      { question, user: body.user.id, conversation: conversationOf(body), shareable: false },
      { client, channel, ...(threadTs ? { thread_ts: threadTs } : {}) },
    );
  });

  app.action<ButtonClick>(SHOW_FORCES_ACTION, async ({ ack, body, respond }) => {
    await ack();
    try {
      await ephemeral(respond, body)(renderForces(rt.assistant.overview(rt.audience)));
    } catch (err) {
      rt.logger.error({ err }, 'Slack: listing the forces failed');
    }
  });

  registerUnknownAction(app, rt);
}

/** Register a catch-all so an unknown button is acknowledged with a polite line, not silence. */
function registerUnknownAction(app: App, rt: SlackRuntime): void {
  app.action<ButtonClick>(OTHER_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    rt.logger.warn({ actionId: action.action_id }, 'Slack: click on a button this version does not handle');
    await sendNotice(rt, ephemeral(respond, body), TEXTS.unknownAction);
  });
}

/** A reply only the clicker sees, as a new message (the clicked one stays). */
function ephemeral(respond: RespondFn, body: ButtonClick | FeedbackClick) {
  return async (message: SlackMessage) => {
    if (!body.response_url) throw new Error('Slack: this button click carries no response_url to reply to');
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  };
}

/** The thread a public message belongs to; top-level DM messages have none. */
function threadOf(body: ButtonClick | FeedbackClick): string | undefined {
  const channel = body.channel?.id ?? '';
  const message = body.message;
  if (!message) return undefined;
  return (message.thread_ts as string | undefined) ?? (isDirectMessage(channel) ? undefined : message.ts);
}

/** The conversation the clicked message belongs to, matching the ids the question listeners use. */
function conversationOf(body: ButtonClick | FeedbackClick): string {
  const channel = body.channel?.id ?? 'unknown';
  if (body.container?.is_ephemeral === true || !body.message) return slashConversation(channel, body.user.id);
  const thread = threadOf(body);
  return thread ? threadConversation(channel, thread) : dmConversation(channel);
}

/** The clicked message's blocks: from the payload, or re-rendered for ephemeral messages (which Slack does not echo). */
async function originalBlocks(rt: SlackRuntime, body: FeedbackClick, answerId: string): Promise<Block[]> {
  const blocks = body.message?.blocks as Block[] | undefined;
  if (Array.isArray(blocks)) return blocks;
  const answer = await rt.assistant.recall(answerId);
  return answer ? renderAnswer(answer, { shareable: body.container?.is_ephemeral === true }).blocks : [];
}

/** The `error` code of a Slack Web API platform error, e.g. "not_in_channel". */
function slackErrorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'data' in err) {
    const data = (err as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
  }
  return undefined;
}
