// Starts the Teams adapter: the SDK App on our HTTP adapter, listening for activities from
// Azure Bot Service, with the message and card-action handlers; stop() finishes the replies
// in progress first. Loaded by index.ts only when Teams is configured.
import { InFlight } from '../shared/in-flight.js';
import { createTeamsApp } from './app.js';
import type { HandlerDeps, TeamsDeps } from './deps.js';
import { NodeHttpAdapter } from './http-adapter.js';
import { onCardAction } from './on-card-action.js';
import { onMessage } from './on-message.js';

export type { TeamsDeps } from './deps.js';

/** Thrown when the adapter cannot start; the message says what to check. */
export class TeamsStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Teams: ${message}`, options);
    this.name = 'TeamsStartError';
  }
}

export interface TeamsAdapter {
  /** The port listened on (useful when TEAMS_PORT is 0). */
  port: number;
  /** Refuse new activities (503, so Azure Bot Service retries elsewhere), finish replies in progress, close. */
  stop(): Promise<void>;
}

export async function startTeams(deps: TeamsDeps): Promise<TeamsAdapter> {
  const { config, logger } = deps;
  const handlerDeps: HandlerDeps = { assistant: deps.assistant, config, logger };
  const http = new NodeHttpAdapter(config.host, (err, where) => logger.error({ err }, `Teams: error in ${where}`));
  const app = createTeamsApp(deps, http);
  const inFlight = new InFlight();
  const handleMessage = onMessage(handlerDeps);
  const handleCardAction = onCardAction(handlerDeps);
  // Handlers report their own failures to the user; the SDK answers 500 if one still throws.
  app.on('message', (ctx) => inFlight.run(() => handleMessage(ctx)));
  app.on('card.action', (ctx) => inFlight.run(() => handleCardAction(ctx)));

  await app.initialize();
  try {
    await http.start(config.port);
  } catch (error) {
    throw new TeamsStartError(
      `cannot listen on ${config.host ?? 'all interfaces'} port ${config.port} (${error instanceof Error ? error.message : String(error)}). Set TEAMS_PORT to a free port.`,
      { cause: error },
    );
  }
  logger.info({ port: http.port, appId: config.appId }, 'Teams: listening for activities');

  return {
    port: http.port,
    async stop() {
      http.stopAccepting();
      logger.info(
        { inFlight: inFlight.size },
        'Teams: stopped accepting activities; finishing the replies in progress',
      );
      await inFlight.idle();
      await http.stop();
      logger.info('Teams: stopped');
    },
  };
}
