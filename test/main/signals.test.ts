// Both starts, `npm start` and the production start (`npm run build`, then `node dist/main.js`),
// stop cleanly, exit 0, whichever process gets SIGTERM: the start command's own PID (npm's, for
// `npm start`), its whole process group (as a terminal's Ctrl-C or a container stop does, so the
// bot gets the signal twice: from the group and relayed by npm), or while a knowledge reload is
// under way with a reply in flight. Afterwards nothing is left answering on the bot's port.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../helpers/assistant.js';
import { slackSignature, startBot, type BotProcess } from '../../src/bench/bot-process.js';
import { repoRoot } from '../helpers/run-cli.js';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';

const SECRET = 'signals-secret';
let fake: FakeSlack;
let dir: string;
let bot: BotProcess | undefined;

beforeAll(async () => {
  // The build the Dockerfile's build stage runs; the tests then start what it produced.
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: repoRoot });
  fake = await startFakeSlack();
  dir = await mkdtemp(path.join(tmpdir(), 'signals-'));
}, 180_000);
afterEach(async () => {
  await bot?.kill();
  fake.reset();
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

type Way = 'compiled' | 'npm start';

async function start(way: Way, knowledgeDir = fixturePack(), detached = false): Promise<string> {
  bot = startBot(
    {
      SLACK_BOT_TOKEN: 'xoxb-signals',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: knowledgeDir,
      DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'info',
    },
    { cwd: dir, compiled: way === 'compiled', npmStart: way === 'npm start', detached },
  );
  return bot.listening();
}

async function ask(eventsUrl: string, eventId: string): Promise<void> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> Where do I holster the device?',
      ts: `1700000300.${eventId}`,
      channel: 'C1',
    },
  });
  const res = await fetch(eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body) },
    body,
  });
  expect(res.status).toBe(200);
}

/** The bot's port no longer answers: no process of it was left running. */
async function expectGone(eventsUrl: string): Promise<void> {
  await expect(fetch(eventsUrl, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
}

describe.each<Way>(['compiled', 'npm start'])('GIVEN the %s bot, stopped by SIGTERM', { timeout: 60_000 }, (way) => {
  it('to its own PID: finishes the reply in flight and exits 0', async () => {
    const url = await start(way);
    const held = fake.hold('chat.postMessage');
    await ask(url, 'EvPid');
    await fake.waitForCall('chat.postMessage');
    process.kill(bot!.child.pid!, 'SIGTERM');
    await bot!.waitForLog((m) => m.startsWith('Slack: stopped accepting events'));
    held.release();
    expect(await bot!.exited).toEqual({ code: 0, signal: null });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    await expectGone(url);
  });

  it('to its process group: one clean stop, exit 0', async () => {
    const url = await start(way, fixturePack(), true);
    process.kill(-bot!.child.pid!, 'SIGTERM');
    expect(await bot!.exited).toEqual({ code: 0, signal: null });
    expect(bot!.logs.filter((l) => l.msg.startsWith('second signal'))).toEqual([]);
    expect(bot!.logs.filter((l) => l.msg === 'stopped')).toHaveLength(1);
    await expectGone(url);
  });

  it('while the knowledge is being reloaded: the reply in flight is posted and it exits 0', async () => {
    const knowledge = path.join(dir, 'knowledge');
    await rm(knowledge, { recursive: true, force: true });
    await cp(fixturePack(), knowledge, { recursive: true });
    const url = await start(way, knowledge);
    const held = fake.hold('chat.postMessage');
    await ask(url, 'EvReload');
    await fake.waitForCall('chat.postMessage');
    const notes = path.join(knowledge, 'notes.yaml');
    await writeFile(notes, (await readFile(notes, 'utf8')).replace('topic: device', 'topic: equipment'));
    process.kill(bot!.child.pid!, 'SIGTERM');
    await bot!.waitForLog((m) => m.startsWith('Slack: stopped accepting events'));
    held.release();
    expect(await bot!.exited).toEqual({ code: 0, signal: null });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    await expectGone(url);
  });
});
