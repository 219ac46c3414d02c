// Charts on Discord end to end: rankings, comparisons and trends arrive with their PNG attached
// (multipart/form-data, as Discord receives it) and the embed's image pointing at it — in private
// replies, when posted publicly, and in replies to mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, CHANNEL_ID, buttonClick, guildMessage, slashCommand, type RestCall } from './fake-discord.js';
import { customIds, isCallback, isEdit, startHarness, type Harness } from './harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RANKING = 'which force had the most incidents in 2020-21';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The one file sent with a call, checked to be a PNG: its width and height from the IHDR chunk. */
function attachedPng(call: RestCall): { name: string; width: number; height: number } {
  expect(call.files).toHaveLength(1);
  const file = call.files![0]!;
  expect(file.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return { name: file.name, width: file.bytes.readUInt32BE(16), height: file.bytes.readUInt32BE(20) };
}

describe('GIVEN a ranking asked privately with /taser ask', () => {
  let edit: RestCall;
  beforeAll(async () => {
    edit = await h.interact(slashCommand('ask', [{ name: 'question', type: 3, value: RANKING }]), isEdit);
  });

  it('THEN the ephemeral reply carries the chart as a PNG the embed shows', () => {
    const png = attachedPng(edit);
    expect(png.name).toBe('chart.png');
    expect(png.width).toBeGreaterThan(400);
    expect(png.height).toBeGreaterThan(100);
    expect(edit.body.embeds[0].image).toEqual({ url: 'attachment://chart.png' });
    // The JSON part names attachment 0, which is the form's files[0] part.
    expect(edit.body.attachments).toEqual([{ id: '0' }]);
    expect(edit.files![0]!.field).toBe('files[0]');
  });

  it('THEN each figure is said once: in the picture, not again as fields or text bars', () => {
    const embed = edit.body.embeds[0];
    expect(embed.description).toMatch(/^Highest incidents involving a device, April 2020 – March 2021/);
    expect(embed.description).not.toMatch(/400|█/);
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['Source [1]']);
  });

  it('WHEN it is posted publicly THEN the channel gets the chart too, acknowledged while it is drawn', async () => {
    const publish = customIds(edit.body)[0]!.find((id) => id.startsWith('pub:'))!;
    const click = buttonClick(publish, { ephemeral: true });
    const deferred = await h.interact(click, isCallback);
    expect(deferred.body).toEqual({ type: 5, data: { flags: 0 } });
    const reply = await h.interact(click, isEdit);
    expect(attachedPng(reply).name).toBe('chart.png');
    expect(reply.body.embeds[0].image).toEqual({ url: 'attachment://chart.png' });
  });
});

describe('GIVEN a trend asked in a channel mention', () => {
  it('THEN the reply carries the chart and the text says what changed', async () => {
    const reply = await h.message(
      guildMessage(`<@${BOT_ID}> northshire discharges 2019-20 vs 2020-21`, { mentionsBot: true }),
    );
    expect(attachedPng(reply).name).toBe('chart.png');
    expect(reply.body.embeds[0].image).toEqual({ url: 'attachment://chart.png' });
    expect(reply.body.embeds[0].description).toMatch(/^Discharges rose from 45 .* to 50 /);
  });
});

describe('GIVEN a channel where Discord refuses the bot attachments', () => {
  it('THEN the answer is sent again without the chart, its figures as fields', async () => {
    const isPost = (c: RestCall) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages`;
    h.fake.failNext((c) => isPost(c) && (c.files?.length ?? 0) > 0, 403);
    const after = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', guildMessage(`<@${BOT_ID}> ${RANKING}`, { mentionsBot: true }));
    const refused = await h.fake.waitForCall((c) => isPost(c) && c.failedWith === 403, after);
    expect(refused.files).toHaveLength(1);
    const sent = await h.fake.waitForCall((c) => isPost(c) && !c.failedWith, after);
    expect(sent.files).toBeUndefined();
    expect(sent.body.embeds[0].image).toBeUndefined();
    expect(sent.body.embeds[0].fields.slice(0, 2)).toEqual([
      { name: '1. Northshire Police', value: '400 [1]' },
      { name: '2. Westmarch Constabulary', value: '250 [1]' },
    ]);
    expect(
      (await h.waitForLog('Discord: the reply with its chart was refused; sending it without the chart')).level,
    ).toBe(40);
  });
});

describe('GIVEN an answer with one figure or none', () => {
  it('THEN nothing is attached and the figure is a field', async () => {
    const edit = await h.interact(
      slashCommand('figures', [
        { name: 'force', type: 3, value: 'northshire' },
        { name: 'metric', type: 3, value: 'discharges' },
      ]),
      isEdit,
    );
    expect(edit.files).toBeUndefined();
    expect(edit.body.embeds[0].image).toBeUndefined();
    expect(edit.body.embeds[0].fields[0].value).toBe('discharges 50 (50 of 400 incidents = 12.5%) [1]');
  });
});
