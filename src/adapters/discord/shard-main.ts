// The program of one Discord shard process, forked by shards.ts through discord.js's
// ShardingManager: the bot with Discord only; its client reads its shard id from SHARDS.
import path from 'node:path';
import { startBot } from '../../bot.js';
import { ConfigError, loadConfig, type Config } from '../../config.js';
import { loadKnowledgeCached } from '../../core/knowledge/cache.js';
import { formatProblem } from '../../core/knowledge/problems.js';
import { createLogger } from '../../logger.js';
import { shutdownOnSignal } from '../../shutdown.js';
import { readDiscordConfig } from './platform.js';
import { startDiscord } from './start.js';

async function main(): Promise<void> {
  // The manager already read .env into the environment it passed on; Slack and Teams run there.
  const shared = loadConfig(process.env, []);
  const discord = readDiscordConfig(process.env);
  if (!discord) throw new ConfigError(['DISCORD_TOKEN: missing in a Discord shard process']);
  const shard = process.env.SHARDS ?? '0';
  const logger = createLogger(shared.logLevel).child({ shard });
  const loaded = await loadKnowledgeCached(shared.knowledgeDir, { cacheDir: path.join(shared.dataDir, 'cache') });
  if (!loaded.knowledge) {
    const errors = loaded.problems.filter((p) => p.severity === 'error').map(formatProblem);
    throw new Error(`the knowledge in ${shared.knowledgeDir} has errors:\n${errors.join('\n')}`);
  }
  const config: Config = {
    ...shared,
    // Each shard appends to its own usage-<id>.jsonl: processes never interleave lines in one file.
    instanceId: `${shared.instanceId ?? 'discord'}-shard-${shard}`,
    platforms: [
      {
        name: 'Discord',
        start: async (deps) => {
          const running = await startDiscord({ ...deps, config: discord });
          // One reload notice per change, not one per shard: shard 0 posts them.
          return shard === '0' ? running : { stop: () => running.stop() };
        },
      },
    ],
  };
  const bot = await startBot(config, loaded.knowledge, logger);
  shutdownOnSignal(bot.parts);
  // The IPC channel closes when the manager process is gone (even killed): stop with it.
  let signalled = false;
  const noteSignal = () => (signalled = true);
  process.once('SIGTERM', noteSignal).once('SIGINT', noteSignal);
  process.once('disconnect', () => {
    if (signalled) return;
    logger.warn('Discord: the shard manager is gone; this shard stops too');
    void bot.stop().then((code) => process.exit(code));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`A Discord shard stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
