// Builds the Teams SDK App: credentials from TEAMS_*, inbound tokens always validated (against
// Microsoft's keys, or the keys of `deps.cloud` in tests), our own HTTP adapter, our logger.
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { TeamsDeps } from './deps.js';
import type { NodeHttpAdapter } from './http-adapter.js';
import { sdkLogger } from './sdk-logger.js';

/** The path Azure Bot Service posts activities to: the messaging endpoint is https://<host>/api/messages. */
export const MESSAGING_ENDPOINT = '/api/messages';

export function createTeamsApp(deps: TeamsDeps, http: NodeHttpAdapter): App {
  const { config } = deps;
  const botToken = deps.botToken;
  return new App({
    clientId: config.appId,
    tenantId: config.tenantId,
    // The SDK uses a token provider when one is given and the client secret otherwise.
    ...(botToken
      ? { token: (scope: string | string[], tenantId?: string) => botToken(scope, tenantId) }
      : { clientSecret: config.appPassword }),
    cloud: deps.cloud ? withOverrides(PUBLIC, deps.cloud) : PUBLIC,
    // Never read from the environment (DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS): every
    // request must carry a valid Bot Framework token.
    dangerouslyAllowUnauthenticatedRequests: false,
    // Explicit, so SERVICE_URL in the environment cannot redirect proactive sends.
    serviceUrl: deps.serviceUrl ?? 'https://smba.trafficmanager.net/teams',
    messagingEndpoint: MESSAGING_ENDPOINT,
    httpServerAdapter: http,
    logger: sdkLogger(deps.logger),
  });
}
