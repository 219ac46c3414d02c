// Mentions and DMs end to end: replies reference the message, ping nobody, and follow-ups
// in the same channel reuse the conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, INTERNAL_CHANNEL_ID, directMessage, guildMessage } from './fake-discord.js';
import { customIds, startHarness, type Harness } from './harness.js';

const NO_PINGS = { parse: [], replied_user: false };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a message that mentions the bot', () => {
  it('THEN the reply references that message, pings nobody, and carries the cited answer', async () => {
    const message = guildMessage(`<@${BOT_ID}> Who removes the barbs?`, { mentionsBot: true });
    const reply = await h.message(message);
    expect(reply.body.message_reference).toEqual({ message_id: message.id, fail_if_not_exists: false });
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe('Who removes the barbs?');
    expect(embed.description).toBe('Barbs that have penetrated skin are removed only by a paramedic or doctor. [1]');
    expect(embed.fields[0].name).toBe('Source [1]');
    // Already public: feedback buttons but no "Post publicly".
    expect(customIds(reply.body)[0]!.map((id) => id.split(':').slice(0, 2).join(':'))).toEqual(['fb:up', 'fb:down']);
  });

  it('GIVEN @everyone in the question THEN nothing can ping: no mention types allowed and the text is defused', async () => {
    const message = {
      ...guildMessage(`<@${BOT_ID}> @everyone where do I holster the device?`, { mentionsBot: true }),
      mention_everyone: true,
    };
    const reply = await h.message(message);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.body.content ?? '').toBe('');
    expect(JSON.stringify(reply.body.embeds)).not.toMatch(/@everyone/);
    expect(reply.body.embeds[0].title).toBe('@\u200beveryone where do I holster the device?');
  });

  it('GIVEN a follow-up in the same channel THEN it continues the conversation', async () => {
    await h.message(guildMessage(`<@${BOT_ID}> How many discharges in Northshire?`, { mentionsBot: true }));
    const reply = await h.message(guildMessage(`<@${BOT_ID}> and Westmarch?`, { mentionsBot: true }));
    expect(reply.body.embeds[0].title).toBe('how many discharges in Westmarch Constabulary');
    expect(reply.body.embeds[0].fields[0]).toEqual({
      name: 'Westmarch Constabulary — April 2020 – March 2021',
      value: 'discharges no figure published (Westmarch did not report discharges for 2020-21.) [1]',
    });
  });

  it('GIVEN an internal channel THEN internal notes are answered there', async () => {
    const reply = await h.message(
      guildMessage(`<@${BOT_ID}> When do I check the battery?`, { mentionsBot: true, channelId: INTERNAL_CHANNEL_ID }),
    );
    expect(reply.path).toBe(`/channels/${INTERNAL_CHANNEL_ID}/messages`);
    expect(reply.body.embeds[0].description).toMatch(/^The battery level is checked at the start of every shift\./);
  });

  it('GIVEN only a mention THEN a polite hint', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}>`, { mentionsBot: true }));
    expect(reply.body).toMatchObject({ content: TEXTS.emptyMention('`/taser help`'), allowed_mentions: NO_PINGS });
  });

  it('GIVEN an over-long question THEN a polite refusal instead of an answer', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}> ${'why '.repeat(150)}`, { mentionsBot: true }));
    expect(reply.body).toMatchObject({ content: TEXTS.tooLong(599, 500), allowed_mentions: NO_PINGS });
    expect(reply.body.embeds).toBeUndefined();
  });

  it('GIVEN messages without a mention, or from bots THEN they are ignored', async () => {
    const before = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', guildMessage('Who removes the barbs?'));
    h.fake.dispatch('MESSAGE_CREATE', {
      ...guildMessage(`<@${BOT_ID}> Who removes the barbs?`, { mentionsBot: true }),
      author: { id: '1999', username: 'otherbot', discriminator: '0', global_name: null, avatar: null, bot: true },
    });
    // Events are handled in order, so once this one is answered the two above were seen.
    const marker = guildMessage(`<@${BOT_ID}> How often do I need to recertify?`, { mentionsBot: true });
    await h.message(marker);
    expect(h.fake.calls.slice(before).map((c) => c.body?.message_reference?.message_id)).toEqual([marker.id]);
  });
});

describe('a direct message', () => {
  it('THEN the reply goes to the DM, referencing the message, pinging nobody', async () => {
    const message = directMessage('How often do I need to recertify?');
    const reply = await h.message(message);
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(reply.body.message_reference.message_id).toBe(message.id);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.body.embeds[0].description).toMatch(/^Officers recertify every twelve months/);
    expect(reply.body.embeds[0].description).toContain('⚠️ "Annual recertification" was due for review on 2021-01-01');
  });

  it('GIVEN Discord rejects the reply THEN the user is told politely and the bot keeps answering', async () => {
    h.fake.failNext((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    const message = guildMessage(`<@${BOT_ID}> Who removes the barbs?`, { mentionsBot: true });
    const polite = await h
      .message(message)
      .then(() => h.fake.waitForCall((c) => c.body?.message_reference?.message_id === message.id && !c.failedWith));
    expect(polite.body).toMatchObject({ content: TEXTS.failure, allowed_mentions: NO_PINGS });
    const next = await h.message(directMessage('Who removes the barbs?'));
    expect(next.body.embeds[0].title).toBe('Who removes the barbs?');
  });
});
