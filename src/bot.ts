// The composition: knowledge → assistant (limits, usage log) → live reload → every configured
// platform, with their admin channels. main.ts runs it; tests run the very same function.
import { AdminChannels } from './admin-channels.js';
import type { RunningPlatform } from './adapters/platform.js';
import type { Config } from './config.js';
import { createAssistant, type KnowledgeAssistant } from './core/create-assistant.js';
import { healthReport } from './core/reload/health.js';
import { KnowledgeReloader } from './core/reload/reloader.js';
import type { Knowledge } from './core/types.js';
import { JsonlUsageLog } from './core/usage/usage-log.js';
import type { StateStore } from './core/state/state-store.js';
import type { Logger } from './logger.js';
import { createState } from './state/create-state.js';
import { reportReloads } from './reload-report.js';
import { shutdown, type ShutdownParts } from './shutdown.js';

/** The bot's parts before any platform starts: what the terminal chat also runs on. */
export interface BotCore {
  assistant: KnowledgeAssistant;
  reloader: KnowledgeReloader;
  usageLog: JsonlUsageLog;
  adminChannels: AdminChannels;
  /** Shared state: Redis when REDIS_URL is set, else this process's memory. */
  state: StateStore;
}

/** A running bot. */
export interface RunningBot extends BotCore {
  /** The started platforms, by name, in the order of the platform list. */
  platforms: { name: string; running: RunningPlatform }[];
  /** What a shutdown stops, in order (see shutdown.ts). */
  parts: ShutdownParts;
  /** Stop everything in order; resolves with the exit code. */
  stop(): Promise<number>;
}

/** The assistant, its usage log, the reloader and the admin channels for `knowledge`. */
export async function composeBot(config: Config, knowledge: Knowledge, logger: Logger): Promise<BotCore> {
  const usageLog = new JsonlUsageLog(config.dataDir, config.instanceId);
  const state = await createState(config, logger);
  const assistant = createAssistant(knowledge, {
    usageLog,
    state,
    userHashSalt: config.userHashSalt,
    maxQuestionLength: config.maxQuestionLength,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxConcurrent: config.maxConcurrentAnswers,
    onLogError: (err) => logger.error({ err }, 'could not write the usage log'),
    ...(config.meaningModel ? {} : { meaning: false as const }),
    onMeaningError: (err) =>
      logger.warn(
        { err },
        'the meaning model failed: this answer keeps the search order (set MEANING_MODEL=off to skip it)',
      ),
    // Who was refused stays out of the log; how often, and why, is what operators need.
    onLimited: (limited, context) =>
      logger.info({ reason: limited.reason, platform: context.platform }, 'a question was refused by a limit'),
  });
  const adminChannels = new AdminChannels(logger);
  const report = reportReloads(logger, adminChannels);
  embedNotesAhead(assistant, logger);
  const reloader = new KnowledgeReloader(assistant, {
    dir: config.knowledgeDir,
    pollMs: config.knowledgePollMs,
    onResult: (result, cause) => {
      report(result, cause);
      if (result.ok) embedNotesAhead(assistant, logger);
    },
    onWatchError: (err) =>
      logger.error(
        { err },
        'knowledge changes are no longer noticed (set KNOWLEDGE_POLL_MS to poll instead); /taser reload still works',
      ),
  });
  return { assistant, reloader, usageLog, adminChannels, state };
}

/**
 * Start every platform in `config.platforms` (each with the admin reload command and, where it
 * serves HTTP, the health report) and register their admin channels; then watch the knowledge.
 * A platform that cannot start stops the ones already started, and the error is rethrown.
 */
export async function startBot(config: Config, knowledge: Knowledge, logger: Logger): Promise<RunningBot> {
  const core = await composeBot(config, knowledge, logger);
  const { assistant, reloader, adminChannels } = core;
  const platforms: RunningBot['platforms'] = [];
  const deps = {
    assistant,
    reloader,
    logger,
    maxQuestionLength: config.maxQuestionLength,
    health: () => healthReport(assistant.knowledge, reloader.status, core.state.health()),
    state: core.state,
  };
  try {
    for (const platform of config.platforms) {
      const running = await platform.start(deps);
      platforms.push({ name: platform.name, running });
      adminChannels.add(platform.name, running.postAdminNotice);
    }
  } catch (err) {
    await Promise.allSettled(platforms.map((p) => p.running.stop()));
    throw err;
  }
  reloader.start();
  logger.info({ notes: knowledge.notes.length, statistics: knowledge.statistics.length }, 'bot ready');
  const parts: ShutdownParts = {
    adapters: platforms.map((p) => p.running),
    assistant,
    reloader,
    usageLog: core.usageLog,
    state: core.state,
    logger,
  };
  return { ...core, platforms, parts, stop: () => shutdown(parts) };
}

/** Embed the notes for the meaning model in the background; a failure only means notes are embedded when found. */
function embedNotesAhead(assistant: KnowledgeAssistant, logger: Logger): void {
  const started = performance.now();
  assistant.embedNotesAhead().then(
    (notes) => {
      if (notes > 0)
        logger.debug({ notes, ms: Math.round(performance.now() - started) }, 'notes embedded for the meaning model');
    },
    (err: unknown) => logger.warn({ err }, 'could not embed the notes ahead; they will be embedded when found'),
  );
}
