// Three bot processes in Slack HTTP mode sharing one real redis-server, behind a round-robin
// proxy on loopback, with "Slack" delivering signed events, retrying each on another instance,
// and one instance stopped (SIGTERM) mid-run: every event gets exactly one reply, follow-ups and
// shares work across instances, and a user's rate limit holds in total.
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../helpers/assistant.js';
import { slackSignature, startBot, type BotProcess } from '../../src/bench/bot-process.js';
import { redisMissing, startRedis, type RedisServer } from '../../src/bench/redis-server.js';
import { startProxy } from '../../src/bench/round-robin-proxy.js';
import { startFakeSlack, type ApiCall, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';

const SECRET = 'multi-instance-secret';
const RATE_LIMIT = 5;
const EVENTS = 200;
const HOLSTER =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";

/** POST as Slack does: retry (with x-slack-retry-num) until acknowledged; the retry may land anywhere. */
async function deliver(url: string, body: string, contentType: string, firstTry = 0): Promise<void> {
  for (let attempt = firstTry; attempt < firstTry + 10; attempt++) {
    const retry: Record<string, string> =
      attempt > 0 ? { 'x-slack-retry-num': String(attempt), 'x-slack-retry-reason': 'http_timeout' } : {};
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, ...slackSignature(SECRET, body), ...retry },
      body,
    }).catch(() => undefined);
    if (res?.status === 200) return;
  }
  throw new Error(`no instance acknowledged ${body.slice(0, 120)}`);
}

function dmEvent(eventId: string, channel: string, user: string, text: string, ts: string): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel, user, text, ts, client_msg_id: `msg-${eventId}` },
  });
}

const shown = (call: ApiCall) => JSON.stringify(call.args);

/** What was posted to the response_url `id`, once it has been (Bolt's respond() runs after the ack). */
async function responseTo(fake: FakeSlack, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 1500; i++) {
    const found = fake.responses.find((r) => r.id === id);
    if (found) return found.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing was posted to the response_url ${id}`);
}

describe.skipIf(redisMissing !== undefined)(
  `several instances sharing Redis${redisMissing ? ` (skipped: ${redisMissing})` : ''}`,
  { timeout: 240_000 },
  () => {
    let redis: RedisServer;
    let fake: FakeSlack;
    let dir: string;
    let bots: BotProcess[] = [];
    let urls: string[] = [];
    let proxy: { url: string; server: Server };

    beforeAll(async () => {
      [redis, fake, dir] = await Promise.all([startRedis(), startFakeSlack(), mkdtemp(path.join(tmpdir(), 'multi-'))]);
      bots = ['a', 'b', 'c'].map((id) =>
        startBot(
          {
            SLACK_BOT_TOKEN: 'xoxb-multi',
            SLACK_SIGNING_SECRET: SECRET,
            SLACK_API_URL: fake.apiUrl,
            PORT: '0',
            HOST: '127.0.0.1',
            KNOWLEDGE_DIR: fixturePack(),
            DATA_DIR: path.join(dir, 'data'),
            INSTANCE_ID: id,
            REDIS_URL: redis.url,
            RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
            LOG_LEVEL: 'info',
          },
          { cwd: dir },
        ),
      );
      urls = await Promise.all(bots.map((b) => b.listening()));
      proxy = await startProxy(urls);
    }, 120_000);

    afterAll(async () => {
      await Promise.all(bots.map((b) => b.kill()));
      proxy?.server.close();
      await fake?.close();
      await redis?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('answers every event exactly once, through retries and an instance stopping, within the rate limit in total', async () => {
      // 50 officers ask 4 questions each (within the limit); one asks 8 (3 over it). Every event is
      // also retried at once, as Slack does when an acknowledgement is slow: the proxy sends the
      // retry to another instance.
      const events = Array.from({ length: EVENTS }, (_, i) => ({ id: `Ev${i}`, channel: `D${i}`, user: `U${i % 50}` }));
      const heavy = Array.from({ length: 8 }, (_, i) => ({ id: `EvH${i}`, channel: `DH${i}`, user: 'UHEAVY' }));
      const all = [...events, ...heavy];
      let sent = 0;
      let stopped: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
      for (let i = 0; i < all.length; i += 12) {
        if (!stopped && sent >= all.length / 2) {
          bots[1]!.child.kill('SIGTERM');
          stopped = bots[1]!.exited;
        }
        await Promise.all(
          all.slice(i, i + 12).flatMap((e) => {
            const body = dmEvent(e.id, e.channel, e.user, 'Where do I holster the device?', `1700001000.${e.id}`);
            return [deliver(proxy.url, body, 'application/json'), deliver(proxy.url, body, 'application/json', 1)];
          }),
        );
        sent += 12;
      }
      expect(await stopped).toEqual({ code: 0, signal: null });
      // Acknowledged is not replied: wait until every channel has had its reply.
      await Promise.all(all.map((e) => fake.waitForCall('chat.postMessage', (c) => c.args.channel === e.channel)));

      const posts = fake.callsTo('chat.postMessage');
      const perChannel = new Map<string, ApiCall[]>();
      for (const p of posts)
        perChannel.set(String(p.args.channel), [...(perChannel.get(String(p.args.channel)) ?? []), p]);
      expect([...perChannel.values()].filter((p) => p.length !== 1).map((p) => p.map(shown))).toEqual([]);
      expect(perChannel.size).toBe(all.length);
      for (const e of events) expect(shown(perChannel.get(e.channel)![0]!)).toContain(HOLSTER.slice(0, 60));
      const heavyReplies = heavy.map((e) => shown(perChannel.get(e.channel)![0]!));
      expect(heavyReplies.filter((r) => r.includes(HOLSTER.slice(0, 60)))).toHaveLength(RATE_LIMIT);
      expect(heavyReplies.filter((r) => r.includes("You're asking faster than I can keep up"))).toHaveLength(3);
    });

    it('understands a follow-up asked of another instance', async () => {
      const [first, , third] = urls;
      await deliver(
        first!,
        dmEvent('EvF1', 'DFOLLOW', 'UF', 'Northshire incidents', '1700002000.000100'),
        'application/json',
      );
      await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'DFOLLOW');
      await deliver(
        third!,
        dmEvent('EvF2', 'DFOLLOW', 'UF', 'and Westmarch?', '1700002001.000100'),
        'application/json',
      );
      const reply = await fake.waitForCall(
        'chat.postMessage',
        (c) => c.args.channel === 'DFOLLOW' && shown(c).includes('Westmarch Constabulary'),
      );
      // Asked afresh, "and Westmarch?" lists every Westmarch figure; as a follow-up, only incidents.
      expect(String(reply.args.text).split('\n')[0]).toBe(
        'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
      );
      expect(String(reply.args.text)).not.toContain('discharges');
    });

    it('shares an answer given by one instance when the click reaches another', async () => {
      const [first, , third] = urls;
      const command = new URLSearchParams({
        team_id: 'T1',
        channel_id: 'CSHARE',
        user_id: 'USHARE',
        command: '/taser',
        text: 'Where do I holster the device?',
        api_app_id: 'A1',
        response_url: fake.responseUrl('ask-multi'),
        trigger_id: 't1',
      }).toString();
      await deliver(first!, command, 'application/x-www-form-urlencoded');
      const asked = await responseTo(fake, 'ask-multi');
      const blocks = asked.blocks as {
        type: string;
        elements?: { positive_button?: { value: string } }[];
      }[];
      const answerId = blocks
        .find((b) => b.type === 'context_actions')!
        .elements![0]!.positive_button!.value.replace(/^up:/, '');
      const payload = {
        type: 'block_actions',
        team: { id: 'T1', domain: 'force' },
        user: { id: 'USHARE', username: 'officer', name: 'officer', team_id: 'T1' },
        api_app_id: 'A1',
        container: { type: 'message', message_ts: '1700003000.000100', channel_id: 'CSHARE', is_ephemeral: true },
        channel: { id: 'CSHARE', name: 'briefing' },
        response_url: fake.responseUrl('share-multi'),
        actions: [
          { type: 'button', action_id: 'share_answer', block_id: 'b', value: answerId, action_ts: '1700003001.000200' },
        ],
        trigger_id: 't2',
      };
      await deliver(
        third!,
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
      );
      const shared = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'CSHARE');
      expect(shown(shared)).toContain('Shared from /taser: “Where do I holster the device?”');
      expect(shown(shared)).toContain(HOLSTER.slice(0, 60));
    });

    it('keeps answering while Redis is down, says so in /healthz and the log, and shares again once it is back', async () => {
      const [first] = urls;
      const health = async () =>
        (await (await fetch(first!.replace(/\/slack\/events$/, '/healthz'))).json()) as {
          state: { store: string; shared: boolean; warning?: string };
          knowledge: { fingerprint: string };
        };
      expect((await health()).state).toEqual({ store: 'redis', shared: true });
      // Every running instance serves the same knowledge, and says so.
      const prints = await Promise.all(
        [urls[0]!, urls[2]!].map(
          async (u) =>
            (
              (await (await fetch(u.replace(/\/slack\/events$/, '/healthz'))).json()) as {
                knowledge: { fingerprint: string };
              }
            ).knowledge.fingerprint,
        ),
      );
      expect(new Set(prints).size).toBe(1);

      await redis.stop();
      await deliver(
        first!,
        dmEvent('EvDown', 'DDOWN', 'UDOWN', 'Where do I holster the device?', '1700004000.000100'),
        'application/json',
      );
      const reply = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'DDOWN');
      expect(shown(reply)).toContain(HOLSTER.slice(0, 60));
      expect((await health()).state).toMatchObject({
        store: 'redis',
        shared: false,
        warning: expect.stringContaining('Redis is unreachable'),
      });
      await bots[0]!.waitForLog((m) => m.startsWith('Redis is unreachable'));

      await redis.start();
      await bots[0]!.waitForLog((m) => m.startsWith('Redis is reachable again'));
      expect((await health()).state).toEqual({ store: 'redis', shared: true });
    });
  },
);
