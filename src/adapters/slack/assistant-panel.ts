// Slack's assistant surface (Agents & AI Apps, the side panel), through Bolt's Assistant class:
// a new thread gets suggested prompts from the knowledge's example questions; a question gets
// a "looking that up…" status, the thread a title, and the answer is posted in that thread.
// Workspaces without the feature never send these events: mentions, DMs and /taser still work.
import { Assistant, type App } from '@slack/bolt';
import { truncate } from '../../core/answer/present.js';
import { alreadyHandled } from './dedupe.js';
import { threadConversation } from './conversation.js';
import { questionFromSlackText, safePlainText } from './escape.js';
import type { SlackRuntime } from './runtime.js';
import { askAndReply } from './turn.js';

/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;
/** Characters of a prompt's title and of a thread's title; the prompt's message is the whole question. */
const MAX_PROMPT_TITLE = 75;
const MAX_THREAD_TITLE = 100;
/** How long a thread is remembered as titled: a day; after that a new question may re-title it. */
const TITLED_TTL_MS = 24 * 60 * 60 * 1000;
const PROMPTS_TITLE = 'Questions I can answer';
const LOOKING_UP = 'looking that up…';

/** Register the assistant thread listeners (they run before the plain message.im listener). */
export function registerAssistantPanel(app: App, rt: SlackRuntime): void {
  app.assistant(
    new Assistant({
      threadStarted: async ({ setSuggestedPrompts }) => {
        const examples = rt.assistant.overview(rt.audience).examples.slice(0, MAX_PROMPTS);
        if (examples.length === 0) return;
        try {
          await setSuggestedPrompts({
            title: PROMPTS_TITLE,
            prompts: examples.map((q) => ({ title: safePlainText(truncate(q, MAX_PROMPT_TITLE)), message: q })),
          });
        } catch (err) {
          rt.logger.warn({ err }, 'Slack: setting the suggested prompts of an assistant thread failed');
        }
      },
      // The bot answers from its knowledge, not from the channel the panel is open beside: nothing to save.
      threadContextChanged: () => Promise.resolve(),
      userMessage: async ({ message, body, client, context, setStatus, setTitle }) => {
        if (message.subtype !== undefined || message.bot_id || !message.user || !('thread_ts' in message)) return;
        const threadTs = message.thread_ts;
        if (!threadTs) return;
        const eventId = (body as { event_id?: string }).event_id;
        if (await alreadyHandled(rt.state, eventId, message.client_msg_id)) {
          rt.logger.info({ eventId }, 'Slack: ignoring a repeated delivery of an assistant message already handled');
          return;
        }
        const question = questionFromSlackText(message.text ?? '', context.botUserId);
        // Title and status are niceties: in a DM thread outside the assistant panel Slack refuses them.
        // The thread is titled by its first question; follow-ups keep that title.
        const first =
          question !== '' && (await rt.state.claim([`titled:${message.channel}:${threadTs}`], TITLED_TTL_MS));
        if (first) await nicety(rt, 'setting the thread title', () => setTitle(threadTitle(question)));
        await nicety(rt, 'setting the status', () => setStatus(LOOKING_UP));
        await askAndReply(
          rt,
          {
            question,
            user: message.user,
            conversation: threadConversation(message.channel, threadTs),
            shareable: false,
          },
          { client, channel: message.channel, thread_ts: threadTs },
        );
      },
    }),
  );
}

/** The thread's title: the first question, shown as plain text. */
function threadTitle(question: string): string {
  return safePlainText(truncate(question, MAX_THREAD_TITLE));
}

async function nicety(rt: SlackRuntime, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (err) {
    rt.logger.warn({ err }, `Slack: ${what} of an assistant thread failed; answering anyway`);
  }
}
