// Buttons end to end: feedback recorded through the core, "Post publicly", suggested
// questions, expired answers and buttons this bot never made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { BOT_ID, buttonClick, guildMessage, slashCommand } from './fake-discord.js';
import { customIds, isCallback, isEdit, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Ask with /taser ask and return the edited (ephemeral) reply's body. */
async function ask(question: string) {
  const edit = await h.interact(slashCommand('ask', [{ name: 'question', type: 3, value: question }]), isEdit);
  return edit.body;
}

describe('feedback buttons', () => {
  it('GIVEN 👎 on an answer THEN the vote is recorded for that answer and the user thanked privately', async () => {
    const answer = await ask('Who removes the barbs?');
    const down = customIds(answer)[0]![1]!;
    const reply = await h.interact(buttonClick(down, { ephemeral: true }), isCallback);
    expect(reply.body).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: 'Thanks — feedback recorded 👎',
        flags: EPHEMERAL,
        allowed_mentions: { parse: [], replied_user: false },
      }),
    });
    const answerId = down.replace('fb:down:', '');
    expect(h.usage.events.filter((e) => e.type === 'feedback')).toEqual([
      expect.objectContaining({ type: 'feedback', answerId, vote: 'down', platform: 'discord', notes: ['aftercare'] }),
    ]);
  });
});

describe('"Post publicly"', () => {
  it('GIVEN an ephemeral answer THEN the same answer is posted in the channel for everyone, pinging nobody', async () => {
    const answer = await ask('Where do I holster the device?');
    const publish = customIds(answer)[0]![2]!;
    const reply = await h.interact(buttonClick(publish, { ephemeral: true }), isCallback);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags ?? 0).toBe(0);
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.data.embeds).toEqual(answer.embeds);
    // Public now: feedback and related questions stay, "Post publicly" goes.
    expect(customIds(reply.body.data)).toEqual([customIds(answer)[0]!.slice(0, 2), customIds(answer)[1]]);
  });

  it('GIVEN an answer the bot no longer remembers THEN a polite private note', async () => {
    const reply = await h.interact(buttonClick('pub:no-such-answer', { ephemeral: true }), isCallback);
    expect(reply.body.data).toEqual(expect.objectContaining({ content: TEXTS.expired, flags: EPHEMERAL }));
  });
});

describe('suggestion buttons', () => {
  it('GIVEN no answer THEN at most three suggestions are buttons, and clicking one answers it privately', async () => {
    const answer = await ask('what colour is the sky');
    expect(answer.embeds[0].description).toBe("I can't find that in my knowledge. The nearest topics I know about:");
    const labels = answer.components[1].components.map((b: { label: string }) => b.label);
    expect(labels).toEqual([
      'Where do I holster the device?',
      'What aftercare is needed after firing?',
      'How often do I need to recertify?',
    ]);
    const click = buttonClick(customIds(answer)[1]![0]!, { ephemeral: true });
    expect(await h.interact(click, isCallback)).toMatchObject({ body: { type: 5, data: { flags: EPHEMERAL } } });
    const edit = await h.interact(click, isEdit);
    expect(edit.body.embeds[0].title).toBe('Where do I holster the device?');
    expect(edit.body.embeds[0].description).toMatch(/^The device is carried in a holster/);
  });

  it('GIVEN a suggestion on a public reply THEN the answer is public too', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}> what colour is the sky`, { mentionsBot: true }));
    const click = buttonClick(customIds(reply.body)[1]![2]!, { ephemeral: false });
    expect(await h.interact(click, isCallback)).toMatchObject({ body: { type: 5, data: { flags: 0 } } });
    const edit = await h.interact(click, isEdit);
    expect(edit.body.embeds[0].title).toBe('How often do I need to recertify?');
    expect(customIds(edit.body)[0]).toHaveLength(2);
  });
});

describe('a button this bot never made', () => {
  it('THEN a polite private reply, a warning in the log, and the bot keeps answering', async () => {
    const reply = await h.interact(buttonClick('mystery:42'), isCallback);
    expect(reply.body.data).toEqual(expect.objectContaining({ content: TEXTS.unknownAction, flags: EPHEMERAL }));
    expect(h.logs.find((l) => l.msg === 'Discord: unknown button')).toMatchObject({
      level: 40,
      customId: 'mystery:42',
    });
    const answer = await ask('Who removes the barbs?');
    expect(answer.embeds[0].title).toBe('Who removes the barbs?');
  });
});
