// Builds the Bolt App for the Slack adapter: receiver (Socket Mode or HTTP with signature
// verification), Web API client options, and every listener, over the platform-neutral core.
import { App, type AppOptions } from '@slack/bolt';
import type { PlatformDeps } from '../platform.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../shared/question.js';
import { registerActions } from './actions.js';
import { registerAssistantPanel } from './assistant-panel.js';
import { boltLogger } from './bolt-logger.js';
import { BUILTIN_SUBCOMMANDS, registerCommand } from './command.js';
import { MemoryStore } from '../../core/state/memory-store.js';
import { registerEvents } from './events.js';
import { healthRoute } from './health.js';
import type { SlackConfig } from './platform.js';
import { reloadSubcommand } from './reload.js';
import type { SlackRuntime, SlashSubcommand } from './runtime.js';

/** What the Slack adapter runs on: the platform deps (`health` enables GET /healthz in HTTP mode). */
export interface SlackDeps extends Omit<PlatformDeps<SlackConfig>, 'maxQuestionLength'> {
  /** MAX_QUESTION_LENGTH; default 500. */
  maxQuestionLength?: number;
  /** Extra `/taser <word>` subcommands, e.g. admin commands; they override built-ins of the same name. */
  subcommands?: Record<string, SlashSubcommand>;
}

/** Knobs tests need; production leaves them unset. */
export interface SlackAppOverrides {
  /** Hold the HTTP response until listeners finish (deterministic tests). Default false: Slack wants a reply within 3 s. */
  processBeforeResponse?: boolean;
  /** Known bot ids skip the auth.test call at the first event. */
  botId?: string;
  botUserId?: string;
  /** Web API retries; default 3 (a reply that arrives many minutes late helps no one). */
  webApiRetries?: number;
}

/** Thrown when the Slack configuration cannot start an app; the message names the variable. */
export class SlackConfigError extends Error {
  constructor(message: string) {
    super(`Slack: ${message}`);
    this.name = 'SlackConfigError';
  }
}

/** The Bolt App with all listeners registered; call `app.start()` to serve. */
export function createSlackApp(deps: SlackDeps, overrides: SlackAppOverrides = {}): App {
  const { config, logger } = deps;
  const socketMode = config.appToken !== undefined;
  if (!socketMode && !config.signingSecret) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET is missing; HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const slackApiUrl = config.apiUrl ? withTrailingSlash(config.apiUrl) : undefined;
  const clientOptions: AppOptions['clientOptions'] = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: overrides.webApiRetries ?? 3, factor: 2, minTimeout: 500, maxTimeout: 5000 },
  };
  const app = new App({
    token: config.botToken,
    logger: boltLogger(logger),
    clientOptions,
    // Conversation context lives in the core (keyed by conversationId), not in Bolt's store.
    convoStore: false,
    botId: overrides.botId,
    botUserId: overrides.botUserId,
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions } }
      : {
          signingSecret: config.signingSecret,
          processBeforeResponse: overrides.processBeforeResponse ?? false,
          customRoutes: deps.health ? [healthRoute(deps.health, logger)] : [],
        }),
  });

  const rt: SlackRuntime = {
    assistant: deps.assistant,
    audience: config.audience,
    maxQuestionLength: deps.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    logger: logger.child({ component: 'slack' }),
    state: deps.state ?? new MemoryStore(),
    platformName: 'Slack',
    reloader: deps.reloader,
    adminUserIds: config.adminUserIds,
    subcommands: {
      ...BUILTIN_SUBCOMMANDS,
      reload: reloadSubcommand,
      ...lowerCaseKeys(deps.subcommands ?? {}),
    },
  };
  // Before the event listeners: the Assistant middleware takes assistant-thread messages first.
  registerAssistantPanel(app, rt);
  registerEvents(app, rt);
  registerCommand(app, rt);
  registerActions(app, rt);
  // Last line of defence: listeners catch their own errors, so anything here is unexpected.
  app.error((error) => {
    rt.logger.error({ err: error, code: error.code }, 'Slack: unhandled error in a listener');
    return Promise.resolve();
  });
  return app;
}

/** Bolt's Web API client needs the base URL to end in "/" (e.g. https://slack-gov.com/api/). */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function lowerCaseKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
}
