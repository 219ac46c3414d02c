// Starts the Discord adapter: logs the client in, wires the handlers, and returns a stop()
// for a clean shutdown. Called from main.ts when DISCORD_TOKEN and DISCORD_APP_ID are set.
import { Events } from 'discord.js';
import type { ReloadReport } from '../../core/reload/describe.js';
import type { RunningPlatform } from '../platform.js';
import { InFlight } from '../shared/in-flight.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../shared/question.js';
import { postAdminNotice } from './admin.js';
import { createDiscordClient } from './client.js';
import { onMessage } from './events.js';
import { onInteraction } from './on-interaction.js';
import type { DiscordDeps, DiscordRuntime } from './runtime.js';

/** Thrown when the bot cannot connect; the message says what to check. */
export class DiscordStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Discord: ${message}`, options);
    this.name = 'DiscordStartError';
  }
}

/** Knobs tests need; production leaves them unset. */
export interface DiscordOverrides {
  /** REST retries on server errors; discord.js's default unless set (tests use 0). */
  restRetries?: number;
}

/**
 * Log in and answer until stop() is called. Resolves once the gateway reports ready.
 * `postAdminNotice` posts to DISCORD_ADMIN_CHANNEL_ID when it is set.
 */
export async function startDiscord(deps: DiscordDeps, overrides: DiscordOverrides = {}): Promise<RunningPlatform> {
  const { config, logger } = deps;
  const rt: DiscordRuntime = {
    assistant: deps.assistant,
    config,
    logger,
    maxQuestionLength: deps.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    platformName: 'Discord',
    reloader: deps.reloader,
  };
  const client = createDiscordClient({ config, retries: overrides.restRetries });

  // Without an 'error' listener an EventEmitter error would crash the process.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord: client warning'));
  // Handlers report their own failures to the user; these catches only keep a bug in that
  // reporting from becoming an unhandled rejection that would stop the process.
  // Each handler is counted while it runs, so stop() can let it finish before disconnecting.
  const inFlight = new InFlight();
  const handleInteraction = onInteraction(rt);
  client.on(Events.InteractionCreate, (interaction) => {
    if (!inFlight.accepting)
      return void logger.info({ interactionId: interaction.id }, 'Discord: shutting down; interaction not handled');
    inFlight
      .run(() => handleInteraction(interaction))
      .catch((error: unknown) => logger.error({ err: error }, 'Discord: interaction handler failed'));
  });
  const handleMessage = onMessage(rt);
  client.on(Events.MessageCreate, (message) => {
    if (!inFlight.accepting) return;
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
      const running = inFlight.size;
      const finished = inFlight.close();
      logger.info(
        { inFlight: running },
        'Discord: stopped accepting interactions and messages; finishing the replies in progress',
      );
      // The client must stay logged in until then: replies need its token.
      await finished;
      await client.destroy();
      logger.info('Discord: disconnected');
    },
    ...(adminChannelId
      ? { postAdminNotice: (report: ReloadReport) => postAdminNotice(client, adminChannelId, report) }
      : {}),
  };
}
