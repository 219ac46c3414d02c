// Test harness: the real Teams adapter (the Teams SDK App on loopback, a real Assistant over a
// fixture pack), inbound tokens signed with the fake's key and validated by the SDK, replies
// posted to the fake Bot Connector. Plus readers for what a person sees on a card.
import { pino } from 'pino';
import type { TeamsConfig } from '../../../src/adapters/teams/config.js';
import type { Reloader } from '../../../src/adapters/platform.js';
import { startTeams, type TeamsAdapter } from '../../../src/adapters/teams/start.js';
import type { StateStore } from '../../../src/core/state/state-store.js';
import type { AssistantOptions, KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { INTERNAL_CHANNEL_ID, INTERNAL_TEAM_ID } from './activities.js';
import {
  APP_ID,
  TENANT_ID,
  startFakeBotConnector,
  type FakeBotConnector,
  type PostedActivity,
} from './fake-bot-connector.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Sent {
  status: number;
  body: any;
  /** What the bot posted to the Bot Connector while handling this activity. */
  posts: PostedActivity[];
}

export interface Harness {
  fake: FakeBotConnector;
  assistant: KnowledgeAssistant;
  usage: MemoryUsageLog;
  logs: LogLine[];
  config: TeamsConfig;
  /** Every token the SDK asked for to authenticate its replies: the scope and tenant it named. */
  tokenRequests: { scope: string | string[]; tenantId?: string }[];
  adapter: TeamsAdapter;
  botUrl: string;
  /** POST an activity to the bot's messaging endpoint with a valid token (or `authorization` as given). */
  send(activity: object, options?: { authorization?: string | null }): Promise<Sent>;
  close(): Promise<void>;
}

export async function startHarness(
  overrides: Partial<TeamsConfig> = {},
  options: {
    assistant?: AssistantOptions;
    /** An assistant already made (e.g. on a temporary pack a reloader watches); then `pack` is unused. */
    use?: KnowledgeAssistant;
    /** The knowledge pack (default: the basic fixture). */
    pack?: string;
    /** Shared state; several harnesses given one store act as instances sharing Redis. */
    state?: StateStore;
    reloader?: Reloader;
    /** A Bot Connector already running (another instance's), instead of a new one. */
    fake?: FakeBotConnector;
  } = {},
): Promise<Harness> {
  const fake = options.fake ?? (await startFakeBotConnector());
  const usage = new MemoryUsageLog();
  const assistant =
    options.use ?? (await makeAssistant(options.pack ?? fixturePack(), { usageLog: usage, ...options.assistant }));
  const logs: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const config: TeamsConfig = {
    appId: APP_ID,
    appPassword: 'not-used-the-token-provider-answers',
    tenantId: TENANT_ID,
    port: 0,
    host: '127.0.0.1',
    audience: 'public',
    internalIds: [INTERNAL_TEAM_ID, INTERNAL_CHANNEL_ID],
    adminIds: [],
    ...overrides,
  };
  const tokenRequests: Harness['tokenRequests'] = [];
  let adapter: TeamsAdapter;
  try {
    adapter = await startTeams({
      assistant,
      config,
      logger,
      maxQuestionLength: 500,
      ...(options.state ? { state: options.state } : {}),
      ...(options.reloader ? { reloader: options.reloader } : {}),
      cloud: { openIdMetadataUrl: fake.openIdMetadataUrl },
      serviceUrl: fake.url,
      botToken: (scope, tenantId) => {
        tokenRequests.push({ scope, tenantId });
        return Promise.resolve(fake.botToken);
      },
    });
  } catch (error) {
    if (!options.fake) await fake.close();
    throw error;
  }
  const botUrl = `http://127.0.0.1:${adapter.port}/api/messages`;

  const send = async (activity: object, opts: { authorization?: string | null } = {}): Promise<Sent> => {
    const before = fake.posted.length;
    const authorization = opts.authorization === undefined ? `Bearer ${fake.channelToken()}` : opts.authorization;
    const res = await fetch(botUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, posts: fake.posted.slice(before) };
  };

  return {
    fake,
    assistant,
    usage,
    logs,
    config,
    tokenRequests,
    adapter,
    botUrl,
    send,
    async close() {
      await adapter.stop();
      if (!options.fake) await fake.close();
    },
  };
}
