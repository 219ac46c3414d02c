// Starts the Discord adapter: logs the client in, wires the handlers, and returns a stop()
// for a clean shutdown. Called from main.ts when DISCORD_TOKEN and DISCORD_APP_ID are set.
import { Events } from 'discord.js';
import type { ReloadReport } from '../../core/reload/describe.js';
import { InFlight } from '../../in-flight.js';
import { postAdminNotice } from './admin.js';
import { createDiscordClient } from './client.js';
import { DEFAULT_MAX_QUESTION_LENGTH, type DiscordDeps, type HandlerDeps } from './deps.js';
import { onInteraction } from './on-interaction.js';
import { onMessage } from './on-message.js';

export type { DiscordDeps } from './deps.js';

/** Thrown when the bot cannot connect; the message says what to check. */
export class DiscordStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Discord: ${message}`, options);
    this.name = 'DiscordStartError';
  }
}

export interface DiscordAdapter {
  /** Stop accepting interactions and messages, finish the replies in progress, then disconnect. */
  stop(): Promise<void>;
  /** Post to DISCORD_ADMIN_CHANNEL_ID; present only when it is set. Rejects when Discord refuses. */
  postAdminNotice?: (report: ReloadReport) => Promise<void>;
}

/** Log in and answer until stop() is called. Resolves once the gateway reports ready. */
export async function startDiscord(deps: DiscordDeps): Promise<DiscordAdapter> {
  const { config, logger } = deps;
  const handlerDeps: HandlerDeps = {
    assistant: deps.assistant,
    config,
    logger,
    maxQuestionLength: deps.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    reloader: deps.reloader,
  };
  const client = createDiscordClient({ config, retries: deps.restRetries });

  // Without an 'error' listener an EventEmitter error would crash the process.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord: client warning'));
  // Handlers report their own failures to the user; these catches only keep a bug in that
  // reporting from becoming an unhandled rejection that would stop the process.
  // Each handler is counted while it runs, so stop() can let it finish before disconnecting.
  const inFlight = new InFlight();
  let accepting = true;
  const handleInteraction = onInteraction(handlerDeps);
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting)
      return void logger.info({ interactionId: interaction.id }, 'Discord: shutting down; interaction not handled');
    inFlight
      .run(() => handleInteraction(interaction))
      .catch((error: unknown) => logger.error({ err: error }, 'Discord: interaction handler failed'));
  });
  const handleMessage = onMessage(handlerDeps);
  client.on(Events.MessageCreate, (message) => {
    if (!accepting) return;
    inFlight
      .run(() => handleMessage(message))
      .catch((error: unknown) => logger.error({ err: error }, 'Discord: message handler failed'));
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw new DiscordStartError(
      `login failed (${error instanceof Error ? error.message : String(error)}). Check DISCORD_TOKEN is the bot token from the Developer Portal (Bot → Reset Token).`,
      { cause: error },
    );
  }
  await ready;
  logger.info({ user: client.user?.tag, appId: config.appId }, 'Discord: connected');

  const adminChannelId = config.adminChannelId;
  return {
    async stop() {
      accepting = false;
      logger.info(
        { inFlight: inFlight.size },
        'Discord: stopped accepting interactions and messages; finishing the replies in progress',
      );
      // The client must stay logged in until then: replies need its token.
      await inFlight.idle();
      await client.destroy();
      logger.info('Discord: disconnected');
    },
    ...(adminChannelId
      ? { postAdminNotice: (report: ReloadReport) => postAdminNotice(client, adminChannelId, report) }
      : {}),
  };
}
