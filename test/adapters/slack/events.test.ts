// Mentions, direct messages and the App Home tab end to end: signed Events API callbacks into a
// real Bolt app; what is posted is read back from the fake Slack Web API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { FAKE_BOT_USER_ID } from './helpers/fake-slack.js';
import { CHANNEL, DM, startHarness, USER, type Harness } from './helpers/harness.js';

let h: Harness;
/** What the core recorded: the questions exactly as they reached it. */
const usageLog = new MemoryUsageLog();
const usage = usageLog.events;
beforeAll(async () => {
  const assistant = await makeAssistant(fixturePack(), { usageLog });
  h = await startHarness({ assistant });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  usage.length = 0;
});

const HOLSTER_TEXT =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";

function mention(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    user: USER,
    text,
    ts: '1700000100.000100',
    channel: CHANNEL,
    event_ts: '1700000100.000100',
    client_msg_id: `m-${Math.random()}`,
    ...extra,
  };
}

function dm(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel_type: 'im',
    user: USER,
    text,
    ts: `17000002${Math.floor(Math.random() * 1e6)}.000100`,
    channel: DM,
    event_ts: '1700000200.000100',
    client_msg_id: `m-${Math.random()}`,
    ...extra,
  };
}

function sectionTexts(call: { args: Record<string, unknown> }): string[] {
  return (call.args.blocks as { type: string; text?: { text: string } }[])
    .filter((b) => b.type === 'section' && b.text)
    .map((b) => b.text!.text);
}

/** The figure fields of a post, one mrkdwn text per figure. */
function figureFields(call: { args: Record<string, unknown> }): string[] {
  return (call.args.blocks as { type: string; fields?: { text: string }[] }[])
    .filter((b) => b.type === 'section' && b.fields)
    .flatMap((b) => b.fields!.map((f) => f.text));
}

const NORTHSHIRE_DISCHARGES =
  '*Northshire Police*\nApril 2020 – March 2021\ndischarges: *50* [1]\n_50 of 400 incidents = 12.5%_';
const WESTMARCH_DISCHARGES =
  '*Westmarch Constabulary*\nApril 2020 – March 2021\ndischarges: *no figure published* [1]\n_Westmarch did not report discharges for 2020-21._';

/** The sources block of a post, one string per line or quote. */
function sourcesOf(call: { args: Record<string, unknown> }): string[] {
  const blocks = call.args.blocks as { type: string; elements?: { elements?: { text?: string }[] }[] }[];
  const sources = blocks.find((b) => b.type === 'rich_text');
  return (sources?.elements ?? []).map((part) => (part.elements ?? []).map((e) => e.text ?? '').join(''));
}

function contextTexts(call: { args: Record<string, unknown> }): string[] {
  return (call.args.blocks as { type: string; elements?: { text?: string }[] }[])
    .filter((b) => b.type === 'context')
    .flatMap((b) => b.elements!.map((e) => e.text ?? ''));
}

describe('app_mention', () => {
  it('answers in the thread of the asking message, with citations', async () => {
    const res = await h.event(mention(`<@${FAKE_BOT_USER_ID}> where do I holster the device?`));
    expect(res.status).toBe(200);
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.token).toBe('xoxb-test-token');
    expect(post.args).toMatchObject({
      channel: CHANNEL,
      thread_ts: '1700000100.000100',
      unfurl_links: 'false',
      link_names: 'false',
    });
    expect(sectionTexts(post)).toEqual([HOLSTER_TEXT]);
    // One entry for the source; the answer already says the note's words, so no quote repeats them.
    expect(sourcesOf(post)).toEqual(['[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01']);
    // Public answers have Slack's feedback buttons but no "Share in channel".
    const blocks = post.args.blocks as { type: string; block_id?: string }[];
    expect(blocks.map((b) => b.type)).toEqual(['section', 'rich_text', 'actions', 'context_actions']);
    expect(blocks.some((b) => b.block_id === 'answer_share')).toBe(false);
    expect(post.args.text).toBe(
      `${HOLSTER_TEXT}\n[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01`,
    );
  });

  it('answers a mention inside a thread in that thread, with the thread as context for follow-ups', async () => {
    await h.event(
      mention(`<@${FAKE_BOT_USER_ID}> how many discharges in Northshire?`, {
        ts: '1700000300.000200',
        thread_ts: '1700000300.000001',
      }),
    );
    await h.event(
      mention(`<@${FAKE_BOT_USER_ID}> and Westmarch?`, { ts: '1700000300.000300', thread_ts: '1700000300.000001' }),
    );
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700000300.000001', '1700000300.000001']);
    expect(figureFields(posts[1]!)).toEqual([WESTMARCH_DISCHARGES]);
  });

  it('asks the core the question as typed: bot mention removed, entities and other mentions decoded', async () => {
    await h.event(
      mention(
        `<@${FAKE_BOT_USER_ID}> holster &amp; baton &lt;side&gt; for <@U0SERGEANT|sarge> in <#C0BRIEF|briefing>?`,
      ),
    );
    expect(usage.map((e) => e.type === 'question' && e.question)).toEqual([
      'holster & baton <side> for @sarge in #briefing?',
    ]);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores mentions from bots and edited messages', async () => {
    await h.event(mention(`<@${FAKE_BOT_USER_ID}> where do I holster the device?`, { bot_id: 'BOTHER' }));
    await h.event(mention(`<@${FAKE_BOT_USER_ID}> where do I holster the device?`, { subtype: 'message_changed' }));
    expect(h.fake.calls).toEqual([]);
  });

  it('posts exactly once when Slack retries the same event (X-Slack-Retry-Num)', async () => {
    const event = mention(`<@${FAKE_BOT_USER_ID}> where do I holster the device?`);
    const first = await h.event(event, { eventId: 'EvRETRY1' });
    const retry = await h.event(event, {
      eventId: 'EvRETRY1',
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('posts once when the same message arrives under two event ids (same client_msg_id)', async () => {
    const event = mention(`<@${FAKE_BOT_USER_ID}> where do I holster the device?`, { client_msg_id: 'same-message' });
    await h.event(event, { eventId: 'EvDUP1' });
    await h.event(event, { eventId: 'EvDUP2' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a bare mention with what the bot knows and how to ask', async () => {
    await h.event(mention(`<@${FAKE_BOT_USER_ID}>`));
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(sectionTexts(post)[0]).toMatch(/^\*What I know\*\n/);
    expect(sectionTexts(post).some((t) => t.startsWith('*How to ask me*\n'))).toBe(true);
  });
});

describe('direct messages', () => {
  it('answers in the DM and resolves a follow-up that leaves out the subject', async () => {
    await h.event(dm('How many discharges in Northshire?'));
    await h.event(dm('and Westmarch?'));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => [p.args.channel, p.args.thread_ts])).toEqual([
      [DM, undefined],
      [DM, undefined],
    ]);
    expect(figureFields(posts[0]!)).toEqual([NORTHSHIRE_DISCHARGES]);
    expect(figureFields(posts[1]!)).toEqual([WESTMARCH_DISCHARGES]);
    expect(contextTexts(posts[1]!)[0]).toBe('Understood as: _how many discharges in Westmarch Constabulary_');
  });

  it('keeps DM threads apart: a follow-up in a thread uses that thread, and is answered there', async () => {
    await h.event(dm('How many discharges in Westmarch?', { thread_ts: '1700000400.000001' }));
    await h.event(dm('How many incidents in Westmarch?'));
    await h.event(dm('and Northshire?', { thread_ts: '1700000400.000001' }));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700000400.000001', undefined, '1700000400.000001']);
    // The thread asked about discharges; the top-level DM about incidents.
    expect(figureFields(posts[2]!)).toEqual([NORTHSHIRE_DISCHARGES]);
  });

  it('ignores message subtypes (edits, joins) and bot messages', async () => {
    await h.event(dm('where do I holster the device?', { subtype: 'message_changed' }));
    await h.event(dm('where do I holster the device?', { subtype: 'channel_join' }));
    await h.event(dm('where do I holster the device?', { bot_id: 'BOTHER' }));
    await h.event({ ...dm('where do I holster the device?'), user: FAKE_BOT_USER_ID });
    expect(h.fake.calls).toEqual([]);
  });

  it('ignores messages in channels (only mentions are answered there)', async () => {
    await h.event(dm('where do I holster the device?', { channel_type: 'channel', channel: CHANNEL }));
    expect(h.fake.calls).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes what the bot knows when the Home tab is opened', async () => {
    await h.event({ type: 'app_home_opened', user: USER, channel: DM, tab: 'home', event_ts: '1700000500.000100' });
    const calls = h.fake.callsTo('views.publish');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args.user_id).toBe(USER);
    const view = calls[0]!.args.view as { type: string; blocks: { type: string; text?: { text: string } }[] };
    expect(view.type).toBe('home');
    const texts = view.blocks.map((b) => b.text?.text ?? `(${b.type})`);
    const updated = h.assistant.overview('internal').updatedAt.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    });
    expect(texts).toEqual([
      'What I know',
      `*4* policy notes · *3* sets of figures · *2* sources\nKnowledge last updated *${updated}*\n⚠️ 1 note is past its review date: answers from it say so`,
      '*Topics*\ncarry (1), use (1), training (1) and device (1)',
      '*Forces*\nNorthshire Police and Westmarch Constabulary',
      '*Periods the figures cover*\nApril 2019 – March 2020 and April 2020 – March 2021',
      '*Measures*\nincidents involving a device and discharges',
      '(divider)',
      'Ask me',
      [
        '• `/taser &lt;question&gt;` in any channel — only you see the answer, and you can share it',
        '• Mention me in a channel — I answer in the thread',
        '• Send me a direct message — follow-ups can leave out the subject, e.g. "and last year?"',
        "• Open me in Slack's assistant panel, where your workspace has it — I suggest questions to start with",
      ].join('\n'),
      [
        '*For example*',
        '• Where do I holster the device?',
        '• What aftercare is needed after firing?',
        '• How often do I need to recertify?',
        '• When do I check the battery?',
        '• Which side the device is holstered',
        '• Who removes the barbs?',
      ].join('\n'),
      '(divider)',
      'Feedback',
      'Every answer has 👍 / 👎 buttons. Each click is recorded with the answer it refers to, so the people who maintain my knowledge can see which answers helped and which need work.',
    ]);
  });

  it('does nothing for the Messages tab', async () => {
    await h.event({ type: 'app_home_opened', user: USER, channel: DM, tab: 'messages', event_ts: '1700000500.000200' });
    expect(h.fake.calls).toEqual([]);
  });
});
