// The seam every chat platform plugs into. A platform folder exports one `Platform` object
// (its `platform.ts`), and src/adapters/platforms.ts lists them; main.ts starts each one whose
// variables are set. Adding a platform = one folder + one line in that list.
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Assistant } from '../core/assistant.js';
import type { ReloadReport } from '../core/reload/describe.js';
import type { Health } from '../core/reload/health.js';
import type { KnowledgeReloader } from '../core/reload/reloader.js';
import type { StateStore } from '../core/state/state-store.js';
import type { Logger } from '../logger.js';

/** What the admin reload command needs of the reloader. */
export type Reloader = Pick<KnowledgeReloader, 'reload'>;

/** Everything a platform gets from the composition root when it starts. */
export interface PlatformDeps<Settings> {
  /** The platform's own settings, from `Platform.settings`. */
  config: Settings;
  /** The core: answer, figures, complete, overview, recall, feedback. */
  assistant: Assistant;
  logger: Logger;
  /** MAX_QUESTION_LENGTH: questions are checked with the core's rule (see shared/question.ts). */
  maxQuestionLength: number;
  /** Enables the admin reload command; without it admins are told reloading is not available. */
  reloader?: Reloader;
  /** The health report, for platforms that serve HTTP (GET /healthz). */
  health?: () => Health;
  /** Shared state (event claims, …): Redis when REDIS_URL is set, else this process's memory. */
  state?: StateStore;
}

/** A started platform. */
export interface RunningPlatform {
  /** Stop accepting events, finish the replies in progress, then disconnect. */
  stop(): Promise<void>;
  /** Post a reload report to the platform's admin channel; absent when none is configured. Rejects when the platform refuses. */
  postAdminNotice?: (report: ReloadReport) => Promise<void>;
}

/**
 * One chat platform. Importing the object must stay cheap: `start` loads the platform's SDK
 * (`await import('./start.js')`), so `npm start` without credentials reaches the terminal fast.
 */
export interface Platform<Variables = unknown, Settings = unknown> {
  /** For people and log lines, e.g. "Slack". */
  readonly name: string;
  /** For ids and the usage log, e.g. "slack": the prefix of conversation and user ids. */
  readonly id: string;
  /**
   * The platform's environment variables as a zod object (all optional here). They are
   * validated at start-up with every other variable, with the same messages; secrets (names
   * with TOKEN, SECRET, KEY, …) are never echoed. Document each in .env.example.
   */
  readonly variables: z.ZodType<Variables>;
  /**
   * The platform's settings from its validated variables and the shared configuration:
   * `undefined` when it is not configured (none of its variables set). Throws ConfigError
   * (one line per problem) when it is half-configured.
   */
  settings(variables: Variables, shared: Config): Settings | undefined;
  /** Connect or listen, and answer until `stop()`. Rejects with an actionable message when it cannot. */
  start(deps: PlatformDeps<Settings>): Promise<RunningPlatform>;
}

/** A platform whose variables are set, ready to start. */
export interface ConfiguredPlatform {
  readonly name: string;
  start(deps: Omit<PlatformDeps<unknown>, 'config'>): Promise<RunningPlatform>;
}
