// Starts the Teams adapter: the SDK App on our HTTP adapter, listening for activities from
// Azure Bot Service, with the message and card-action handlers; stop() finishes the replies
// in progress first. Loaded by platform.ts only when Teams is configured.
import { cardAttachment } from '@microsoft/teams.api';
import type { ReloadReport } from '../../core/reload/describe.js';
import { MemoryStore } from '../../core/state/memory-store.js';
import { InFlight } from '../shared/in-flight.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../shared/question.js';
import { renderAdminReport } from './admin.js';
import { createTeamsApp } from './app.js';
import type { TeamsDeps, TeamsRuntime } from './deps.js';
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
  /** Post a reload report to TEAMS_ADMIN_CHANNEL_ID; absent when it is unset. Rejects when Teams refuses. */
  postAdminNotice?: (report: ReloadReport) => Promise<void>;
}

export async function startTeams(deps: TeamsDeps): Promise<TeamsAdapter> {
  const { config, logger } = deps;
  const rt: TeamsRuntime = {
    assistant: deps.assistant,
    config,
    logger,
    maxQuestionLength: deps.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    platformName: 'Teams',
    reloader: deps.reloader,
    state: deps.state ?? new MemoryStore(),
  };
  const http = new NodeHttpAdapter(config.host, (err, where) => logger.error({ err }, `Teams: error in ${where}`));
  const app = createTeamsApp(deps, http);
  const inFlight = new InFlight();
  const handleMessage = onMessage(rt);
  const handleCardAction = onCardAction(rt);
  // Handlers report their own failures to the user (the shared turn never throws); the SDK
  // answers 500 if one still does, and Azure Bot Service redelivers.
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
  const adminChannel = config.adminChannelId;

  return {
    port: http.port,
    ...(adminChannel
      ? {
          async postAdminNotice(report: ReloadReport) {
            const card = renderAdminReport(report);
            await app.send(adminChannel, {
              type: 'message',
              summary: card.fallbackText ?? '',
              attachments: [cardAttachment('adaptive', card)],
            });
          },
        }
      : {}),
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
