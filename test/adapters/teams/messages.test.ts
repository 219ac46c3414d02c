// Messages end to end through the real Teams SDK: a channel @mention is answered in its thread,
// a personal chat in the chat, exactly once; follow-ups continue the thread; internal teams see
// internal knowledge; other messages and other tenants get nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, CHANNEL_ID, INTERNAL_TEAM_ID, PERSONAL_CHAT_ID, channelMention, personalMessage } from './activities.js';
import { buttonsOf, cardOf, linksOf, paragraphsOf } from './card-reader.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const at = () => ({ serviceUrl: h.fake.url });

describe('a channel post that @mentions the bot', () => {
  it('THEN one card in that post’s thread, with the cited answer, its source once and the buttons', async () => {
    const post = channelMention('Who removes the barbs?', at());
    const sent = await h.send(post);
    expect(sent.status).toBe(200);
    expect(sent.posts).toHaveLength(1);
    const [reply] = sent.posts;
    expect(reply!.conversationId).toBe(`${CHANNEL_ID};messageid=${post.id}`);
    // The fake accepts only the bot's token, so the reply was authenticated as the bot.
    expect(reply!.authorization).toBe(`Bearer ${h.fake.botToken}`);
    expect(reply!.body).toMatchObject({ type: 'message', from: BOT });
    expect(reply!.body.summary).toMatch(/^Barbs that have penetrated skin are removed only by a paramedic or doctor\./);
    const card = cardOf(reply!);
    // The answer quotes its source: the quote is not shown a second time under the source.
    expect(paragraphsOf(card).slice(0, 4)).toEqual([
      'Barbs that have penetrated skin are removed only by a paramedic or doctor. [1]',
      'Sources',
      '[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01',
      'Related questions',
    ]);
    expect(linksOf(card)).toEqual([
      { text: 'Northshire Conducted Energy Device Manual', url: 'https://example.org/northshire/ced-manual' },
    ]);
    expect(
      buttonsOf(card)
        .slice(-2)
        .map((b) => b.title),
    ).toEqual(['👍 Helpful', '👎 Not helpful']);
  });

  it('GIVEN the mention is a reply inside a thread THEN the answer goes to that thread', async () => {
    const sent = await h.send(channelMention('Who removes the barbs?', { ...at(), threadRoot: '1700000000001' }));
    expect(sent.posts.map((p) => p.conversationId)).toEqual([`${CHANNEL_ID};messageid=1700000000001`]);
  });

  it('GIVEN a follow-up in the same thread THEN it continues; in another thread it does not', async () => {
    const root = '1700000000002';
    await h.send(channelMention('How many discharges in Northshire?', { ...at(), threadRoot: root }));
    const followUp = await h.send(channelMention('and Westmarch?', { ...at(), threadRoot: root }));
    expect(paragraphsOf(cardOf(followUp.posts[0]!))[0]).toBe(
      'Understood as: how many discharges in Westmarch Constabulary',
    );
    const elsewhere = await h.send(channelMention('and Westmarch?', { ...at(), threadRoot: '1700000000003' }));
    expect(paragraphsOf(cardOf(elsewhere.posts[0]!))[0]).not.toMatch(/^Understood as/);
  });

  it('GIVEN a team listed in TEAMS_INTERNAL_IDS THEN internal notes are answered there, and only there', async () => {
    const internal = await h.send(channelMention('When do I check the battery?', { ...at(), team: INTERNAL_TEAM_ID }));
    expect(paragraphsOf(cardOf(internal.posts[0]!))[0]).toBe(
      'The battery level is checked at the start of every shift. A battery below twenty percent is replaced before patrol. [1]',
    );
    const publicTeam = await h.send(channelMention('When do I check the battery?', at()));
    expect(JSON.stringify(cardOf(publicTeam.posts[0]!))).not.toMatch(/battery level/i);
  });

  it('GIVEN only the mention THEN a polite prompt with example questions as buttons', async () => {
    const sent = await h.send(channelMention('', at()));
    const card = cardOf(sent.posts[0]!);
    expect(paragraphsOf(card)).toEqual([
      'Ask me a question about the policy or the figures in my knowledge, for example:',
    ]);
    const examples = buttonsOf(card).filter((b) => b.verb === 'taser.example');
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.length).toBeLessThanOrEqual(3);
    expect(examples.map((b) => b.title)).toEqual(examples.map((b) => b.data.question));
  });

  it('GIVEN hostile text in the question THEN nothing of it becomes a link, a mention or markup', async () => {
    const sent = await h.send(
      channelMention('&lt;at&gt;Everyone&lt;/at&gt; **see** https://evil.example/x \u202Eoops', at()),
    );
    const json = JSON.stringify(sent.posts[0]!.body);
    expect(json).not.toMatch(/https:\/\/evil\.example|\u202E/);
    expect(sent.posts[0]!.body.entities ?? []).toEqual([]);
    expect(linksOf(cardOf(sent.posts[0]!))).toEqual([]);
  });
});

describe('messages the bot does not answer', () => {
  it('GIVEN a channel post that does not mention the bot THEN no reply', async () => {
    const sent = await h.send(channelMention('Who removes the barbs?', { ...at(), mentionBot: false }));
    expect(sent.status).toBe(200);
    expect(sent.posts).toEqual([]);
  });

  it('GIVEN a message from another tenant THEN no reply, and the log says why without content', async () => {
    const sent = await h.send(
      personalMessage('Who removes the barbs?', { ...at(), tenant: '00000000-0000-0000-0000-000000000009' }),
    );
    expect(sent.posts).toEqual([]);
    const line = h.logs.find((l) => l.msg === 'Teams: ignoring an activity from another tenant');
    expect(line).toMatchObject({ tenant: '00000000-0000-0000-0000-000000000009' });
    expect(JSON.stringify(line)).not.toMatch(/barbs/);
  });

  it('GIVEN an Action.Submit value without text THEN no reply', async () => {
    const sent = await h.send({ ...personalMessage('', at()), text: undefined, value: { anything: 1 } });
    expect(sent.posts).toEqual([]);
  });
});

describe('a personal chat', () => {
  it('THEN every message is a question, answered in the chat without any mention', async () => {
    const sent = await h.send(personalMessage('Where do I holster the device?', at()));
    expect(sent.posts.map((p) => p.conversationId)).toEqual([PERSONAL_CHAT_ID]);
    expect(paragraphsOf(cardOf(sent.posts[0]!))[0]).toBe(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
  });

  it('GIVEN a question the knowledge cannot answer THEN a refusal with the nearest questions as buttons', async () => {
    const sent = await h.send(personalMessage('What colour is the flux capacitor?', at()));
    const card = cardOf(sent.posts[0]!);
    expect(paragraphsOf(card)).toEqual(["I can't find that in my knowledge. The nearest topics I know about:"]);
    const asks = buttonsOf(card).filter((b) => b.verb === 'taser.ask');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((b) => typeof b.data.answerId === 'string' && Number.isInteger(b.data.index))).toBe(true);
  });
});
