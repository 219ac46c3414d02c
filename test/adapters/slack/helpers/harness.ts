// Drives a real Bolt app in HTTP mode on 127.0.0.1 with properly signed requests, its Web API
// pointed at the fake Slack: slash commands, events and button clicks as Slack sends them.
import { createHmac, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { SlackConfig } from '../../../../src/adapters/slack/platform.js';
import { createSlackApp, type SlackDeps } from '../../../../src/adapters/slack/app.js';
import type { Assistant } from '../../../../src/core/assistant.js';
import { silentLogger } from '../../../../src/logger.js';
import { makeAssistant } from '../../../helpers/assistant.js';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, startFakeSlack, type FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const TEAM = 'T1';
export const CHANNEL = 'C0PUBLIC';
export const DM = 'D0DIRECT';
export const USER = 'U0OFFICER';

export interface HttpResult {
  status: number;
  body: string;
}

export interface SendOptions {
  /** Seconds since the epoch written into x-slack-request-timestamp; default now. */
  timestamp?: number;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface Harness {
  fake: FakeSlack;
  app: App;
  assistant: Assistant;
  eventsUrl: string;
  /** POST a raw body signed as Slack would. */
  send(body: string, contentType: string, options?: SendOptions): Promise<HttpResult>;
  /** `/taser <text>`; the response_url records under `responseId`. */
  command(text: string, options?: { responseId?: string; channel?: string; user?: string }): Promise<HttpResult>;
  /** An Events API callback wrapping `event`. */
  event(event: Record<string, unknown>, options?: { eventId?: string } & SendOptions): Promise<HttpResult>;
  /** A block_actions click on a button. */
  click(click: ButtonClick): Promise<HttpResult>;
  close(): Promise<void>;
}

export interface ButtonClick {
  actionId: string;
  /** The element clicked: a `button` (default) or one of Slack's `feedback_buttons`. */
  element?: 'button' | 'feedback_buttons';
  value: string;
  channel?: string;
  user?: string;
  /** The message the button is on; omitted for ephemeral messages, as Slack does. */
  message?: Record<string, unknown>;
  ephemeral?: boolean;
  responseId?: string;
}

export interface HarnessOptions {
  assistant?: Assistant;
  config?: Partial<SlackConfig>;
  deps?: Partial<SlackDeps>;
}

/** Start the fake Slack and a real Bolt app wired to it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  const assistant = options.assistant ?? (await makeAssistant());
  const config: SlackConfig = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    audience: 'internal',
    adminUserIds: [],
    ...options.config,
  };
  const app = createSlackApp(
    { assistant, config, logger: silentLogger(), ...options.deps },
    { processBeforeResponse: true, botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID, webApiRetries: 0 },
  );
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  const send = async (body: string, contentType: string, o: SendOptions = {}): Promise<HttpResult> => {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const signature =
      o.signature ?? `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const res = await fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        ...o.headers,
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  };

  return {
    fake,
    app,
    assistant,
    eventsUrl,
    send,
    command: (text, o = {}) =>
      send(
        new URLSearchParams({
          token: 'legacy-verification-token',
          team_id: TEAM,
          team_domain: 'force',
          channel_id: o.channel ?? CHANNEL,
          channel_name: 'briefing',
          user_id: o.user ?? USER,
          user_name: 'officer',
          command: '/taser',
          text,
          api_app_id: 'A1',
          response_url: fake.responseUrl(o.responseId ?? 'cmd'),
          trigger_id: 'trigger-1',
        }).toString(),
        'application/x-www-form-urlencoded',
      ),
    event: (event, o = {}) =>
      send(
        JSON.stringify({
          token: 'legacy-verification-token',
          team_id: TEAM,
          api_app_id: 'A1',
          type: 'event_callback',
          event_id: o.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10)}`,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: TEAM, user_id: FAKE_BOT_USER_ID, is_bot: true }],
          event,
        }),
        'application/json',
        o,
      ),
    click: (c) => {
      const channel = c.channel ?? CHANNEL;
      const payload = {
        type: 'block_actions',
        team: { id: TEAM, domain: 'force' },
        user: { id: c.user ?? USER, username: 'officer', name: 'officer', team_id: TEAM },
        api_app_id: 'A1',
        token: 'legacy-verification-token',
        trigger_id: 'trigger-2',
        container: {
          type: 'message',
          message_ts: (c.message?.ts as string | undefined) ?? '1700000000.000100',
          channel_id: channel,
          is_ephemeral: c.ephemeral === true,
        },
        channel: { id: channel, name: 'briefing' },
        ...(c.message ? { message: c.message } : {}),
        response_url: fake.responseUrl(c.responseId ?? 'click'),
        actions: [
          {
            type: c.element ?? 'button',
            action_id: c.actionId,
            block_id: 'b',
            text: { type: 'plain_text', text: 'x' },
            value: c.value,
            action_ts: '1700000001.000200',
          },
        ],
      };
      return send(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
      );
    },
    close: async () => {
      await app.stop();
      await fake.close();
    },
  };
}
