// Internal knowledge never reaches a public Discord channel, by any path: answers, suggestions,
// autocomplete, figures, help or mentions. The fixture marks every internal item "zircon" / 4242.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { autocomplete, guildMessage, slashCommand, BOT_ID, INTERNAL_CHANNEL_ID } from './fake-discord.js';
import { isCallback, isEdit, startHarness, type Harness } from './harness.js';

const SECRET = /zircon|4,?242|424\b|Restricted Return/i;

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fixturePack('visibility'));
});
afterAll(async () => {
  await h.close();
});

const ask = (question: string, channelId?: string) =>
  h.interact(slashCommand('ask', [{ name: 'question', type: 3, value: question }], channelId), isEdit);

describe('GIVEN a public channel', () => {
  it('THEN asking for an internal note gets no internal words, only public suggestions', async () => {
    const reply = await ask('What is the zircon armoury code for holsters?');
    // The embed's title echoes the asker's own words; everything the bot adds must be public.
    const { title, ...embed } = reply.body.embeds[0];
    expect(title).toBe('What is the zircon armoury code for holsters?');
    expect(JSON.stringify([embed, reply.body.components])).not.toMatch(SECRET);
    // One suggestion per note: the public holster note, by its title.
    expect(JSON.stringify(reply.body.components)).toContain('Holster checks');
  });

  it('THEN an unanswerable question suggests only public questions', async () => {
    const reply = await ask('what time does the canteen open');
    expect(JSON.stringify(reply.body)).not.toMatch(SECRET);
  });

  it('THEN autocomplete never offers an internal question', async () => {
    for (const typed of ['zirc', 'armoury', 'holst', '']) {
      const callback = await h.interact(autocomplete('ask', 'question', typed), isCallback);
      expect(JSON.stringify(callback.body)).not.toMatch(SECRET);
    }
  });

  it('THEN figures for a force whose figures are internal say there are none, without the numbers', async () => {
    const viaCommand = await h.interact(
      slashCommand('figures', [{ name: 'force', type: 3, value: 'northdale' }]),
      isEdit,
    );
    const viaQuestion = await ask('Northdale discharges');
    const ranking = await ask('which force used the device most');
    for (const reply of [viaCommand, viaQuestion, ranking]) expect(JSON.stringify(reply.body)).not.toMatch(SECRET);
    expect(ranking.body.embeds[0].fields[0]).toEqual({ name: '1. Eastvale Police', value: '120 [1]' });
  });

  it('THEN help and a mention never show internal items', async () => {
    const help = await h.interact(slashCommand('help'), isCallback);
    const mention = await h.message(guildMessage(`<@${BOT_ID}> zircon code`, { mentionsBot: true }));
    expect(JSON.stringify(help.body)).not.toMatch(SECRET);
    expect(JSON.stringify(mention.body)).not.toMatch(/zircon armoury code is changed/i);
  });
});

describe('GIVEN an internal channel', () => {
  it('THEN the same questions get the internal note and figures', async () => {
    const note = await ask('What is the zircon armoury code for holsters?', INTERNAL_CHANNEL_ID);
    expect(note.body.embeds[0].description).toContain('The zircon armoury code is changed weekly');
    const figures = await ask('Northdale discharges', INTERNAL_CHANNEL_ID);
    expect(figures.body.embeds[0].fields[0].value).toContain('424 of 4,242 incidents = 10.0%');
  });
});
