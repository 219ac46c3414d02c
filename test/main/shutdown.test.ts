// `npm start` as operators run it: the real src/main.ts in a child process, in Slack HTTP mode
// against the fake Slack Web API. SIGTERM while an answer is in flight: the reply is still posted
// exactly once, the usage log line is on disk, and the process exits 0.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackSignature, startBot, type BotProcess } from '../../src/bench/bot-process.js';
import { fixturePack } from '../helpers/assistant.js';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';

const SECRET = 'shutdown-signing-secret';
/** Starting Node with tsx takes seconds on a busy machine; every wait below is for an event, never a delay. */
const PROCESS_TIMEOUT = 60_000;

function signedEvent(eventsUrl: string, event: Record<string, unknown>): Promise<Response> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: 'EvSHUTDOWN1',
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
  return fetch(eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body) },
    body,
  });
}

let fake: FakeSlack;
let dir: string;
let bot: BotProcess | undefined;
beforeAll(async () => {
  fake = await startFakeSlack();
  dir = await mkdtemp(path.join(tmpdir(), 'shutdown-'));
});
afterAll(async () => {
  // Only if the test failed before the bot exited: end the child this test started.
  if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('SIGTERM with an answer in flight', { timeout: PROCESS_TIMEOUT }, () => {
  it('stops accepting, posts the reply once, flushes the usage log to DATA_DIR and exits 0', async () => {
    const dataDir = path.join(dir, 'data');
    bot = startBot(
      {
        SLACK_BOT_TOKEN: 'xoxb-shutdown',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        KNOWLEDGE_DIR: fixturePack(),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        USER_HASH_SALT: 'shutdown-test-salt',
      },
      { cwd: dir },
    );
    const listening = await Promise.race([
      bot.waitForLog((msg) => msg.startsWith('Slack: listening for events on ')),
      bot.exited.then((exit) => {
        throw new Error(
          `the bot exited before listening (${JSON.stringify(exit)}):\n${bot!.logs.map((l) => l.msg).join('\n')}`,
        );
      }),
    ]);
    const eventsUrl = listening.msg.slice('Slack: listening for events on '.length);
    // 'bot ready' is logged as the signal handlers are installed.
    await bot.waitForLog((msg) => msg === 'bot ready');

    const held = fake.hold('chat.postMessage');
    const ack = await signedEvent(eventsUrl, {
      type: 'app_mention',
      user: 'U0OFFICER',
      text: '<@UBOT> Where do I holster the device?',
      ts: '1700000300.000100',
      channel: 'C0PUBLIC',
    });
    expect(ack.status).toBe(200);
    await fake.waitForCall('chat.postMessage');

    bot.child.kill('SIGTERM');
    const stopping = await bot.waitForLog(
      (msg) => msg === 'Slack: stopped accepting events; finishing the replies in progress',
    );
    expect(stopping.inFlight).toBe(1);
    await expect(
      signedEvent(eventsUrl, {
        type: 'app_mention',
        user: 'U0OFFICER',
        text: '<@UBOT> too late?',
        ts: '1700000301.000100',
        channel: 'C0PUBLIC',
      }),
    ).rejects.toThrow();
    held.release();

    expect(await bot.exited).toEqual({ code: 0, signal: null });
    const posts = fake.callsTo('chat.postMessage').map((c) => c.args);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      channel: 'C0PUBLIC',
      thread_ts: '1700000300.000100',
      text:
        "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]\n" +
        '[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01',
    });

    const lines = (await readFile(path.join(dataDir, 'usage.jsonl'), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        type: 'question',
        question: 'Where do I holster the device?',
        status: 'answered',
        notes: ['holster-side'],
        platform: 'slack',
      }),
    ]);
    const shutdown = bot.logs.map((l) => l.msg).slice(bot.logs.findIndex((l) => l.msg.startsWith('shutting down')));
    expect(shutdown).toEqual([
      'shutting down: no new questions; finishing the answers in progress',
      'Slack: stopped accepting events; finishing the replies in progress',
      'Slack: stopped',
      'stopped',
    ]);
  });
});
