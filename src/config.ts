// Reads and validates the environment once at start-up, so a missing or malformed
// variable is reported by name before anything connects. Documented in .env.example.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const audience = z.enum(['public', 'internal']);

const envSchema = z.object({
  KNOWLEDGE_DIR: optionalText,
  DATA_DIR: optionalText,
  // Empty (as .env.example leaves it) means the default, not 0, which would turn fingerprinting off.
  KNOWLEDGE_POLL_MS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalText,
  MAX_QUESTION_LENGTH: z.coerce.number().int().min(20).max(10000).default(500),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(10),
  MAX_CONCURRENT_ANSWERS: z.coerce.number().int().min(1).default(16),
  USER_HASH_SALT: optionalText,
  CLI_AUDIENCE: audience.default('public'),
  REDIS_URL: optionalText.refine(
    (v) => v === undefined || /^rediss?:\/\//.test(v),
    'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
  ),
  REDIS_KEY_PREFIX: optionalText,
  INSTANCE_ID: optionalText.refine(
    (v) => v === undefined || /^[A-Za-z0-9_.-]+$/.test(v),
    'may hold only letters, digits, ".", "_" and "-" (it names the usage log file)',
  ),

  SLACK_BOT_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xoxb-'),
    'must be a bot token starting with "xoxb-"',
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xapp-'),
    'must be an app-level token starting with "xapp-"',
  ),
  SLACK_API_URL: optionalText.pipe(z.url().optional()),
  SLACK_AUDIENCE: audience.default('internal'),
  SLACK_ADMIN_CHANNEL: optionalText,
  SLACK_ADMIN_USER_IDS: idList,

  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText.refine((v) => v === undefined || /^\d+$/.test(v), 'must be the numeric application id'),
  DISCORD_GUILD_ID: optionalText.refine(
    (v) => v === undefined || /^\d+$/.test(v),
    'must be a numeric guild (server) id',
  ),
  DISCORD_API_URL: optionalText.pipe(z.url().optional()),
  DISCORD_AUDIENCE: audience.default('public'),
  DISCORD_ADMIN_CHANNEL_ID: optionalText,
  DISCORD_ADMIN_ROLE_IDS: idList,
  DISCORD_INTERNAL_CHANNEL_IDS: idList,
});

export type Env = z.infer<typeof envSchema>;

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  host?: string;
  audience: 'public' | 'internal';
  adminChannel?: string;
  adminUserIds: string[];
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  audience: 'public' | 'internal';
  adminChannelId?: string;
  adminRoleIds: string[];
  internalChannelIds: string[];
}

export interface Config {
  knowledgeDir: string;
  /** Fingerprint the knowledge folder this often (ms); 0: file-system events only; unset: the reloader's default (2000). */
  knowledgePollMs?: number;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  maxQuestionLength: number;
  rateLimitPerMinute: number;
  maxConcurrentAnswers: number;
  userHashSalt?: string;
  /** Audience of the terminal chat. */
  cliAudience: 'public' | 'internal';
  /** Shared state for several instances; unset: this process's memory. */
  redis?: { url: string; keyPrefix?: string };
  /** Names this instance's usage log (usage-<id>.jsonl) when several share DATA_DIR. */
  instanceId?: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** Thrown when the environment is unusable; `problems` holds one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
export const DEFAULT_DATA_DIR = 'data';

/** Variables whose values must never reach a terminal or a log, even when they are wrong. */
// REDIS_URL may carry a password (redis://:password@host).
const SECRET_VARIABLE = /TOKEN|SECRET|SALT|PASSWORD|KEY|REDIS_URL/i;

/**
 * A bad value as a configuration message may show it: ordinary values in full, secrets only by
 * length and, where it has one, their type prefix ("xapp-…"), which is enough to spot a token
 * pasted into the wrong variable without revealing it.
 */
export function shown(name: string, env: NodeJS.ProcessEnv): string {
  const value = env[name] ?? '';
  if (!SECRET_VARIABLE.test(name)) return `"${value}"`;
  const prefix = /^[a-z]{3,5}-/.exec(value)?.[0];
  return `a secret of ${value.length} characters${prefix ? ` starting "${prefix}…"` : ''}`;
}

/** Validate the environment; throws ConfigError naming every bad or missing variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${shown(String(i.path[0]), env)})`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const config: Config = {
    knowledgeDir: e.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
    ...(e.KNOWLEDGE_POLL_MS !== undefined ? { knowledgePollMs: e.KNOWLEDGE_POLL_MS } : {}),
    dataDir: e.DATA_DIR ?? DEFAULT_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    maxQuestionLength: e.MAX_QUESTION_LENGTH,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxConcurrentAnswers: e.MAX_CONCURRENT_ANSWERS,
    userHashSalt: e.USER_HASH_SALT,
    cliAudience: e.CLI_AUDIENCE,
    ...(e.REDIS_URL ? { redis: { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } } : {}),
    ...(e.INSTANCE_ID ? { instanceId: e.INSTANCE_ID } : {}),
  };

  const slackVars = [e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_APP_TOKEN];
  if (slackVars.some((v) => v !== undefined)) {
    if (!e.SLACK_BOT_TOKEN)
      problems.push('SLACK_BOT_TOKEN: missing; Slack needs the bot token (xoxb-…) from "OAuth & Permissions"');
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push('SLACK_SIGNING_SECRET: missing; HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)');
    }
    if (e.SLACK_BOT_TOKEN) {
      config.slack = {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        appToken: e.SLACK_APP_TOKEN,
        apiUrl: e.SLACK_API_URL,
        port: e.PORT,
        host: e.HOST,
        audience: e.SLACK_AUDIENCE,
        adminChannel: e.SLACK_ADMIN_CHANNEL,
        adminUserIds: e.SLACK_ADMIN_USER_IDS,
      };
    }
  }

  if (e.DISCORD_TOKEN !== undefined || e.DISCORD_APP_ID !== undefined) {
    if (!e.DISCORD_TOKEN)
      problems.push('DISCORD_TOKEN: missing; Discord needs the bot token from the Developer Portal');
    if (!e.DISCORD_APP_ID)
      problems.push('DISCORD_APP_ID: missing; Discord needs the application id from the Developer Portal');
    if (e.DISCORD_TOKEN && e.DISCORD_APP_ID) {
      config.discord = {
        token: e.DISCORD_TOKEN,
        appId: e.DISCORD_APP_ID,
        guildId: e.DISCORD_GUILD_ID,
        apiUrl: e.DISCORD_API_URL,
        audience: e.DISCORD_AUDIENCE,
        adminChannelId: e.DISCORD_ADMIN_CHANNEL_ID,
        adminRoleIds: e.DISCORD_ADMIN_ROLE_IDS,
        internalChannelIds: e.DISCORD_INTERNAL_CHANNEL_IDS,
      };
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
