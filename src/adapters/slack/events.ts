// Event listeners: @mentions in channels, direct messages, and the App Home tab.
// Each question event is answered once, however often Slack delivers it.
import type { App } from '@slack/bolt';
import { askAndReply } from './turn.js';
import { alreadyHandled } from './dedupe.js';
import { dmConversation, isDirectMessage, threadConversation } from './conversation.js';
import { questionFromSlackText } from './escape.js';
import { renderHome } from './home.js';
import type { SlackRuntime } from './runtime.js';

/** Register app_mention, message.im and app_home_opened. */
export function registerEvents(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    // Mentions in a DM also arrive as message.im, which answers them there.
    if (isDirectMessage(event.channel) || event.subtype !== undefined || event.bot_id || !event.user) return;
    if (await isRepeat(rt, body.event_id, event.client_msg_id, context.retryNum)) return;
    const threadTs = event.thread_ts ?? event.ts;
    await askAndReply(
      rt,
      {
        question: questionFromSlackText(event.text ?? '', context.botUserId),
        user: event.user,
        conversation: threadConversation(event.channel, threadTs),
        shareable: false,
      },
      { client, channel: event.channel, thread_ts: threadTs },
    );
  });

  app.event('message', async ({ event, body, context, client }) => {
    // Edits, joins, bot posts and other subtypes are not questions.
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id || !event.user) return;
    if (await isRepeat(rt, body.event_id, event.client_msg_id, context.retryNum)) return;
    const threadTs = event.thread_ts;
    await askAndReply(
      rt,
      {
        question: questionFromSlackText(event.text ?? '', context.botUserId),
        user: event.user,
        conversation: threadTs ? threadConversation(event.channel, threadTs) : dmConversation(event.channel),
        shareable: false,
      },
      { client, channel: event.channel, ...(threadTs ? { thread_ts: threadTs } : {}) },
    );
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: renderHome(rt.assistant.overview(rt.audience)) });
    } catch (err) {
      rt.logger.error({ err }, 'Slack: publishing the App Home view failed');
    }
  });
}

/** True for a delivery already handled (same event_id or client_msg_id); remembers new ones. */
async function isRepeat(
  rt: SlackRuntime,
  eventId: string | undefined,
  clientMsgId: string | undefined,
  retryNum: number | undefined,
): Promise<boolean> {
  const repeat = await alreadyHandled(rt.state, eventId, clientMsgId);
  if (repeat) rt.logger.info({ eventId, retryNum }, 'Slack: ignoring a repeated delivery of an event already handled');
  return repeat;
}
