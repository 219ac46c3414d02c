// `/taser` end to end: a real discord.js Client, logged in to the fake Discord, answering
// slash commands and autocomplete from the basic fixture pack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { autocomplete, buttonClick, slashCommand, INTERNAL_CHANNEL_ID } from './fake-discord.js';
import { customIds, isCallback, isEdit, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const HOLSTER_TEXT =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";
const MANUAL_FIELD = {
  name: 'Source [1]',
  value:
    // The answer already says the quote: the source recalls only its opening words.
    '[Northshire Conducted Energy Device Manual](https://example.org/northshire/ced-manual) — Northshire Police, 2024-05-01\n> The device is carried in a holster on the side opposite…',
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('/taser ask', () => {
  it('GIVEN a question the knowledge answers THEN the reply is deferred ephemerally, then edited to the cited answer', async () => {
    const payload = slashCommand('ask', [{ name: 'question', type: 3, value: 'Where do I holster the device?' }]);
    const deferred = await h.interact(payload, isCallback);
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });

    const edit = await h.interact(payload, isEdit);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.body.embeds).toEqual([
      { color: 0x1f6feb, title: 'Where do I holster the device?', description: HOLSTER_TEXT, fields: [MANUAL_FIELD] },
    ]);
    const [[up, down, publish]] = customIds(edit.body) as [string[]];
    const answerId = publish!.replace(/^pub:/, '');
    expect([up, down]).toEqual([`fb:up:${answerId}`, `fb:down:${answerId}`]);
    expect((await h.assistant.recall(answerId))?.text).toBe(HOLSTER_TEXT);
  });

  it('GIVEN an internal note THEN only an internal channel gets it', async () => {
    const question = [{ name: 'question', type: 3, value: 'When do I check the battery?' }];
    const internal = await h.interact(slashCommand('ask', question, INTERNAL_CHANNEL_ID), isEdit);
    expect(internal.body.embeds[0].description).toBe(
      'The battery level is checked at the start of every shift. A battery below twenty percent is replaced before patrol. [1]',
    );
    const outside = await h.interact(slashCommand('ask', question), isEdit);
    expect(outside.body.embeds[0].description).toBe(
      "I can't find that in my knowledge. The nearest topics I know about:",
    );
  });

  it('GIVEN a question over the length limit THEN a polite ephemeral reply and no answer', async () => {
    const reply = await h.interact(
      slashCommand('ask', [{ name: 'question', type: 3, value: 'why '.repeat(150) }]),
      isCallback,
    );
    expect(reply.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: TEXTS.tooLong(599, 500), flags: EPHEMERAL }),
    });
  });
});

describe('/taser figures', () => {
  it('GIVEN a force choice THEN each figure is a field with its arithmetic, cited', async () => {
    const payload = slashCommand('figures', [{ name: 'force', type: 3, value: 'northshire' }]);
    const edit = await h.interact(payload, isEdit);
    const [embed] = edit.body.embeds;
    expect(embed.title).toBe('figures for Northshire Police');
    expect(embed.fields).toEqual([
      { name: 'Northshire Police — April 2020 – March 2021', value: 'incidents involving a device 400 [1]' },
      { name: 'Northshire Police — April 2020 – March 2021', value: 'discharges 50 (50 of 400 incidents = 12.5%) [1]' },
      // The source only listed the figures above: not listed a second time.
      { name: 'Source [1]', value: 'Regional Use of Force Annual Report — Midland Region Oversight Board, 2021-09' },
    ]);
    expect(embed.description).toContain(
      '⚠️ I also have figures for Northshire Police for April 2019 – March 2020; ask for the trend to see them together.',
    );
  });

  it('GIVEN a force and a metric THEN only that metric is shown', async () => {
    const payload = slashCommand('figures', [
      { name: 'force', type: 3, value: 'northshire' },
      { name: 'metric', type: 3, value: 'discharges' },
    ]);
    const edit = await h.interact(payload, isEdit);
    expect(edit.body.embeds[0].fields.slice(0, -1)).toEqual([
      { name: 'Northshire Police — April 2020 – March 2021', value: 'discharges 50 (50 of 400 incidents = 12.5%) [1]' },
    ]);
  });
});

describe('/taser help', () => {
  it('THEN an ephemeral embed shows topics with counts, the periods and five example questions', async () => {
    const reply = await h.interact(slashCommand('help'), isCallback);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    const [embed] = reply.body.data.embeds;
    expect(embed.title).toBe('What I can answer');
    expect(embed.description).toMatch(/^`\/taser ask` — ask in your own words/);
    expect(embed.fields).toEqual([
      { name: 'Topics', value: 'carry (1), training (1), use (1)' },
      { name: 'Figures', value: '2 forces · April 2019 – March 2020, April 2020 – March 2021' },
      {
        name: 'Try asking',
        value:
          '• Where do I holster the device?\n• What aftercare is needed after firing?\n• How often do I need to recertify?\n• Which side the device is holstered\n• Who removes the barbs?',
      },
    ]);
    expect(embed.footer.text).toMatch(
      /^3 notes · 3 sets of figures · 2 sources · knowledge updated \d{4}-\d{2}-\d{2}$/,
    );
    // The force list is not in the help itself, but one click away.
    expect(JSON.stringify(embed)).not.toContain('Westmarch');
    expect(reply.body.data.components).toEqual([
      { type: 1, components: [{ type: 2, style: 2, custom_id: 'forces', label: 'Forces (2)' }] },
    ]);
  });

  it('WHEN Forces is clicked THEN every force with figures is listed, privately', async () => {
    const reply = await h.interact(buttonClick('forces', { ephemeral: true }), isCallback);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.embeds[0]).toMatchObject({
      title: 'Forces with figures (2)',
      description: 'Northshire Police, Westmarch Constabulary',
    });
  });
});

describe('/taser forces', () => {
  it('THEN every force with figures is listed, privately', async () => {
    const reply = await h.interact(slashCommand('forces'), isCallback);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.embeds[0]).toMatchObject({
      title: 'Forces with figures (2)',
      description: 'Northshire Police, Westmarch Constabulary',
    });
  });
});

describe('autocomplete', () => {
  it('GIVEN a half-typed question THEN whole questions from the knowledge are offered', async () => {
    const reply = await h.interact(autocomplete('ask', 'question', 'hol'), isCallback);
    expect(reply.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Where do I holster the device?', value: 'Where do I holster the device?' },
          { name: 'Which side the device is holstered', value: 'Which side the device is holstered' },
        ],
      },
    });
  });

  it('GIVEN the force option THEN matching forces are offered by name with their id as value', async () => {
    const reply = await h.interact(autocomplete('figures', 'force', 'west'), isCallback);
    expect(reply.body.data.choices).toEqual([{ name: 'Westmarch Constabulary', value: 'westmarch' }]);
  });
});

describe('unexpected interactions', () => {
  it('GIVEN an unknown subcommand THEN a polite ephemeral reply, and the bot keeps answering', async () => {
    const reply = await h.interact(slashCommand('teleport'), isCallback);
    expect(reply.body.data).toEqual(expect.objectContaining({ content: TEXTS.unknownAction, flags: EPHEMERAL }));
    const help = await h.interact(slashCommand('help'), isCallback);
    expect(help.body.data.embeds[0].title).toBe('What I can answer');
  });

  it('GIVEN Discord fails the edit THEN the user is told politely in the same reply and it is logged', async () => {
    h.fake.failNext(isEdit);
    const payload = slashCommand('ask', [{ name: 'question', type: 3, value: 'Who removes the barbs?' }]);
    const after = h.fake.calls.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const polite = await h.fake.waitForCall((c) => isEdit(c) && c.path.includes(payload.token) && !c.failedWith, after);
    expect(polite.body).toEqual(expect.objectContaining({ content: TEXTS.failure, embeds: [], components: [] }));
    expect(h.logs.find((l) => l.msg === 'Discord: sending the reply failed')).toMatchObject({
      level: 50,
      command: 'taser',
    });
  });
});
