// Button clicks end to end: 👍/👎 recorded in the durable usage log and acknowledged in place,
// "Share in channel" posting publicly, and suggestion buttons asking their question.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JsonlUsageLog, USAGE_FILE } from '../../../src/core/usage/usage-log.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { FAKE_BOT_USER_ID } from './helpers/fake-slack.js';
import { CHANNEL, startHarness, USER, type Harness } from './helpers/harness.js';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: {
    type?: string;
    action_id?: string;
    value?: string;
    text?: string | { text: string };
    elements?: { text?: string }[];
    positive_button?: { value: string };
  }[];
};

/** The answer id behind a rendered answer, read from its 👍 button's value ("up:<id>"). */
function answerIdOf(blocks: Block[]): string {
  const feedback = blocks.find((b) => b.type === 'context_actions')!.elements![0]!;
  return feedback.positive_button!.value.replace(/^up:/, '');
}

/** The first line of the sources block: "[1] Title — Publisher, date". */
function firstSource(blocks: Block[]): string {
  const sources = blocks.find((b) => b.block_id === 'sources')!;
  return sources.elements![0]!.elements!.map((e) => e.text ?? '').join('');
}

let h: Harness;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'slack-actions-'));
  const assistant = await makeAssistant(fixturePack(), { usageLog: new JsonlUsageLog(dataDir) });
  h = await startHarness({ assistant });
});
afterAll(async () => {
  await h.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => h.fake.reset());

async function loggedFeedback(): Promise<Record<string, unknown>[]> {
  const lines = (await readFile(path.join(dataDir, USAGE_FILE), 'utf8')).trim().split('\n');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.type === 'feedback');
}

/** Ask with /taser and return the ephemeral reply's answer id. */
async function slashAnswer(question: string): Promise<string> {
  await h.command(question, { responseId: 'ask' });
  const blocks = h.fake.responses.at(-1)!.body.blocks as Block[];
  const id = answerIdOf(blocks);
  h.fake.reset();
  return id;
}

/** Ask by mention and return the posted message as Slack would echo it in a click payload. */
async function postedAnswer(question: string): Promise<{ id: string; message: Record<string, unknown> }> {
  await h.event({
    type: 'app_mention',
    user: USER,
    text: `<@${FAKE_BOT_USER_ID}> ${question}`,
    ts: '1700000600.000100',
    channel: CHANNEL,
    event_ts: '1700000600.000100',
  });
  const post = h.fake.callsTo('chat.postMessage')[0]!;
  const blocks = post.args.blocks as Block[];
  const id = answerIdOf(blocks);
  h.fake.reset();
  const message = {
    type: 'message',
    user: FAKE_BOT_USER_ID,
    ts: '1700000600.000900',
    thread_ts: post.args.thread_ts,
    text: post.args.text,
    blocks,
  };
  return { id, message };
}

describe('feedback buttons', () => {
  it('records a 👍 on a public answer durably and replaces the vote buttons with a thank-you in place', async () => {
    const { id, message } = await postedAnswer('where do I holster the device?');
    const res = await h.click({
      actionId: 'answer_feedback',
      element: 'feedback_buttons',
      value: `up:${id}`,
      message,
      responseId: 'vote',
    });
    expect(res.status).toBe(200);
    expect(await loggedFeedback()).toMatchObject([
      { type: 'feedback', answerId: id, vote: 'up', platform: 'slack', notes: ['holster-side'] },
    ]);
    expect(h.fake.responses).toHaveLength(1);
    const ack = h.fake.responses[0]!;
    expect(ack.id).toBe('vote');
    expect(ack.body.replace_original).toBe(true);
    expect(ack.body.text).toBe(message.text);
    const blocks = ack.body.blocks as Block[];
    expect(blocks.slice(0, -1)).toEqual((message.blocks as Block[]).filter((b) => b.block_id !== 'answer_feedback'));
    expect(blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Thanks — feedback recorded 👍' }],
    });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('records a 👎 on an ephemeral answer and keeps its "Share in channel" button', async () => {
    const id = await slashAnswer('How often do I need to recertify?');
    await h.click({ actionId: 'answer_feedback', element: 'feedback_buttons', value: `down:${id}`, ephemeral: true });
    const votes = await loggedFeedback();
    expect(votes.at(-1)).toMatchObject({
      answerId: id,
      vote: 'down',
      notes: ['recertification'],
      question: 'How often do I need to recertify?',
    });
    const blocks = h.fake.responses[0]!.body.blocks as Block[];
    expect(blocks.find((b) => b.block_id === 'answer_share')!.elements!.map((e) => e.action_id)).toEqual([
      'share_answer',
    ]);
    expect(blocks.some((b) => b.type === 'context_actions')).toBe(false);
    expect(blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Thanks — feedback recorded 👎' }],
    });
  });
});

describe('"Share in channel"', () => {
  it('posts the ephemeral answer publicly in the channel, without a share button, and says so to the asker', async () => {
    const id = await slashAnswer('Where do I holster the device?');
    await h.click({ actionId: 'share_answer', value: id, ephemeral: true, responseId: 'share' });
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.channel).toBe(CHANNEL);
    expect(posts[0]!.args.thread_ts).toBeUndefined();
    const blocks = posts[0]!.args.blocks as Block[];
    expect(blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Shared from /taser: “Where do I holster the device?”' }],
    });
    expect(blocks[1]!.text!.text).toBe(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
    expect(firstSource(blocks)).toMatch(/^\[1\] Northshire Conducted Energy Device Manual/);
    expect(blocks.some((b) => b.block_id === 'answer_share')).toBe(false);
    expect(blocks.at(-1)!.type).toBe('context_actions');
    expect(h.fake.responses.map((r) => [r.id, r.body.replace_original, r.body.text])).toEqual([
      ['share', true, '✅ Shared in the channel.'],
    ]);
  });

  it('says politely when the answer has expired, and posts nothing', async () => {
    await h.click({ actionId: 'share_answer', value: 'no-such-answer', ephemeral: true });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.fake.responses.map((r) => r.body)).toEqual([
      {
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Sorry — that answer is no longer available. Ask the question again for a new one.',
        blocks: [
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: 'Sorry — that answer is no longer available. Ask the question again for a new one.',
            },
          },
        ],
      },
    ]);
  });

  it('explains how to invite the bot when it is not in the channel', async () => {
    const id = await slashAnswer('Where do I holster the device?');
    h.fake.fail('chat.postMessage', 'not_in_channel');
    await h.click({ actionId: 'share_answer', value: id, ephemeral: true });
    expect(h.fake.responses.map((r) => r.body.text)).toEqual([
      'I cannot post in this conversation: invite me to the channel first (type /invite and pick me), then share again.',
    ]);
  });
});

describe('suggestion buttons', () => {
  it('asks the suggested question and answers ephemerally when clicked under an ephemeral reply', async () => {
    await h.click({
      actionId: 'ask_suggestion:2',
      value: 'How often do I need to recertify?',
      ephemeral: true,
      responseId: 'suggested',
    });
    expect(h.fake.responses).toHaveLength(1);
    const { id, body } = h.fake.responses[0]!;
    expect(id).toBe('suggested');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = body.blocks as Block[];
    expect(blocks[0]!.text!.text).toBe(
      'Officers recertify every twelve months with an eight-hour practical course. An officer who misses recertification must hand in the device until they pass. [1]',
    );
    expect(firstSource(blocks)).toContain(' · review due');
    expect(blocks[2]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '⚠️ "Annual recertification" was due for review on 2021-01-01: check it is still current.',
        },
      ],
    });
    expect(blocks.slice(-2).map((b) => b.block_id)).toEqual(['answer_share', 'answer_feedback']);
  });

  it('answers in the thread when clicked under a public answer', async () => {
    const { message } = await postedAnswer('what about pineapples?');
    await h.click({ actionId: 'ask_suggestion:0', value: 'Where do I holster the device?', message });
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args).toMatchObject({ channel: CHANNEL, thread_ts: '1700000600.000100' });
    expect((posts[0]!.args.blocks as Block[])[0]!.text!.text).toBe(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
  });
});

describe('unknown buttons', () => {
  it('answers a click on a button this version does not know with one polite ephemeral line', async () => {
    const res = await h.click({ actionId: 'old_button_from_v0', value: 'x', ephemeral: true });
    expect(res.status).toBe(200);
    expect(h.fake.calls).toEqual([]);
    expect(h.fake.responses.map((r) => [r.body.response_type, r.body.replace_original, r.body.text])).toEqual([
      [
        'ephemeral',
        false,
        "Sorry — I don't recognise that action (it may come from an older version of this bot). Please ask your question again.",
      ],
    ]);
  });
});
