// The contract driver for Slack: a real Bolt app on loopback (test/adapters/slack/helpers),
// asked through signed /taser commands, clicked through signed block_actions.
import { makeAssistant } from '../../helpers/assistant.js';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { FAKE_BOT_USER_ID } from '../slack/helpers/fake-slack.js';
import { CHANNEL, startHarness } from '../slack/helpers/harness.js';
import { CONTROL_OR_BIDI, stringsIn, type Click, type Driver, type DriverOptions, type Reply } from './driver.js';
import { LIVE_MARKER } from './hostile.js';

interface Block {
  type: string;
  block_id?: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: {
    type?: string;
    text?: string | { text: string };
    action_id?: string;
    value?: string;
    elements?: { text?: string }[];
    positive_button?: { value: string };
    negative_button?: { value: string };
  }[];
}

/** A Slack message as a person reads it. */
function read(message: Record<string, unknown>, isPublic: boolean): Reply {
  const blocks = (message.blocks as Block[] | undefined) ?? [];
  const lines: string[] = [];
  const citations: string[] = [];
  const suggestions: string[] = [];
  for (const b of blocks) {
    if (b.text) lines.push(b.text.text);
    for (const f of b.fields ?? []) lines.push(f.text);
    for (const e of b.elements ?? []) {
      if (b.type === 'rich_text') {
        // The sources: a "[n] Title — Publisher" line per source, then any quote.
        const text = (e.elements ?? []).map((part) => part.text ?? '').join('');
        lines.push(text);
        if (e.type === 'rich_text_section' && /^\[\d+\] /.test(text)) citations.push(text);
        continue;
      }
      const text = typeof e.text === 'string' ? e.text : e.text?.text;
      if (text === undefined) continue;
      lines.push(text);
      if (b.type === 'context' && /^\*\[\d+\]\*/.test(text)) citations.push(text);
      if (e.action_id?.startsWith('ask_suggestion')) suggestions.push(e.value ?? text);
    }
  }
  return { text: lines.join('\n'), citations, suggestions, public: isPublic, raw: message };
}

export async function slackDriver(options: DriverOptions): Promise<Driver> {
  const usage = new MemoryUsageLog();
  const assistant = await makeAssistant(options.pack, { usageLog: usage });
  const h = await startHarness({ assistant, config: { audience: options.audience } });
  const replies: Reply[] = [];
  let responses = 0;
  let posts = 0;
  let mentions = 0;
  /** The replies sent since the last look: the last one, or the first that `wanted` picks. */
  const collect = (wanted?: (r: Reply) => boolean): Reply => {
    const fresh: Reply[] = [];
    for (const r of h.fake.responses.slice(responses)) {
      fresh.push(read(r.body, r.body.response_type === 'in_channel'));
    }
    const postCalls = h.fake.callsTo('chat.postMessage');
    for (const c of postCalls.slice(posts)) fresh.push(read(c.args, true));
    responses = h.fake.responses.length;
    posts = postCalls.length;
    const chosen = (wanted && fresh.find(wanted)) ?? fresh.at(-1);
    if (!chosen) throw new Error('Slack sent no reply');
    // The chosen reply is the last one read, whatever else the action sent (e.g. "✅ Shared").
    replies.push(...fresh.filter((r) => r !== chosen), chosen);
    return chosen;
  };
  const buttonValue = (
    actionId: (id: string) => boolean,
  ): { actionId: string; value: string; element?: 'feedback_buttons' } => {
    const blocks = (replies.at(-1)?.raw as { blocks?: Block[] }).blocks ?? [];
    for (const b of blocks) {
      for (const e of b.elements ?? []) {
        if (e.action_id && actionId(e.action_id)) return { actionId: e.action_id, value: e.value ?? '' };
      }
    }
    throw new Error('the last Slack reply has no such button');
  };
  /** The 👍 or 👎 of Slack's feedback buttons, as Slack sends a click on it. */
  const feedbackValue = (vote: 'up' | 'down') => {
    const blocks = (replies.at(-1)?.raw as { blocks?: Block[] }).blocks ?? [];
    const element = blocks.flatMap((b) => b.elements ?? []).find((e) => e.type === 'feedback_buttons');
    const value = vote === 'up' ? element?.positive_button?.value : element?.negative_button?.value;
    if (!element?.action_id || value === undefined) throw new Error('the last Slack reply has no feedback buttons');
    return { actionId: element.action_id, value, element: 'feedback_buttons' as const };
  };
  return {
    name: 'Slack',
    can: { click: true, share: true, figures: false, autocomplete: false, people: true, understood: true },
    usage,
    async ask(question, o = {}) {
      const user = o.user ?? 'U0OFFICER';
      if (o.shared) {
        // A mention in one thread of the channel: everyone in the thread shares the conversation.
        await h.event({
          type: 'app_mention',
          user,
          text: `<@${FAKE_BOT_USER_ID}> ${question}`,
          ts: `1700009000.${String(++mentions).padStart(6, '0')}`,
          thread_ts: '1700009000.000000',
          channel: CHANNEL,
        });
      } else {
        await h.command(question, { user });
      }
      return collect();
    },
    async click(click: Click) {
      const button =
        click === 'share'
          ? buttonValue((id) => id === 'share_answer')
          : click === 'helpful'
            ? feedbackValue('up')
            : click === 'not-helpful'
              ? feedbackValue('down')
              : buttonValue((id) => id === `ask_suggestion:${click.suggestion}`);
      // /taser answers are ephemeral: Slack sends no message with the click, as in production.
      await h.click({ ...button, ephemeral: true });
      return collect(click === 'share' ? (r) => r.public : undefined);
    },
    figures: () => Promise.reject(new Error('Slack has no /taser figures command')),
    autocomplete: () => Promise.reject(new Error('Slack has no autocomplete')),
    lastReply: () => replies.at(-1)!,
    replyCount: () => replies.length,
    live(raw) {
      const found: string[] = [];
      for (const s of stringsIn(raw)) {
        if (LIVE_MARKER.test(s)) found.push(`a link: ${s}`);
        if (/<[@!#]/.test(s)) found.push(`a mention: ${s}`);
        if (/@(here|channel|everyone)\b/.test(s)) found.push(`a broadcast: ${s}`);
        if (/\*bold\*|_italic_|~strike~|`code`/.test(s)) found.push(`formatting: ${s}`);
        if (CONTROL_OR_BIDI.test(s)) found.push(`a control or bidi character: ${JSON.stringify(s)}`);
      }
      return found;
    },
    close: () => h.close(),
  };
}
