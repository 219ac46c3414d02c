// The contract driver for Discord: a real discord.js client logged in to the loopback fake
// (test/adapters/discord), asked through /taser ask, clicked through button interactions.
import type { RestCall } from '../discord/fake-discord.js';
import { autocomplete, BOT_ID, buttonClick, guildMessage, slashCommand } from '../discord/fake-discord.js';
import { customIds, isCallback, isEdit, startHarness } from '../discord/harness.js';
import { CONTROL_OR_BIDI, stringsIn, type Click, type Driver, type DriverOptions, type Reply } from './driver.js';
import { LIVE_MARKER } from './hostile.js';

interface Body {
  content?: string;
  flags?: number;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
}

const EPHEMERAL = 64;

/** A reply to an interaction: a message callback, or the edit of a deferred one. */
const isReply = (call: RestCall) => isEdit(call) || (isCallback(call) && call.body?.type === 4);

function read(call: RestCall, deferredEphemeral: boolean): Reply {
  const body: Body = isCallback(call) ? call.body.data : call.body;
  const lines: string[] = [];
  const citations: string[] = [];
  if (body.content) lines.push(body.content);
  for (const embed of body.embeds ?? []) {
    if (embed.title) lines.push(embed.title);
    if (embed.description) lines.push(embed.description);
    for (const f of embed.fields ?? []) {
      lines.push(f.name, f.value);
      if (f.name.startsWith('Source [')) citations.push(`${f.name} ${f.value}`);
    }
  }
  const suggestions: string[] = [];
  for (const row of body.components ?? []) {
    for (const b of row.components) {
      if (b.label) lines.push(b.label);
      if (b.custom_id?.startsWith('ask:')) suggestions.push(b.label ?? '');
    }
  }
  const ephemeral = isCallback(call) ? ((body.flags ?? 0) & EPHEMERAL) !== 0 : deferredEphemeral;
  return { text: lines.join('\n'), citations, suggestions, public: !ephemeral, raw: body };
}

export async function discordDriver(options: DriverOptions): Promise<Driver> {
  const h = await startHarness(options.pack, { audience: options.audience, internalChannelIds: [] });
  const replies: Reply[] = [];
  const last = () => replies.at(-1)!;
  const record = (reply: Reply) => (replies.push(reply), reply);
  /** Whether the token's deferral (if any) was ephemeral. */
  const deferredEphemeral = (token: string) =>
    h.fake.calls.some(
      (c) => isCallback(c) && c.path.includes(token) && c.body?.type === 5 && c.body.data?.flags === EPHEMERAL,
    );
  const interact = async (payload: { token: string }) => {
    const call = await h.interact(payload, isReply);
    return record(read(call, deferredEphemeral(payload.token)));
  };
  return {
    name: 'Discord',
    can: { click: true, share: true, figures: true, autocomplete: true, people: true, understood: true },
    usage: h.usage,
    async ask(question, o = {}) {
      if (o.shared) {
        const message = guildMessage(`<@${BOT_ID}> ${question}`, { mentionsBot: true });
        if (o.user) message.author = { ...message.author, id: o.user };
        return record(read(await h.message(message), false));
      }
      const payload = slashCommand('ask', [{ name: 'question', type: 3, value: question }]);
      if (o.user) payload.member = { ...payload.member, user: { ...payload.member.user, id: o.user } };
      return interact(payload);
    },
    click(click: Click) {
      const ids = customIds(last().raw as Body).flat();
      const id =
        click === 'share'
          ? ids.find((i) => i.startsWith('pub:'))
          : click === 'helpful'
            ? ids.find((i) => i.startsWith('fb:up:'))
            : click === 'not-helpful'
              ? ids.find((i) => i.startsWith('fb:down:'))
              : ids.find((i) => i.startsWith(`ask:${click.suggestion}:`));
      if (!id) throw new Error('the last Discord reply has no such button');
      return interact(buttonClick(id, { ephemeral: !last().public }));
    },
    figures: (force) => interact(slashCommand('figures', [{ name: 'force', type: 3, value: force }])),
    async autocomplete(typed) {
      const call = await h.interact(autocomplete('ask', 'question', typed), isCallback);
      return record({ text: '', citations: [], suggestions: [], public: false, raw: call.body });
    },
    lastReply: last,
    replyCount: () => replies.length,
    live(raw) {
      const found: string[] = [];
      for (const s of stringsIn(raw)) {
        if (LIVE_MARKER.test(s)) found.push(`a link: ${s}`);
        if (/(?<!\\)<[@#]/.test(s)) found.push(`a mention or channel chip: ${s}`);
        if (/@(everyone|here)\b/.test(s)) found.push(`a broadcast: ${s}`);
        if (/(?<!\\)\]\(/.test(s)) found.push(`a masked link: ${s}`);
        if (/(?<!\\)\*\*loud|(?<![\\*])\*bold/.test(s)) found.push(`formatting: ${s}`);
        if (/(^|\n)\s*>/.test(s)) found.push(`a quote: ${s}`);
        if (CONTROL_OR_BIDI.test(s)) found.push(`a control or bidi character: ${JSON.stringify(s)}`);
      }
      return found;
    },
    close: () => h.close(),
  };
}
