// Entry point of `npm start`: read the configuration, load the knowledge, then run the bot on
// every configured platform (bot.ts), or the terminal chat when no platform is configured.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runChat } from './adapters/cli/chat.js';
import { wantsColour } from './adapters/cli/render.js';
import { PLATFORMS } from './adapters/platforms.js';
import { startBot, composeBot } from './bot.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadKnowledgeCached } from './core/knowledge/cache.js';
import { problemLine } from './adapters/cli/problem-line.js';
import type { Knowledge } from './core/types.js';
import { createLogger, type Logger } from './logger.js';
import { shutdownOnSignal } from './shutdown.js';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.platforms.length > 0 ? config.logLevel : 'warn');
  const knowledge = await loadOrExit(config, logger);
  if (config.platforms.length === 0) return terminalChat(config, knowledge, logger);
  const bot = await startBot(config, knowledge, logger);
  shutdownOnSignal(bot.parts);
}

/** The terminal chat, with live reload, until the person quits or input ends. */
async function terminalChat(config: Config, knowledge: Knowledge, logger: Logger): Promise<void> {
  const { assistant, reloader, usageLog, state } = await composeBot(config, knowledge, logger);
  reloader.start();
  await runChat(assistant, {
    input: process.stdin,
    output: process.stdout,
    colour: wantsColour(process.stdout),
    audience: config.cliAudience,
    maxQuestionLength: config.maxQuestionLength,
    logger,
  });
  await reloader.stop();
  await usageLog.flush();
  await state.close();
}

function readConfig(): Config {
  // A local .env is the documented place for tokens; real environment variables win over it.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(process.env, PLATFORMS);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable and its format.\n`);
      process.exit(1);
    }
    throw e;
  }
}

/**
 * The knowledge, or exit 1 with every error: the bot never starts on broken knowledge. Read
 * through the start-up cache in DATA_DIR/cache, which only ever serves the result for the very
 * same files (see core/knowledge/cache.ts).
 */
async function loadOrExit(config: Config, logger: Logger): Promise<Knowledge> {
  const dir = config.knowledgeDir;
  const { knowledge, problems, cacheError } = await loadKnowledgeCached(dir, {
    cacheDir: path.join(config.dataDir, 'cache'),
  });
  if (cacheError) logger.warn({ err: cacheError }, cacheError.message);
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(problemLine(p));
  if (!knowledge) {
    process.stderr.write(
      `The bot cannot start: the knowledge in ${dir} has errors.\n${problems
        .filter((p) => p.severity === 'error')
        .map(problemLine)
        .join('\n')}\nFix them (npm run validate checks again) and start the bot again.\n`,
    );
    process.exit(1);
  }
  return knowledge;
}

main().catch((e: unknown) => {
  process.stderr.write(`The bot stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
