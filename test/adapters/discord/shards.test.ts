// DISCORD_SHARDS end to end: the bot as operators start it (src/main.ts under tsx) runs two
// shard processes under discord.js's ShardingManager against the loopback fake Discord, each
// answering the servers of its own shard, and a stop leaves no shard process behind.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { startBot, type BotProcess } from '../../../src/bench/bot-process.js';
import {
  APP_ID,
  GUILD_ID,
  OTHER_GUILD_ID,
  shardOf,
  slashCommand,
  startFakeDiscord,
  type FakeDiscord,
} from './fake-discord.js';
import { isCallback, isEdit, TOKEN } from './harness.js';

const HOLSTER_TEXT =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";

let fake: FakeDiscord;
let dir: string;

/** The bot with DISCORD_SHARDS=`shards` against `fake`, once its own process (not only a shard) is ready. */
async function startShardedBot(shards: string): Promise<BotProcess> {
  const started = startBot(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: shards,
      KNOWLEDGE_DIR: fixturePack(),
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
    },
    { cwd: dir },
  );
  bots.push(started);
  const early = started.exited.then((exit) => {
    throw new Error(
      `the bot exited before it was ready (${JSON.stringify(exit)}):\n${started.logs.map((l) => l.msg).join('\n')}`,
    );
  });
  // Shards log 'bot ready' too (with their `shard`), on the same stderr: wait for the manager's.
  await Promise.race([managerReady(started), early]);
  return started;
}

async function managerReady(started: BotProcess): Promise<void> {
  await started.waitForLog((m) => m === 'Discord: every shard is ready');
  while (!started.logs.some((l) => l.msg === 'bot ready' && l.shard === undefined)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const shardPids = (of: BotProcess) =>
  of.logs.filter((l) => l.msg === 'Discord: shard started').map((l) => l.pid as number);

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw e;
  }
}

const bots: BotProcess[] = [];
beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, guildIds: [GUILD_ID, OTHER_GUILD_ID] });
  dir = await mkdtemp(path.join(tmpdir(), 'shards-'));
});
afterAll(async () => {
  // After a failed test: nothing of these bots may outlive the run.
  for (const started of bots) {
    for (const pid of shardPids(started).filter(running)) process.kill(pid, 'SIGKILL');
    await started.kill();
  }
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

/** `/taser ask` in `guildId`, as Discord sends it to that guild's shard. */
function askIn(guildId: string, question: string) {
  const payload = slashCommand('ask', [{ name: 'question', type: 3, value: question }]);
  return {
    ...payload,
    guild_id: guildId,
    channel: { ...payload.channel, guild_id: guildId },
    authorizing_integration_owners: { '0': guildId },
  };
}

describe('DISCORD_SHARDS=2', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startShardedBot('2');
  }, 120_000);

  it('GIVEN two shards THEN each identifies once with its own shard, and the manager opens no gateway of its own', () => {
    expect([...fake.identifies].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(shardPids(bot)).size).toBe(2);
    expect(shardPids(bot)).not.toContain(bot.child.pid);
  });

  it('GIVEN a question in a server of each shard THEN each gets exactly one reply, the cited answer', async () => {
    expect([shardOf(OTHER_GUILD_ID, 2), shardOf(GUILD_ID, 2)]).toEqual([0, 1]);
    for (const guildId of [OTHER_GUILD_ID, GUILD_ID]) {
      const payload = askIn(guildId, 'Where do I holster the device?');
      const after = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      const edit = await fake.waitForCall((c) => c.path.includes(payload.token) && isEdit(c), after);
      expect(edit.body.embeds[0].description).toBe(HOLSTER_TEXT);
      const mine = fake.calls.filter((c) => c.path.includes(payload.token));
      expect(mine.filter(isCallback)).toHaveLength(1);
      expect(mine.filter(isEdit)).toHaveLength(1);
    }
  });

  it('GIVEN SIGTERM to the bot THEN it exits 0 and no shard process is left running', async () => {
    const pids = shardPids(bot);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.logs.filter((l) => l.msg === 'Discord: shard exited')).toHaveLength(2);
    expect(pids.filter(running)).toEqual([]);
  });
});

describe('DISCORD_SHARDS=auto (the fake recommends 2), the bot killed outright', () => {
  it('GIVEN SIGKILL to the bot (no chance to stop its shards) THEN each shard notices and exits by itself', async () => {
    const identified = fake.identifies.length;
    const bot = await startShardedBot('auto');
    expect(fake.identifies.length).toBe(identified + 2);
    const pids = shardPids(bot);
    expect(pids).toHaveLength(2);
    bot.child.kill('SIGKILL');
    await bot.exited;
    // The shards are no children of this test: poll until they are gone (the test's timeout bounds it).
    while (pids.some(running)) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pids.filter(running)).toEqual([]);
  }, 120_000);
});
