// startSlack as the composition root calls it: the bot token is checked against the Web API
// first, then HTTP mode listens at /slack/events; configuration mistakes name the variable.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, SlackConfigError } from '../../../src/adapters/slack/app.js';
import { startSlack } from '../../../src/adapters/slack/start.js';
import type { SlackConfig } from '../../../src/adapters/slack/platform.js';
import type { Assistant } from '../../../src/core/assistant.js';
import { silentLogger } from '../../../src/logger.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { startFakeSlack, type FakeSlack } from './helpers/fake-slack.js';
import { SIGNING_SECRET } from './helpers/harness.js';

let fake: FakeSlack;
let assistant: Assistant;
beforeAll(async () => {
  fake = await startFakeSlack();
  assistant = await makeAssistant();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

function config(overrides: Partial<SlackConfig> = {}): SlackConfig {
  // No trailing slash, as people write SLACK_API_URL: the adapter adds it.
  return {
    botToken: 'xoxb-start',
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl.replace(/\/$/, ''),
    port: 0,
    host: '127.0.0.1',
    audience: 'internal',
    adminUserIds: [],
    ...overrides,
  };
}

describe('startSlack in HTTP mode', () => {
  it('checks the token, listens at /slack/events, answers Slack URL verification, and stops', async () => {
    const running = await startSlack({ assistant, config: config(), logger: silentLogger() });
    try {
      expect(fake.calls.map((c) => [c.method, c.token])).toEqual([['auth.test', 'xoxb-start']]);
      expect(running.eventsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
      const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const res = await fetch(running.eventsUrl!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
        body,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ challenge: 'abc123' });
    } finally {
      await running.stop();
    }
    await expect(fetch(running.eventsUrl!, { method: 'POST' })).rejects.toThrow();
  });

  it('names SLACK_BOT_TOKEN when Slack rejects the token, and does not listen', async () => {
    fake.fail('auth.test', 'invalid_auth');
    await expect(startSlack({ assistant, config: config(), logger: silentLogger() })).rejects.toThrow(
      new SlackConfigError(
        'SLACK_BOT_TOKEN was rejected by Slack (invalid_auth); copy the Bot User OAuth Token from "OAuth & Permissions"',
      ),
    );
  });

  it('names SLACK_API_URL when the Web API cannot be reached', async () => {
    const gone = await startFakeSlack();
    await gone.close();
    const error = await startSlack({
      assistant,
      config: config({ apiUrl: gone.apiUrl }),
      logger: silentLogger(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Slack: could not reach the Slack Web API at ${gone.apiUrl.replace(/[.]/g, '\\.')} \\(.+\\); check the network and SLACK_API_URL$`,
      ),
    );
  });
});

describe('startSlack for operations', () => {
  it('posts admin notices to SLACK_ADMIN_CHANNEL, escaped and pinging no one; without the channel there is nothing to post to', async () => {
    const running = await startSlack({
      assistant,
      config: config({ adminChannel: 'C0ADMINS' }),
      logger: silentLogger(),
    });
    try {
      await running.postAdminNotice!({
        headline: 'Reload failed; <!channel> look:',
        problems: ['knowledge/notes.yaml:3:5: notes[0].title: must not be empty'],
      });
      expect(fake.callsTo('chat.postMessage').map((c) => c.args)).toEqual([
        {
          channel: 'C0ADMINS',
          text: 'Reload failed; &lt;!channel&gt; look:\nknowledge/notes.yaml:3:5: notes[0].title: must not be empty',
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: 'Reload failed; &lt;!channel&gt; look:' } },
            {
              type: 'section',
              text: { type: 'mrkdwn', text: '```\nknowledge/notes.yaml:3:5: notes[0].title: must not be empty\n```' },
            },
          ],
          unfurl_links: 'false',
          unfurl_media: 'false',
          link_names: 'false',
        },
      ]);
    } finally {
      await running.stop();
    }
    const quiet = await startSlack({ assistant, config: config(), logger: silentLogger() });
    await quiet.stop();
    expect(quiet.postAdminNotice).toBeUndefined();
  });

  it('stop() closes the events URL at once but resolves only after the reply in flight has been posted', async () => {
    const running = await startSlack({ assistant, config: config(), logger: silentLogger() });
    const held = fake.hold('chat.postMessage');
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'EvSTOP1',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_mention',
        user: 'U0OFFICER',
        text: '<@UBOT> Where do I holster the device?',
        ts: '1700000200.000100',
        channel: 'C0PUBLIC',
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const acked = await fetch(running.eventsUrl!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    expect(acked.status).toBe(200);
    await fake.waitForCall('chat.postMessage');

    let stopped = false;
    const stopping = running.stop().then(() => void (stopped = true));
    // Closed to new events while the answer is still on its way.
    await expect(fetch(running.eventsUrl!, { method: 'POST', body: '{}' })).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    held.release();
    await stopping;
    expect(fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.args.thread_ts])).toEqual([
      ['C0PUBLIC', '1700000200.000100'],
    ]);
  });
});

describe('createSlackApp', () => {
  it('refuses HTTP mode without a signing secret, naming the variable', () => {
    expect(() =>
      createSlackApp({ assistant, config: config({ signingSecret: undefined }), logger: silentLogger() }),
    ).toThrow(
      'Slack: SLACK_SIGNING_SECRET is missing; HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  });
});
