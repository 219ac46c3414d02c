// Test harness: the real Discord adapter (startDiscord with a real discord.js Client and a real
// Assistant over a fixture pack) logged in to the fake Discord, plus helpers to drive it.
import { pino } from 'pino';
import { AdminChannels } from '../../../src/admin-channels.js';
import type { DiscordConfig } from '../../../src/adapters/discord/platform.js';
import type { RunningPlatform } from '../../../src/adapters/platform.js';
import { startDiscord } from '../../../src/adapters/discord/start.js';
import type { AssistantOptions, KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { reportReloads } from '../../../src/reload-report.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { APP_ID, INTERNAL_CHANNEL_ID, startFakeDiscord, type FakeDiscord, type RestCall } from './fake-discord.js';

export const TOKEN = 'fake-token';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Harness {
  fake: FakeDiscord;
  assistant: KnowledgeAssistant;
  usage: MemoryUsageLog;
  logs: LogLine[];
  /** The first log line (already written or still to come) with this message. */
  waitForLog(msg: string): Promise<LogLine>;
  config: DiscordConfig;
  adapter: RunningPlatform;
  /** Present when started with `reload: true`: reloads `pack`, and posts notices as main.ts does. */
  reloader?: KnowledgeReloader;
  /** Dispatch an interaction and resolve with the first REST call for it matching `match`. */
  interact(payload: { token: string }, match: (call: RestCall) => boolean): Promise<RestCall>;
  /** Dispatch a message and resolve with the bot's reply posted to that channel. */
  message(payload: { id: string; channel_id: string }): Promise<RestCall>;
  close(): Promise<void>;
}

export const isCallback = (call: RestCall) => call.path.endsWith('/callback');
export const isEdit = (call: RestCall) => call.method === 'PATCH' && call.path.endsWith('/messages/@original');
export interface HarnessOptions {
  /** Extra assistant options, e.g. a rate limit and a clock. */
  assistant?: AssistantOptions;
  /** Wire a KnowledgeReloader on the pack into the adapter and, as main.ts does, its notices into the admin channel. */
  reload?: boolean;
}

export async function startHarness(
  pack: string = fixturePack(),
  overrides: Partial<DiscordConfig> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const fake = await startFakeDiscord();
  const usage = new MemoryUsageLog();
  const assistant = await makeAssistant(pack, { usageLog: usage, ...options.assistant });
  const logs: LogLine[] = [];
  const logWaiters: { msg: string; resolve: (line: LogLine) => void }[] = [];
  const write = (text: string) => {
    const line = JSON.parse(text) as LogLine;
    logs.push(line);
    for (const w of logWaiters.filter((w) => w.msg === line.msg)) {
      logWaiters.splice(logWaiters.indexOf(w), 1);
      w.resolve(line);
    }
  };
  const logger = pino({ level: 'debug' }, { write });
  const channels = new AdminChannels(logger);
  const reloader = options.reload
    ? new KnowledgeReloader(assistant, {
        dir: pack,
        debounceMs: 50,
        load: { today: '2026-01-01' },
        onResult: reportReloads(logger, channels),
      })
    : undefined;
  const config: DiscordConfig = {
    token: TOKEN,
    appId: APP_ID,
    apiUrl: fake.apiUrl,
    audience: 'public',
    adminRoleIds: [],
    internalChannelIds: [INTERNAL_CHANNEL_ID],
    ...overrides,
  };
  const adapter = await startDiscord({ assistant, config, logger, reloader }, { restRetries: 0 });
  channels.add('Discord', adapter.postAdminNotice);
  return {
    fake,
    assistant,
    usage,
    logs,
    waitForLog(msg) {
      const found = logs.find((l) => l.msg === msg);
      return found ? Promise.resolve(found) : new Promise((resolve) => logWaiters.push({ msg, resolve }));
    },
    config,
    adapter,
    reloader,
    interact(payload, match) {
      const after = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitForCall((c) => c.path.includes(payload.token) && match(c), after);
    },
    message(payload) {
      const after = fake.calls.length;
      fake.dispatch('MESSAGE_CREATE', payload);
      return fake.waitForCall(
        (c) =>
          c.method === 'POST' &&
          c.path === `/channels/${payload.channel_id}/messages` &&
          c.body?.message_reference?.message_id === payload.id,
        after,
      );
    },
    async close() {
      await reloader?.stop();
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The custom ids of the buttons on a sent message, row by row. */
export function customIds(body: { components?: { components: { custom_id?: string }[] }[] }): string[][] {
  return (body.components ?? []).map((row) => row.components.map((b) => b.custom_id ?? ''));
}
