// Composition root: config → knowledge → assistant (with limits and the usage log) → live reload
// → the adapters that are configured, or the terminal chat when no platform credentials are set.
import { existsSync } from 'node:fs';
import { AdminChannels } from './admin-channels.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { runChat } from './adapters/cli/chat.js';
import { teamsPlatform, type TeamsConfig } from './adapters/teams/index.js';
import { createAssistant, type KnowledgeAssistant } from './core/create-assistant.js';
import { loadKnowledge } from './core/knowledge/load.js';
import { formatProblem } from './core/knowledge/problems.js';
import { healthReport } from './core/reload/health.js';
import { KnowledgeReloader } from './core/reload/reloader.js';
import type { StateStore } from './core/state/state-store.js';
import type { Knowledge } from './core/types.js';
import { JsonlUsageLog } from './core/usage/usage-log.js';
import { createLogger, type Logger } from './logger.js';
import { reportReloads } from './reload-report.js';
import { shutdownOnSignal } from './shutdown.js';
import { createState } from './state/create-state.js';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.slack || config.discord || config.teams ? config.logLevel : 'warn');
  const knowledge = await loadOrExit(config.knowledgeDir, logger);
  const usageLog = new JsonlUsageLog(config.dataDir, config.instanceId);
  const state = createState(config, logger);
  const assistant = createAssistant(knowledge, {
    usageLog,
    state,
    userHashSalt: config.userHashSalt,
    maxQuestionLength: config.maxQuestionLength,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxConcurrent: config.maxConcurrentAnswers,
    onLogError: (err) => logger.error({ err }, 'could not write the usage log'),
    // Who was refused stays out of the log; how often, and why, is what operators need.
    onLimited: (limited, context) =>
      logger.info({ reason: limited.reason, platform: context.platform }, 'a question was refused by a limit'),
  });
  const adminChannels = new AdminChannels(logger);
  const reloader = new KnowledgeReloader(assistant, {
    dir: config.knowledgeDir,
    pollMs: config.knowledgePollMs,
    onResult: reportReloads(logger, adminChannels),
    onWatchError: (err) =>
      logger.error(
        { err },
        'knowledge changes are no longer noticed (KNOWLEDGE_POLL_MS=0 turned fingerprinting off); /taser reload still works',
      ),
  });

  if (!config.slack && !config.discord && !config.teams) {
    reloader.start();
    await runChat(assistant, {
      input: process.stdin,
      output: process.stdout,
      colour: process.stdout.isTTY === true,
      audience: config.cliAudience,
    });
    await reloader.stop();
    await usageLog.flush();
    await state.close();
    return;
  }

  const adapters = await startAdapters(config, assistant, state, reloader, adminChannels, logger);
  reloader.start();
  logger.info({ notes: knowledge.notes.length, statistics: knowledge.statistics.length }, 'bot ready');
  shutdownOnSignal({ adapters, assistant, reloader, usageLog, state, logger });
}

/** Start Slack, Discord and/or Teams (Slack and Discord with the admin reload command and their admin channels). */
async function startAdapters(
  config: AppConfig,
  assistant: KnowledgeAssistant,
  state: StateStore,
  reloader: KnowledgeReloader,
  channels: AdminChannels,
  logger: Logger,
) {
  const common = { assistant, reloader, logger, maxQuestionLength: config.maxQuestionLength };
  const adapters: { stop(): Promise<void> }[] = [];
  // Each platform's SDK is loaded only when that platform is configured: importing Bolt and
  // discord.js costs about half a second, which the terminal chat should not pay.
  if (config.slack) {
    const { startSlack } = await import('./adapters/slack/start.js');
    const slack = await startSlack({
      ...common,
      config: config.slack,
      state,
      health: () => healthReport(assistant.knowledge, reloader.status, state.health()),
    });
    adapters.push(slack);
    channels.add('Slack', slack.postAdminNotice);
  }
  if (config.discord) {
    const { startDiscord } = await import('./adapters/discord/start.js');
    const discord = await startDiscord({ ...common, config: config.discord });
    adapters.push(discord);
    channels.add('Discord', discord.postAdminNotice);
  }
  // The Teams SDK is imported by start(), so the terminal chat does not load it either.
  if (config.teams) adapters.push(await teamsPlatform.start({ assistant, logger, config: config.teams }));
  return adapters;
}

/** The shared configuration plus each platform's own (Teams so far). */
type AppConfig = Config & { teams?: TeamsConfig };

function readConfig(): AppConfig {
  // A local .env is the documented place for tokens; real environment variables win over it.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return { ...loadConfig(), teams: teamsPlatform.configure(process.env) };
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee .env.example for every variable and its format.\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** The knowledge, or exit 1 with every error: the bot never starts on broken knowledge. */
async function loadOrExit(dir: string, logger: Logger): Promise<Knowledge> {
  const { knowledge, problems } = await loadKnowledge(dir);
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  if (!knowledge) {
    process.stderr.write(
      `The bot cannot start: the knowledge in ${dir} has errors.\n${problems
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
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
