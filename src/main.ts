// Composition root: config → knowledge → assistant → the adapters that are configured,
// or the terminal chat when no platform credentials are set.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from './config.js';
import { runChat } from './adapters/cli/chat.js';
import { startDiscord } from './adapters/discord/start.js';
import { startSlack } from './adapters/slack/start.js';
import { createAssistant } from './core/create-assistant.js';
import { loadKnowledge } from './core/knowledge/load.js';
import { formatProblem } from './core/knowledge/problems.js';
import { JsonlUsageLog } from './core/usage/usage-log.js';
import { createLogger, type Logger } from './logger.js';

interface Running {
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.slack || config.discord ? config.logLevel : 'warn');
  const { knowledge, problems } = await loadKnowledge(config.knowledgeDir);
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  if (!knowledge) {
    process.stderr.write(`The bot cannot start: the knowledge in ${config.knowledgeDir} has errors.\n${problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}\nFix them (npm run validate checks again) and start the bot again.\n`);
    process.exit(1);
  }
  const usageLog = new JsonlUsageLog(config.dataDir);
  const assistant = createAssistant(knowledge, {
    usageLog,
    userHashSalt: config.userHashSalt,
    maxQuestionLength: config.maxQuestionLength,
    onLogError: (err) => logger.error({ err }, 'could not write the usage log'),
  });

  if (!config.slack && !config.discord) {
    await runChat(assistant, { input: process.stdin, output: process.stdout, colour: process.stdout.isTTY === true, audience: config.cliAudience });
    await usageLog.flush();
    return;
  }

  const running: Running[] = [];
  if (config.slack) running.push(await startSlack({ assistant, config: config.slack, logger, maxQuestionLength: config.maxQuestionLength }));
  if (config.discord) running.push(await startDiscord({ assistant, config: config.discord, logger, maxQuestionLength: config.maxQuestionLength }));
  logger.info({ notes: knowledge.notes.length, statistics: knowledge.statistics.length }, 'bot ready');
  stopOnSignal(running, usageLog, logger);
}

function readConfig(): Config {
  // A local .env is the documented place for tokens; real environment variables win over it.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable and its format.\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** SIGTERM/SIGINT: stop accepting, let in-flight answers finish, flush the log, exit 0. */
function stopOnSignal(running: Running[], usageLog: JsonlUsageLog, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((r) => r.stop()));
    await usageLog.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`The bot stopped: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
