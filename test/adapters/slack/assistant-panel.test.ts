// Slack's assistant surface end to end over signed HTTP against the fake Web API: a new
// assistant thread gets suggested prompts from the knowledge, a question gets a status, a title
// and its answer in the thread, and follow-ups there continue the conversation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { fixturePack } from '../../helpers/assistant.js';
import { CHANNEL, DM, startHarness, USER, type Harness } from './helpers/harness.js';

const THREAD = '1700001000.000100';
const HOLSTER_TEXT =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => h.fake.reset());

let messages = 0;
/** A message the officer types in the assistant thread, as Slack delivers it (message.im in a thread). */
function threadMessage(text: string, thread = THREAD) {
  messages += 1;
  return {
    type: 'message',
    channel_type: 'im',
    channel: DM,
    user: USER,
    text,
    ts: `1700001000.${String(1000 + messages).padStart(6, '0')}`,
    thread_ts: thread,
    client_msg_id: `assistant-${messages}`,
  };
}

/** The section texts of a post. */
function sections(args: Record<string, unknown>): string[] {
  return (args.blocks as { type: string; text?: { text: string } }[])
    .filter((b) => b.type === 'section' && b.text)
    .map((b) => b.text!.text);
}

describe('assistant_thread_started', () => {
  it("GIVEN an officer opens the assistant panel THEN it suggests the knowledge's own example questions", async () => {
    await h.event({
      type: 'assistant_thread_started',
      assistant_thread: {
        user_id: USER,
        context: { channel_id: CHANNEL, team_id: 'T1', enterprise_id: null },
        channel_id: DM,
        thread_ts: THREAD,
      },
      event_ts: THREAD,
    });
    const [call] = h.fake.callsTo('assistant.threads.setSuggestedPrompts');
    expect(call!.args).toMatchObject({ channel_id: DM, thread_ts: THREAD, title: 'Questions I can answer' });
    const prompts = call!.args.prompts as { title: string; message: string }[];
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.length).toBeLessThanOrEqual(4);
    // Every prompt is a question some note of the loaded knowledge says it answers.
    const { knowledge } = await loadKnowledge(fixturePack(), { today: '2026-01-01' });
    const known = new Set(knowledge!.notes.flatMap((n) => n.questions));
    for (const p of prompts) {
      expect(known.has(p.message), p.message).toBe(true);
      expect(p.title).toBe(p.message);
    }
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('a question in the assistant thread', () => {
  it('GIVEN a question THEN the thread is titled, the status says "looking that up…", and the answer is posted in the thread', async () => {
    await h.event(threadMessage('Where do I holster the device?', '1700001100.000100'));
    const order = h.fake.calls.map((c) => c.method);
    expect(order).toEqual(['assistant.threads.setTitle', 'assistant.threads.setStatus', 'chat.postMessage']);
    expect(h.fake.callsTo('assistant.threads.setTitle')[0]!.args).toMatchObject({
      channel_id: DM,
      thread_ts: '1700001100.000100',
      title: 'Where do I holster the device?',
    });
    expect(h.fake.callsTo('assistant.threads.setStatus')[0]!.args).toMatchObject({
      channel_id: DM,
      thread_ts: '1700001100.000100',
      status: 'looking that up…',
    });
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args).toMatchObject({ channel: DM, thread_ts: '1700001100.000100' });
    expect(sections(post.args)).toEqual([HOLSTER_TEXT]);
  });

  it('GIVEN a follow-up in the same thread THEN it is read with the first question and the title stays', async () => {
    await h.event(threadMessage('How many discharges in Northshire?', '1700001200.000100'));
    await h.event(threadMessage('and Westmarch?', '1700001200.000100'));
    expect(h.fake.callsTo('assistant.threads.setTitle').map((c) => c.args.title)).toEqual([
      'How many discharges in Northshire?',
    ]);
    expect(h.fake.callsTo('assistant.threads.setStatus')).toHaveLength(2);
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700001200.000100', '1700001200.000100']);
    expect(JSON.stringify(posts[1]!.args.blocks)).toContain(
      'Understood as: _how many discharges in Westmarch Constabulary_',
    );
    expect(JSON.stringify(posts[1]!.args.blocks)).toContain('Westmarch Constabulary*');
  });

  it('GIVEN Slack refuses the status (a DM thread outside the panel) THEN the answer is still posted once', async () => {
    h.fake.fail('assistant.threads.setStatus', 'not_allowed');
    h.fake.fail('assistant.threads.setTitle', 'not_allowed');
    await h.event(threadMessage('Where do I holster the device?', '1700001300.000100'));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(sections(posts[0]!.args)).toEqual([HOLSTER_TEXT]);
  });

  it('GIVEN Slack delivers the same message twice THEN it is answered once', async () => {
    const message = threadMessage('Where do I holster the device?', '1700001400.000100');
    await h.event(message, { eventId: 'EvSAME' });
    await h.event(message, { eventId: 'EvSAME', headers: { 'x-slack-retry-num': '1' } });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN a message from a bot in the thread THEN nothing is posted', async () => {
    await h.event({ ...threadMessage('Where do I holster the device?'), bot_id: 'BOTHER' });
    expect(h.fake.calls).toEqual([]);
  });
});
