// The production start (`npm run build`, then `node dist/main.js`) stops cleanly, exit 0, whichever
// process gets SIGTERM: the start command's own PID, its whole process group (as a terminal's
// Ctrl-C or a container stop does), or while a knowledge reload is under way with a reply in flight.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../helpers/assistant.js';
import { slackSignature, startBot, type BotProcess } from '../helpers/bot-process.js';
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

async function start(knowledgeDir = fixturePack(), detached = false): Promise<string> {
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
    { cwd: dir, compiled: true, detached },
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

describe('the compiled start, stopped by SIGTERM', { timeout: 60_000 }, () => {
  it('to its own PID: finishes the reply in flight and exits 0', async () => {
    const url = await start();
    const held = fake.hold('chat.postMessage');
    await ask(url, 'EvPid');
    await fake.waitForCall('chat.postMessage');
    process.kill(bot!.child.pid!, 'SIGTERM');
    await bot!.waitForLog((m) => m.startsWith('Slack: stopped accepting events'));
    held.release();
    expect(await bot!.exited).toEqual({ code: 0, signal: null });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('to its process group: one signal, one clean stop, exit 0', async () => {
    await start(fixturePack(), true);
    process.kill(-bot!.child.pid!, 'SIGTERM');
    expect(await bot!.exited).toEqual({ code: 0, signal: null });
    expect(bot!.logs.filter((l) => l.msg.startsWith('second signal'))).toEqual([]);
  });

  it('while the knowledge is being reloaded: the reply in flight is posted and it exits 0', async () => {
    const knowledge = path.join(dir, 'knowledge');
    await cp(fixturePack(), knowledge, { recursive: true });
    const url = await start(knowledge);
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
  });
});
