// The contract driver for Microsoft Teams: the real Teams SDK App on loopback (test/adapters/teams),
// asked through signed activities as Teams sends them (a personal chat privately, a channel thread
// @mention in shared), clicked through Action.Execute invokes; replies read from the fake Bot Connector.
import { USER, cardAction, channelMention, personalMessage } from '../teams/activities.js';
import { buttonsOf, cardOf, paragraphsOf } from '../teams/card-reader.js';
import type { PostedActivity } from '../teams/fake-bot-connector.js';
import { startHarness } from '../teams/harness.js';
import { CONTROL_OR_BIDI, stringsIn, type Click, type Driver, type DriverOptions, type Reply } from './driver.js';
import { LIVE_MARKER } from './hostile.js';

/** Where a reply went, so a click on it comes from the same conversation. */
interface Where {
  conversation: { id: string; conversationType: string };
  channelData?: unknown;
}

/** The root post of the one channel thread every shared question is asked in. */
const THREAD_ROOT = '1700000000100';

/** A posted card as a person reads it. */
function readPost(post: PostedActivity, isPublic: boolean): Reply {
  const card = cardOf(post);
  const buttons = buttonsOf(card);
  const paragraphs = paragraphsOf(card);
  return {
    text: [...paragraphs, ...buttons.map((b) => b.title)].join('\n'),
    citations: paragraphs.filter((p) => /^\[\d+(, \d+)*\] /.test(p)),
    suggestions: buttons.filter((b) => b.verb === 'taser.ask' || b.verb === 'taser.example').map((b) => b.title),
    public: isPublic,
    raw: post.body,
  };
}

/** The short message Teams shows only to the person who clicked (the invoke's response). */
function readInvokeResponse(body: { value?: unknown } | undefined): Reply {
  const text = typeof body?.value === 'string' ? body.value : '';
  return { text, citations: [], suggestions: [], public: false, raw: body };
}

/** The user as Teams names them: an Entra object id, and the Teams id the bot sees. */
const userOf = (id: string | undefined) =>
  id === undefined ? USER : { id: `29:${id}`, name: `Officer ${id.slice(-4)}`, aadObjectId: id };

export async function teamsDriver(options: DriverOptions): Promise<Driver> {
  const h = await startHarness({ audience: options.audience, internalIds: [] }, { pack: options.pack });
  const replies: { reply: Reply; where?: Where }[] = [];
  const record = (reply: Reply, where?: Where) => (replies.push({ reply, where }), reply);
  const serviceUrl = h.fake.url;

  /** Send an activity; exactly one post is expected back, read as a reply. */
  const askWith = async (activity: { from: unknown; conversation: Where['conversation']; channelData?: unknown }) => {
    const sent = await h.send(activity);
    if (sent.posts.length !== 1) throw new Error(`Teams posted ${sent.posts.length} replies, not one`);
    const isPublic = activity.conversation.conversationType !== 'personal';
    return record(readPost(sent.posts[0]!, isPublic), {
      conversation: { id: sent.posts[0]!.conversationId, conversationType: activity.conversation.conversationType },
      channelData: activity.channelData,
    });
  };

  return {
    name: 'Teams',
    // Every Teams reply is posted where it was asked (no private reply to share), and Teams bots
    // have no slash commands or autocomplete.
    can: { click: true, share: false, figures: false, autocomplete: false, people: true, understood: true },
    usage: h.usage,
    ask(question, o = {}) {
      const from = userOf(o.user);
      if (o.shared) return askWith({ ...channelMention(question, { serviceUrl, threadRoot: THREAD_ROOT }), from });
      const message = personalMessage(question, { serviceUrl });
      const chat = o.user ? `a:1personal-${o.user}` : message.conversation.id;
      return askWith({ ...message, from, conversation: { ...message.conversation, id: chat } });
    },
    async click(click: Click) {
      const last = replies.at(-1);
      if (!last?.where) throw new Error('the last Teams reply has no buttons');
      const buttons = buttonsOf(cardOf({ body: last.reply.raw } as PostedActivity));
      const suggestions = buttons.filter((b) => b.verb === 'taser.ask' || b.verb === 'taser.example');
      const button =
        click === 'share'
          ? undefined
          : click === 'helpful'
            ? buttons.find((b) => b.verb === 'taser.feedback' && b.data.vote === 'up')
            : click === 'not-helpful'
              ? buttons.find((b) => b.verb === 'taser.feedback' && b.data.vote === 'down')
              : suggestions[click.suggestion];
      if (!button) throw new Error(`the last Teams reply has no ${JSON.stringify(click)} button`);
      const sent = await h.send(
        cardAction(button, {
          serviceUrl,
          cardId: 'reply-1',
          conversation: last.where.conversation,
          channelData: last.where.channelData,
        }),
      );
      // A suggestion is answered with a new card in the conversation; feedback only with the response.
      if (sent.posts.length > 0) {
        record(readInvokeResponse(sent.body));
        return record(readPost(sent.posts.at(-1)!, last.reply.public), last.where);
      }
      return record(readInvokeResponse(sent.body));
    },
    figures: () => Promise.reject(new Error('Teams has no figures command')),
    autocomplete: () => Promise.reject(new Error('Teams has no autocomplete')),
    lastReply: () => replies.at(-1)!.reply,
    replyCount: () => replies.length,
    live(raw) {
      const found: string[] = [];
      const activity = raw as { entities?: { type?: string }[]; attachments?: unknown[] } | undefined;
      // A mention needs an entity; without one, "<at>…</at>" is only text.
      for (const e of activity?.entities ?? []) if (e.type === 'mention') found.push('a mention entity');
      for (const s of stringsIn(raw)) {
        if (LIVE_MARKER.test(s)) found.push(`a link: ${s}`);
        if (CONTROL_OR_BIDI.test(s)) found.push(`a control or bidi character: ${JSON.stringify(s)}`);
      }
      // TextRuns are never parsed as Markdown; a TextBlock would be.
      if (JSON.stringify(raw ?? null).includes('"type":"TextBlock"')) found.push('a Markdown text block');
      return found;
    },
    close: () => h.close(),
  };
}
