// What the Discord adapter needs from the rest of the bot, passed in by main.ts.
import type { DiscordConfig } from '../../config.js';
import type { Assistant } from '../../core/assistant.js';
import type { KnowledgeReloader } from '../../core/reload/reloader.js';
import type { Logger } from '../../logger.js';

export interface DiscordDeps {
  assistant: Assistant;
  config: DiscordConfig;
  logger: Logger;
  /** Longest question accepted (MAX_QUESTION_LENGTH); default DEFAULT_MAX_QUESTION_LENGTH. */
  maxQuestionLength?: number;
  /** REST retries on server errors; discord.js's default unless set (tests use 0). */
  restRetries?: number;
  /** Enables `/taser reload` for admins (Manage Server, or a role in DISCORD_ADMIN_ROLE_IDS). */
  reloader?: Reloader;
}

/** What `/taser reload` needs of the reloader. */
export type Reloader = Pick<KnowledgeReloader, 'reload'>;

/** Same default as MAX_QUESTION_LENGTH in config.ts. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

/** The dependencies every handler receives, defaults applied. */
export interface HandlerDeps {
  assistant: Assistant;
  config: DiscordConfig;
  logger: Logger;
  maxQuestionLength: number;
  reloader?: Reloader;
}
