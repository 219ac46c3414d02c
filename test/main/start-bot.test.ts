// The real composition main.ts runs (bot.ts), configured from the environment through the real
// platform list: Slack and Discord both start against their loopback fakes, both answer, a
// reload's notice reaches both admin channels, and stop() shuts both down in order.
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/adapters/platforms.js';
import type { RunningSlack } from '../../src/adapters/slack/start.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/core/knowledge/load.js';
import { APP_ID, BOT_ID, guildMessage, startFakeDiscord, type FakeDiscord } from '../adapters/discord/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { tempPack, type TempPack } from '../core/reload/pack.js';

const SECRET = 'start-bot-signing-secret';
const DISCORD_ADMIN_CHANNEL = '1000000000000000009';

interface LogLine {
  level: number;
  msg: string;
}

let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let pack: TempPack;
let dataDir: string;
let bot: RunningBot;
const logs: LogLine[] = [];

beforeAll(async () => {
  [slackFake, discordFake, pack] = await Promise.all([startFakeSlack(), startFakeDiscord(), tempPack()]);
  dataDir = await mkdtemp(path.join(tmpdir(), 'start-bot-'));
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: 'xoxb-start-bot',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slackFake.apiUrl,
      SLACK_ADMIN_CHANNEL: 'C0ADMINS',
      PORT: '0',
      HOST: '127.0.0.1',
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: discordFake.apiUrl,
      DISCORD_ADMIN_CHANNEL_ID: DISCORD_ADMIN_CHANNEL,
      KNOWLEDGE_DIR: pack.dir,
      DATA_DIR: dataDir,
    },
    PLATFORMS,
  );
  const { knowledge } = await loadKnowledge(config.knowledgeDir, { today: '2026-01-01' });
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  bot = await startBot(config, knowledge!, logger);
});
afterAll(async () => {
  await Promise.all([slackFake.close(), discordFake.close(), pack.remove()]);
  await rm(dataDir, { recursive: true, force: true });
});

function slackMention(eventsUrl: string, text: string): Promise<Response> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: 'EvSTARTBOT1',
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: 'U0OFFICER',
      text: `<@UBOT> ${text}`,
      ts: '1700000500.000100',
      channel: 'C0PUBLIC',
    },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
}

describe('GIVEN Slack and Discord variables in the environment', () => {
  it('THEN startBot starts both platforms from the one list, in order', () => {
    expect(bot.platforms.map((p) => p.name)).toEqual(['Slack', 'Discord']);
    expect(logs.map((l) => l.msg)).toContain('bot ready');
  });

  it('THEN each platform answers from the same knowledge', async () => {
    const slack = bot.platforms[0]!.running as RunningSlack;
    expect((await slackMention(slack.eventsUrl!, 'Who removes the barbs?')).status).toBe(200);
    const slackReply = await slackFake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0PUBLIC');
    expect(String(slackReply.args.text)).toContain('removed only by a paramedic or doctor');

    const message = guildMessage(`<@${BOT_ID}> Who removes the barbs?`, { mentionsBot: true });
    discordFake.dispatch('MESSAGE_CREATE', message);
    const discordReply = await discordFake.waitForCall(
      (c) => c.method === 'POST' && c.body?.message_reference?.message_id === message.id,
    );
    expect(discordReply.body.embeds[0].description).toContain('removed only by a paramedic or doctor');
  });

  it('THEN a failed reload is posted to the admin channel of every platform', async () => {
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');
    await bot.reloader.reload('request');
    const slackNotice = await slackFake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0ADMINS');
    const discordNotice = await discordFake.waitForCall(
      (c) => c.path === `/channels/${DISCORD_ADMIN_CHANNEL}/messages`,
    );
    expect(String(slackNotice.args.text)).toMatch(
      /^Reload failed; still serving the previous knowledge:\n.*notes\.yaml:31:5/,
    );
    expect(discordNotice.body.content).toMatch(
      /^Reload failed; still serving the previous knowledge:\n```\n.*notes\.yaml:31:5/,
    );
  });

  it('THEN stop() shuts every platform down, then the bot, with exit code 0', async () => {
    expect(await bot.stop()).toBe(0);
    const messages = logs.map((l) => l.msg);
    // The platforms stop side by side; the bot reports "stopped" only after both have.
    const stopped = messages.indexOf('stopped');
    expect(messages.indexOf('Slack: stopped')).toBeGreaterThan(-1);
    expect(messages.indexOf('Slack: stopped')).toBeLessThan(stopped);
    expect(messages.indexOf('Discord: disconnected')).toBeGreaterThan(-1);
    expect(messages.indexOf('Discord: disconnected')).toBeLessThan(stopped);
  });
});
