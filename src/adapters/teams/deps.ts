// What the Teams adapter needs from the rest of the bot, and what its handlers share.
import type { CloudEnvironment } from '@microsoft/teams.api';
import type { StateStore } from '../../core/state/state-store.js';
import type { PlatformDeps } from '../platform.js';
import type { ReloadRuntime } from '../shared/reload.js';
import type { TurnRuntime } from '../shared/turn.js';
import type { TeamsConfig } from './config.js';

/** The platform seam's dependencies, plus what tests (or a sovereign cloud) replace. */
export interface TeamsDeps extends Omit<PlatformDeps<TeamsConfig>, 'maxQuestionLength'> {
  /** MAX_QUESTION_LENGTH; default 500 (shared/question.ts). */
  maxQuestionLength?: number;
  /**
   * Replaces Microsoft's endpoints (public cloud by default): a sovereign cloud, or, in tests, a
   * local OpenID metadata / signing-key server so inbound tokens are checked against a local key.
   */
  cloud?: Partial<CloudEnvironment>;
  /**
   * Gets the token the bot sends with its replies instead of asking Entra ID with
   * TEAMS_APP_PASSWORD (tests: a token the fake Bot Connector accepts).
   */
  botToken?: (scope: string | string[], tenantId?: string) => Promise<string>;
  /**
   * The Bot Connector for posts the bot starts itself (admin notices), with no activity to reply
   * to; default Teams' global https://smba.trafficmanager.net/teams (tests: the fake's URL).
   */
  serviceUrl?: string;
}

/** What every handler shares: the shared turn's and reload command's runtime, the settings, the state. */
export interface TeamsRuntime extends TurnRuntime, ReloadRuntime {
  config: TeamsConfig;
  /** Activity claims (retry de-duplication), shared by every instance when Redis is configured. */
  state: StateStore;
}
