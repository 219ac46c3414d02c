// What the Teams adapter needs from the rest of the bot, and what its handlers share.
import type { CloudEnvironment } from '@microsoft/teams.api';
import type { Assistant } from '../../core/assistant.js';
import type { Logger } from '../../logger.js';
import type { TeamsConfig } from './config.js';

export interface TeamsDeps {
  assistant: Assistant;
  config: TeamsConfig;
  logger: Logger;
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
}

/** The dependencies every handler receives. */
export interface HandlerDeps {
  assistant: Assistant;
  config: TeamsConfig;
  logger: Logger;
}
