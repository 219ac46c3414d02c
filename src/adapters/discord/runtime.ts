// What every Discord handler shares, built once in start.ts from the platform deps.
import type { Assistant } from '../../core/assistant.js';
import type { Logger } from '../../logger.js';
import type { PlatformDeps, Reloader } from '../platform.js';
import type { ReloadRuntime } from '../shared/reload.js';
import type { TurnRuntime } from '../shared/turn.js';
import type { DiscordConfig } from './platform.js';

/** What the Discord adapter runs on (MAX_QUESTION_LENGTH defaults to 500). */
export type DiscordDeps = Omit<PlatformDeps<DiscordConfig>, 'maxQuestionLength'> & { maxQuestionLength?: number };

/** The dependencies every handler receives, defaults applied. */
export interface DiscordRuntime extends TurnRuntime, ReloadRuntime {
  assistant: Assistant;
  config: DiscordConfig;
  logger: Logger;
  reloader?: Reloader;
}
