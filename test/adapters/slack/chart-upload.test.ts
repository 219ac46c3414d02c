// Charts as pictures in Slack, end to end over signed HTTP against the fake Web API: a public
// comparison gets its PNG through files.uploadV2 in the same thread, an ephemeral /taser reply
// keeps the text chart and shares with the picture, and a failed upload loses only the picture.
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID, type ApiCall } from './helpers/fake-slack.js';
import { CHANNEL, startHarness, USER, type Harness } from './helpers/harness.js';

const COMPARISON = 'compare incidents in Northshire and Westmarch';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MENTION_TS = '1700000800.000100';

type Block = { type: string; block_id?: string; text?: { text: string }; fields?: { text: string }[] };

interface LogLine {
  level: number;
  msg: string;
}

let h: Harness;
const logs: LogLine[] = [];
beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  h = await startHarness({ deps: { logger } });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  logs.length = 0;
});

function mention(question: string) {
  return {
    type: 'app_mention',
    user: USER,
    text: `<@${FAKE_BOT_USER_ID}> ${question}`,
    ts: MENTION_TS,
    channel: CHANNEL,
    event_ts: MENTION_TS,
  };
}

/** Everything a post shows, as one string. */
function shown(call: ApiCall | { args: Record<string, unknown> }): string {
  return JSON.stringify(call.args.blocks);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('a chart in a channel thread', () => {
  it('GIVEN a comparison asked by mention THEN the answer lists the figures once and the PNG follows in the same thread', async () => {
    await h.event(mention(COMPARISON));
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args).toMatchObject({ channel: CHANNEL, thread_ts: MENTION_TS });
    // The picture is the chart: the figures are fields, and the text chart is left out.
    expect(shown(post!)).not.toContain('█');
    const fields = (post!.args.blocks as Block[]).find((b) => b.fields)!.fields!.map((f) => f.text);
    expect(fields).toEqual([expect.stringContaining('*400*'), expect.stringContaining('*250*')]);

    const [asked] = h.fake.callsTo('files.getUploadURLExternal');
    expect(asked!.args).toMatchObject({ filename: 'chart.png' });
    expect(h.fake.uploads).toHaveLength(1);
    const png = h.fake.uploads[0]!.bytes;
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Number(asked!.args.length)).toBe(png.length);
    expect(pngSize(png).width).toBeGreaterThan(200);
    expect(pngSize(png).height).toBeGreaterThan(100);

    const [completed] = h.fake.callsTo('files.completeUploadExternal');
    expect(completed!.args).toMatchObject({ channel_id: CHANNEL, thread_ts: MENTION_TS });
    // The file's title is the chart's measure and period, from the knowledge.
    expect(completed!.args.files).toEqual([
      { id: h.fake.uploads[0]!.fileId, title: 'Incidents involving a device, April 2020 – March 2021' },
    ]);
    // The answer comes first, then its picture.
    const order = h.fake.calls.map((c) => c.method);
    expect(order.indexOf('chat.postMessage')).toBeLessThan(order.indexOf('files.completeUploadExternal'));
  });

  it('GIVEN an answer without figures THEN nothing is uploaded', async () => {
    await h.event(mention('where do I holster the device?'));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
    expect(h.fake.uploads).toEqual([]);
  });

  it('GIVEN Slack refuses the upload THEN the answer stays posted once, with its figures, no apology, and the failure is logged', async () => {
    h.fake.fail('files.completeUploadExternal', 'not_allowed_token_type');
    await h.event(mention(COMPARISON));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(shown(posts[0]!)).toContain('*400*');
    expect(shown(posts[0]!)).not.toContain('Sorry');
    expect(logs.map((l) => l.msg)).toContain(
      'Slack: uploading the chart failed; the answer was posted without its picture',
    );
  });
});

describe('a chart in an ephemeral /taser reply', () => {
  it('GIVEN /taser asks for a comparison THEN the reply keeps the text chart and uploads nothing', async () => {
    await h.command(COMPARISON, { responseId: 'compare' });
    const body = h.fake.responses[0]!.body;
    expect(JSON.stringify(body.blocks)).toContain(
      '```\\nNorthshire Police      ████████████████████████ 400\\nWestmarch Constabulary ███████████████ 250\\n```',
    );
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
    // The share button says the picture goes with it.
    expect(JSON.stringify(body.blocks)).toContain('"text":"Share in channel with chart"');
  });

  it('GIVEN the asker shares it THEN the channel gets the answer and the PNG in its thread', async () => {
    await h.command(COMPARISON, { responseId: 'compare' });
    const blocks = h.fake.responses[0]!.body.blocks as { elements?: { action_id?: string; value?: string }[] }[];
    const share = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'share_answer')!;
    h.fake.reset();
    await h.click({ actionId: 'share_answer', value: share.value!, ephemeral: true, responseId: 'share' });
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args.channel).toBe(CHANNEL);
    expect(post!.args.thread_ts).toBeUndefined();
    expect(shown(post!)).not.toContain('█');
    // The picture goes into the thread of the shared answer.
    const [completed] = h.fake.callsTo('files.completeUploadExternal');
    expect(post!.ts).toBeDefined();
    expect(completed!.args).toMatchObject({ channel_id: CHANNEL, thread_ts: post!.ts });
    expect(h.fake.uploads[0]!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(h.fake.responses.map((r) => r.body.text)).toEqual(['✅ Shared in the channel.']);
  });
});
