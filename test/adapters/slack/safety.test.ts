// What must never happen in Slack: unsigned or replayed requests acted on, markup from questions
// or knowledge pinging anyone, an error leaving the asker in silence, a crash on odd payloads.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/core/assistant.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { FAKE_BOT_USER_ID } from './helpers/fake-slack.js';
import { CHANNEL, DM, startHarness, USER, type Harness } from './helpers/harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ZWSP = '\u200B';
const POLITE_FAILURE = 'Sorry — something went wrong while I was answering. Please try again in a moment.';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: {
    text?: string | { text: string };
    value?: string;
    action_id?: string;
    positive_button?: { value: string };
  }[];
};

function mention(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    user: USER,
    text: `<@${FAKE_BOT_USER_ID}> ${text}`,
    ts: '1700000700.000100',
    channel: CHANNEL,
    event_ts: '1700000700.000100',
    ...extra,
  };
}

/** Every displayed string in a payload (button values are data, never shown, so they are skipped). */
function shownStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'value' || key === 'action_id' || key === 'block_id' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => shownStrings(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shownStrings(v, k));
  return [];
}

/** Fails the test if anything shown could ping a channel, a person or a group. */
function expectNothingPings(payloads: unknown[]): void {
  const shown = shownStrings(payloads);
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) {
    expect(text, text).not.toMatch(/<[!@#]/);
    expect(text, text).not.toMatch(/@(channel|here|everyone)\b/i);
  }
}

describe('request verification', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.fake.reset());

  const body = () =>
    JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'EvSIG',
      event_time: 1,
      event: mention('where do I holster the device?'),
    });

  it('rejects a bad signature with 401 and posts nothing', async () => {
    const res = await h.send(body(), 'application/json', { signature: `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a correctly signed request with a stale timestamp (replay) with 401 and posts nothing', async () => {
    const res = await h.send(body(), 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a slash command signed with another secret', async () => {
    const form = new URLSearchParams({
      command: '/taser',
      text: 'where do I holster the device?',
      user_id: USER,
      channel_id: CHANNEL,
      response_url: h.fake.responseUrl('x'),
    });
    const res = await h.send(form.toString(), 'application/x-www-form-urlencoded', { signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
    expect(h.fake.responses).toEqual([]);
  });

  it('survives odd payloads and keeps answering', async () => {
    expect((await h.send('{not json', 'application/json')).status).toBe(400);
    expect((await h.event({ type: 'app_mention', channel: CHANNEL })).status).toBe(200);
    expect((await h.event({ type: 'reaction_added', user: USER, reaction: 'thumbsup' })).status).toBe(200);
    expect((await h.event({ type: 'message', channel_type: 'im', channel: DM })).status).toBe(200);
    expect(h.fake.calls).toEqual([]);
    await h.event(mention('where do I holster the device?'));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('markup from knowledge and questions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ assistant: await makeAssistant(path.join(here, 'fixtures', 'hostile')) });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.fake.reset());

  it('shows mentions and links written in the knowledge as plain text', async () => {
    await h.event(mention('what is the escalation procedure?'));
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    const blocks = post.args.blocks as Block[];
    expect(blocks[0]!.text!.text).toBe(
      `For an escalation tell &lt;!channel&gt; and @${ZWSP}here, ping &lt;@U0BOSS&gt; and &lt;!subteam^S0OPS|@ops-team&gt;, then read &lt;https://evil.example/|the form&gt; &amp; sign. [1]`,
    );
    // Sources are rich text, which Slack never reads as markup; mention tokens are broken all the same.
    expect(blocks[1]).toMatchObject({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: '[1] ' },
            {
              type: 'link',
              url: 'https://example.org/bulletin?issue=1&part=2',
              text: `Bulletin <${ZWSP}!channel> & <${ZWSP}@U0BOSS> @${ZWSP}everyone`,
            },
            { type: 'text', text: ` — Ops <${ZWSP}!subteam^S0OPS|@ops-team> Desk, 2024-02-01` },
          ],
        },
      ],
    });
    expectNothingPings([post.args]);
  });

  it('shows suggestions from the knowledge without live mentions', async () => {
    await h.command('bananas?');
    const body = h.fake.responses[0]!.body;
    const buttons = (body.blocks as Block[]).find((b) => b.block_id === 'suggestions')!.elements!;
    // One suggestion per note: the note's question stands for its title too.
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual([
      `What is the escalation <${ZWSP}!everyone> procedure?`,
    ]);
    expectNothingPings([body]);
  });

  it('neutralises mentions typed in a question wherever the question is shown again', async () => {
    await h.command('<!channel> what is the escalation procedure &lt;@U0BOSS&gt; @here?', { responseId: 'ask' });
    const blocks = h.fake.responses[0]!.body.blocks as Block[];
    const id = blocks
      .find((b) => b.type === 'context_actions')!
      .elements![0]!.positive_button!.value.replace(/^up:/, '');
    await h.click({ actionId: 'share_answer', value: id, ephemeral: true });
    const shared = h.fake.callsTo('chat.postMessage')[0]!;
    expect((shared.args.blocks as Block[])[0]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          // The asker's words are inert: look-alikes for @ and # cannot mention or link anyone.
          text: 'Shared from /taser: “＠channel what is the escalation procedure &lt;＠U0BOSS&gt; ＠here?”',
        },
      ],
    });
    expectNothingPings([shared.args, ...h.fake.responses.map((r) => r.body)]);
  });
});

describe('failures still get exactly one polite reply', () => {
  let h: Harness;
  let real: Assistant;
  beforeAll(async () => {
    real = await makeAssistant();
    // The real assistant, except that answering blows up as an internal bug would.
    const failing: Assistant = {
      answer: async () => {
        throw new Error('search index exploded');
      },
      figures: (f, m, c) => real.figures(f, m, c),
      complete: (p, a, l) => real.complete(p, a, l),
      overview: (a) => real.overview(a),
      recall: (id) => real.recall(id),
      feedback: (id, v, c) => real.feedback(id, v, c),
    };
    h = await startHarness({ assistant: failing });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.fake.reset());

  it('replies once in the thread when answering a mention fails', async () => {
    await h.event(mention('where do I holster the device?'));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => [p.args.thread_ts, p.args.text])).toEqual([['1700000700.000100', POLITE_FAILURE]]);
  });

  it('replies once, ephemerally, when answering a slash command fails', async () => {
    await h.command('where do I holster the device?');
    expect(h.fake.responses.map((r) => [r.body.response_type, r.body.text])).toEqual([['ephemeral', POLITE_FAILURE]]);
  });

  it('replies once in the DM when answering a direct message fails', async () => {
    await h.event({
      type: 'message',
      channel_type: 'im',
      user: USER,
      text: 'where do I holster the device?',
      ts: '1700000800.000100',
      channel: DM,
      event_ts: '1700000800.000100',
    });
    expect(h.fake.callsTo('chat.postMessage').map((p) => [p.args.channel, p.args.text])).toEqual([
      [DM, POLITE_FAILURE],
    ]);
  });
});

describe('a reply Slack refuses', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('is followed by one plain apology, so the asker is not left in silence', async () => {
    h.fake.fail('chat.postMessage', 'invalid_blocks', 1);
    await h.event(mention('where do I holster the device?'));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.args).toMatchObject({ channel: CHANNEL, thread_ts: '1700000700.000100', text: POLITE_FAILURE });
  });
});
