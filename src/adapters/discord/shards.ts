// Runs Discord as shards: discord.js's ShardingManager forks one process per shard, each running
// shard-main (the bot with Discord only). This process opens no gateway connection itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { Logger } from '../../logger.js';
import type { PlatformDeps, RunningPlatform } from '../platform.js';
import { DEFAULT_DISCORD_API_URL } from './client.js';
import type { DiscordConfig } from './platform.js';
import { DiscordStartError } from './start.js';

/**
 * The shard program next to this module, with this module's own extension: `.ts` when the bot
 * runs under `node --import tsx`, `.js` in dist/. The loader reaches the shards through execArgv.
 */
const SHARD_SCRIPT = fileURLToPath(
  new URL(`./shard-main${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url),
);

/**
 * Spawn `config.shards` shard processes and resolve once every one is logged in and ready.
 * Each loads the knowledge and shares state as this process does (REDIS_URL reaches it through
 * the environment). stop() sends each SIGTERM, so it finishes its replies, and waits for it to exit.
 */
export async function startDiscordShards(deps: PlatformDeps<DiscordConfig>): Promise<RunningPlatform> {
  const { config, logger } = deps;
  const totalShards =
    config.shards === 'auto' || config.shards === undefined ? await recommendedShards(config) : config.shards;
  const manager = new ShardingManager(SHARD_SCRIPT, {
    totalShards,
    // Processes rather than worker threads: each shard is a whole bot that stops on SIGTERM
    // (shutdown.ts), and a worker thread receives no signals. execArgv carries `--import tsx`
    // under `npm start`; in dist/ it is empty.
    mode: 'process',
    execArgv: process.execArgv,
    token: config.token,
    // A shard that crashes is started again; stop() turns this off first.
    respawn: true,
  });
  manager.on('shardCreate', (shard) => watchShard(shard, logger));
  logger.info({ shards: totalShards }, 'Discord: starting shards');
  try {
    // Discord allows one IDENTIFY per 5 s by default: discord.js's spawn waits 5.5 s between shards.
    await manager.spawn();
  } catch (error) {
    await stopShards(manager);
    throw new DiscordStartError(
      `the shards did not start (${error instanceof Error ? error.message : String(error)}). Each shard logs its own error above; check DISCORD_TOKEN and DISCORD_SHARDS.`,
      { cause: error },
    );
  }
  logger.info({ shards: totalShards }, 'Discord: every shard is ready');
  return {
    async stop() {
      logger.info({ shards: manager.shards.size }, 'Discord: stopping the shards');
      await stopShards(manager);
      logger.info('Discord: every shard has exited');
    },
    // No postAdminNotice here: shard 0 posts reload notices (see shard-main.ts).
  };
}

/** The shard count Discord recommends for this bot (GET /gateway/bot), through DISCORD_API_URL. */
async function recommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST({ api: config.apiUrl ?? DEFAULT_DISCORD_API_URL }).setToken(config.token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return shards;
  } catch (error) {
    throw new DiscordStartError(
      `could not ask Discord how many shards to run (${error instanceof Error ? error.message : String(error)}). Check DISCORD_TOKEN, or set DISCORD_SHARDS to a number.`,
      { cause: error },
    );
  }
}

/** Log each shard's process and its failures; without an 'error' listener a shard's error would crash the bot. */
function watchShard(shard: Shard, logger: Logger): void {
  // In 'process' mode each shard is a ChildProcess (a Worker has no pid).
  shard.on('spawn', (child) =>
    logger.info({ shard: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'Discord: shard started'),
  );
  shard.on('death', (child) =>
    logger.info({ shard: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'Discord: shard exited'),
  );
  shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'Discord: shard error'));
}

/** SIGTERM every running shard (no respawn) and resolve when all have exited. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      return exited;
    }),
  );
}
