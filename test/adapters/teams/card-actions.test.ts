// Clicks on the answer card, as the Action.Execute invokes Teams sends: feedback is recorded and
// acknowledged to the clicker; a related question is answered with a new card in the same thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { TEAMS_TEXTS } from '../../../src/adapters/teams/texts.js';
import { CHANNEL_ID, cardAction, channelMention } from './activities.js';
import { buttonsOf, cardOf, paragraphsOf } from './card-reader.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const message = (value: string) => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value });

/** Ask in a channel thread; return the answer card and how to click its buttons. */
async function askInChannel(question: string) {
  const post = channelMention(question, { serviceUrl: h.fake.url });
  const [reply] = (await h.send(post)).posts;
  const card = cardOf(reply!);
  const click = (title: string) => {
    const b = buttonsOf(card).find((x) => x.title === title);
    if (!b) throw new Error(`no button "${title}" in ${JSON.stringify(buttonsOf(card))}`);
    return h.send(
      cardAction(b, {
        serviceUrl: h.fake.url,
        cardId: 'reply-1',
        conversation: { id: reply!.conversationId, conversationType: 'channel' },
        channelData: post.channelData,
      }),
    );
  };
  return { card, click, thread: reply!.conversationId };
}

describe('the feedback buttons', () => {
  it('GIVEN 👍 THEN the vote is logged against the answer and the clicker is thanked; nothing is posted', async () => {
    const { card, click } = await askInChannel('Who removes the barbs?');
    const answerId = buttonsOf(card).at(-1)!.data.answerId;
    const sent = await click('👍 Helpful');
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual(message(TEXTS.feedbackThanks('up')));
    expect(sent.posts).toEqual([]);
    expect(h.usage.events.filter((e) => e.type === 'feedback').at(-1)).toMatchObject({
      answerId,
      vote: 'up',
      notes: ['aftercare'],
      platform: 'teams',
    });
  });

  it('GIVEN 👎 THEN a down vote is logged', async () => {
    const { click } = await askInChannel('Where do I holster the device?');
    await click('👎 Not helpful');
    expect(h.usage.events.filter((e) => e.type === 'feedback').at(-1)).toMatchObject({ vote: 'down' });
  });
});

describe('a related-question button', () => {
  it('THEN that question is answered with one new card in the same thread', async () => {
    const { card, click, thread } = await askInChannel('Who removes the barbs?');
    const related = buttonsOf(card).find((b) => b.verb === 'taser.ask')!;
    const sent = await click(related.title);
    expect(sent.body).toEqual(message(TEAMS_TEXTS.answeredBelow));
    expect(sent.posts.map((p) => p.conversationId)).toEqual([thread]);
    expect(thread.startsWith(`${CHANNEL_ID};messageid=`)).toBe(true);
    const answer = cardOf(sent.posts[0]!);
    expect(paragraphsOf(answer)).toContain('Sources');
    expect(buttonsOf(answer).some((b) => b.title === '👍 Helpful')).toBe(true);
  });
});

describe('invokes that are not ours to act on', () => {
  const on = () => ({
    serviceUrl: h.fake.url,
    cardId: 'reply-1',
    conversation: { id: `${CHANNEL_ID};messageid=1700000000009`, conversationType: 'channel' },
  });

  it('GIVEN an answer the bot no longer remembers THEN "no longer available", nothing posted', async () => {
    const sent = await h.send(cardAction({ verb: 'taser.ask', data: { answerId: 'gone', index: 0 } }, on()));
    expect(sent.body).toEqual(message(TEXTS.expired));
    expect(sent.posts).toEqual([]);
  });

  it('GIVEN an unknown verb or malformed data THEN a polite "don’t recognise", nothing logged or posted', async () => {
    const before = h.usage.events.length;
    for (const action of [
      { verb: 'taser.delete', data: { answerId: 'a' } },
      { verb: 'taser.feedback', data: { answerId: 'a', vote: 'sideways' } },
      { verb: 'taser.ask', data: { answerId: 'a', index: -1 } },
      { verb: 'taser.feedback', data: 'not an object' },
    ]) {
      const sent = await h.send(cardAction(action, on()));
      expect(sent.body).toEqual(message(TEXTS.unknownAction));
      expect(sent.posts).toEqual([]);
    }
    expect(h.usage.events.length).toBe(before);
  });
});
