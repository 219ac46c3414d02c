// Starts the Slack adapter for the composition root: Socket Mode when SLACK_APP_TOKEN is set,
// otherwise HTTP on PORT at /slack/events. The bot token is checked first, so a wrong one is
// reported by name at start-up rather than at the first question.
import type { AddressInfo } from 'node:net';
import { webApi, type App } from '@slack/bolt';
import type { ReloadReport } from '../../core/reload/describe.js';
import type { Logger } from '../../logger.js';
import type { RunningPlatform } from '../platform.js';
import { InFlight } from '../shared/in-flight.js';
import { postAdminNotice } from './admin.js';
import { createSlackApp, SlackConfigError, type SlackDeps } from './app.js';

/** Slack once started: `postAdminNotice` posts to SLACK_ADMIN_CHANNEL when it is set. */
export interface RunningSlack extends RunningPlatform {
  /** The events URL in HTTP mode (with the real port when PORT=0). */
  eventsUrl?: string;
}

/** Check the token, then connect (Socket Mode) or listen (HTTP); the handle stops it. */
export async function startSlack(deps: SlackDeps): Promise<RunningSlack> {
  const { config, logger } = deps;
  const identity = await checkBotToken(deps);
  const app = createSlackApp(deps, identity);
  const inFlight = trackListeners(app);
  const adminChannel = config.adminChannel;
  const handle = {
    stop: () => stopGracefully(app, inFlight, logger),
    ...(adminChannel
      ? { postAdminNotice: (report: ReloadReport) => postAdminNotice(app.client, adminChannel, report) }
      : {}),
  };
  if (config.appToken !== undefined) {
    try {
      await app.start();
    } catch (err) {
      throw new SlackConfigError(
        `could not open a Socket Mode connection (${describe(err)}); check SLACK_APP_TOKEN (an app-level token with connections:write)`,
      );
    }
    logger.info('Slack: connected in Socket Mode');
    return handle;
  }
  const host = config.host ?? '0.0.0.0';
  const server = await app.start({ port: config.port, host });
  const port = (server.address() as AddressInfo | null)?.port ?? config.port;
  const eventsUrl = `http://${host}:${port}/slack/events`;
  logger.info({ host, port }, `Slack: listening for events on ${eventsUrl}`);
  return { ...handle, eventsUrl };
}

/**
 * Count every event from the moment Bolt dispatches it until its listeners finish. Events are
 * acknowledged before listeners run, so closing the receiver alone would cut replies off.
 */
function trackListeners(app: App): InFlight {
  const inFlight = new InFlight();
  app.use(async ({ next }) => {
    await inFlight.run(next);
  });
  return inFlight;
}

/** Close the receiver (no new events), then wait for listeners still answering. */
async function stopGracefully(app: App, inFlight: InFlight, logger: Logger): Promise<void> {
  await app.stop();
  logger.info({ inFlight: inFlight.size }, 'Slack: stopped accepting events; finishing the replies in progress');
  await inFlight.close();
  logger.info('Slack: stopped');
}

/** auth.test: proves the token works and gives the bot's ids, so Bolt need not ask again. */
async function checkBotToken(deps: SlackDeps): Promise<{ botId?: string; botUserId?: string }> {
  const { config } = deps;
  const slackApiUrl = config.apiUrl ? (config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`) : undefined;
  const client = new webApi.WebClient(config.botToken, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 1 },
  });
  try {
    const result = await client.auth.test();
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (err) {
    const code = errorCode(err);
    if (code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked') {
      throw new SlackConfigError(
        `SLACK_BOT_TOKEN was rejected by Slack (${code}); copy the Bot User OAuth Token from "OAuth & Permissions"`,
      );
    }
    throw new SlackConfigError(
      `could not reach the Slack Web API at ${slackApiUrl ?? 'https://slack.com/api/'} (${describe(err)}); check the network${slackApiUrl ? ' and SLACK_API_URL' : ''}`,
    );
  }
}

function errorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
