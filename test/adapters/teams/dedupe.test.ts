// Redelivery: Azure Bot Service sends an activity again when the bot is slow or an instance
// fails mid-request. Each activity id is claimed in the state port, so a redelivered message or
// click is acted on once, also when the copy reaches another instance sharing the state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/core/state/memory-store.js';
import { cardAction, channelMention, personalMessage } from './activities.js';
import { buttonsOf, cardOf } from './card-reader.js';
import { startFakeBotConnector, type FakeBotConnector } from './fake-bot-connector.js';
import { startHarness, type Harness } from './harness.js';

describe('GIVEN one instance', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('WHEN a message is delivered twice THEN it is answered once, and the log says why the copy was dropped', async () => {
    const message = personalMessage('Who removes the barbs?', { serviceUrl: h.fake.url });
    const first = await h.send(message);
    const again = await h.send(message);
    expect(first.posts).toHaveLength(1);
    expect(again.status).toBe(200);
    expect(again.posts).toEqual([]);
    expect(h.logs.filter((l) => l.msg === 'Teams: ignoring a redelivered activity')).toEqual([
      expect.objectContaining({ activityId: message.id }),
    ]);
  });

  it('WHEN two messages share an id in different conversations THEN both are answered', async () => {
    const inChat = personalMessage('Who removes the barbs?', { serviceUrl: h.fake.url });
    const inChannel = { ...channelMention('Who removes the barbs?', { serviceUrl: h.fake.url }), id: inChat.id };
    expect((await h.send(inChat)).posts).toHaveLength(1);
    expect((await h.send(inChannel)).posts).toHaveLength(1);
  });

  it('WHEN a 👍 click is delivered twice THEN one vote is logged', async () => {
    const post = channelMention('Where do I holster the device?', { serviceUrl: h.fake.url });
    const [reply] = (await h.send(post)).posts;
    const up = buttonsOf(cardOf(reply!)).find((b) => b.title === '👍 Helpful')!;
    const click = cardAction(up, {
      serviceUrl: h.fake.url,
      cardId: 'reply-1',
      conversation: { id: reply!.conversationId, conversationType: 'channel' },
      channelData: post.channelData,
    });
    const before = h.usage.events.filter((e) => e.type === 'feedback').length;
    await h.send(click);
    await h.send(click);
    expect(h.usage.events.filter((e) => e.type === 'feedback').length - before).toBe(1);
  });
});

describe('GIVEN two instances sharing state (as with REDIS_URL)', () => {
  let fake: FakeBotConnector;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    fake = await startFakeBotConnector();
    const state = new MemoryStore();
    a = await startHarness({}, { fake, state });
    b = await startHarness({}, { fake, state });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fake?.close();
  });

  it('WHEN the copy of a message reaches the other instance THEN only the first answers', async () => {
    const message = channelMention('Who removes the barbs?', { serviceUrl: fake.url });
    const before = fake.posted.length;
    await a.send(message);
    await b.send(message);
    expect(fake.posted.length - before).toBe(1);
  });
});
