// Reads and validates the environment once at start-up, so a missing or malformed variable is
// reported by name before anything connects: the shared variables here, each platform's own
// through its Platform object. Documented in .env.example.
import { z } from 'zod';
import type { ConfiguredPlatform, Platform } from './adapters/platform.js';

/** A text variable; empty counts as unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A comma-separated list of ids; unset is an empty list. */
export const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Which knowledge a conversation may see. */
export const audience = z.enum(['public', 'internal']);

/** MEANING_MODEL: `on` (the default, also when empty, as .env.example leaves it) or `off`. */
export const meaningModel = z.preprocess((v) => (v === '' ? undefined : v), z.enum(['on', 'off']).default('on'));

/** The variables every deployment shares; each platform's own are in its folder (see adapters/platform.ts). */
export const sharedVariables = z.object({
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
  MEANING_MODEL: meaningModel,
  REDIS_URL: optionalText.refine(
    (v) => v === undefined || /^rediss?:\/\//.test(v),
    'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
  ),
  REDIS_KEY_PREFIX: optionalText,
  INSTANCE_ID: optionalText.refine(
    (v) => v === undefined || /^[A-Za-z0-9_.-]+$/.test(v),
    'may hold only letters, digits, ".", "_" and "-" (it names the usage log file)',
  ),
});

type SharedVariables = z.infer<typeof sharedVariables>;

export interface Config {
  knowledgeDir: string;
  /** Fingerprint the knowledge folder this often (ms); 0: file-system events only; unset: the reloader's default (2000). */
  knowledgePollMs?: number;
  dataDir: string;
  logLevel: SharedVariables['LOG_LEVEL'];
  /** PORT and HOST: where platforms that receive HTTP (e.g. Slack in HTTP mode) listen. */
  port: number;
  host?: string;
  maxQuestionLength: number;
  rateLimitPerMinute: number;
  maxConcurrentAnswers: number;
  userHashSalt?: string;
  /** Audience of the terminal chat. */
  cliAudience: 'public' | 'internal';
  /** Whether notes found are ordered by closeness in meaning to the question (MEANING_MODEL, default on). */
  meaningModel: boolean;
  /** Shared state for several instances; unset: this process's memory. */
  redis?: { url: string; keyPrefix?: string };
  /** Names this instance's usage log (usage-<id>.jsonl) when several share DATA_DIR. */
  instanceId?: string;
  /** The platforms whose variables are set, in the order of the platform list; empty: the terminal chat. */
  platforms: ConfiguredPlatform[];
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

/**
 * Validate `schema` against the environment; throws ConfigError naming every bad variable, with
 * its value shown as `shown()` allows. Platforms validate their own variables with it.
 */
export function checkVariables<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${shown(String(i.path[0]), env)})`),
  );
}

/**
 * Validate the shared variables and those of every platform in `platforms`; throws one
 * ConfigError naming every bad or missing variable of all of them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, platforms: readonly Platform[] = []): Config {
  const problems: string[] = [];
  const config = collect(problems, () => sharedConfig(checkVariables(sharedVariables, env)));
  const configured: ConfiguredPlatform[] = [];
  for (const platform of platforms) {
    const variables = collect(problems, () => checkVariables(platform.variables, env));
    if (!config || variables === undefined) continue;
    const settings = collect(problems, () => platform.settings(variables, config));
    if (settings !== undefined) {
      configured.push({ name: platform.name, start: (deps) => platform.start({ ...deps, config: settings }) });
    }
  }
  if (problems.length > 0 || !config) throw new ConfigError(problems);
  return { ...config, platforms: configured };
}

function sharedConfig(e: SharedVariables): Config {
  return {
    knowledgeDir: e.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
    ...(e.KNOWLEDGE_POLL_MS !== undefined ? { knowledgePollMs: e.KNOWLEDGE_POLL_MS } : {}),
    dataDir: e.DATA_DIR ?? DEFAULT_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST,
    maxQuestionLength: e.MAX_QUESTION_LENGTH,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxConcurrentAnswers: e.MAX_CONCURRENT_ANSWERS,
    userHashSalt: e.USER_HASH_SALT,
    cliAudience: e.CLI_AUDIENCE,
    meaningModel: e.MEANING_MODEL === 'on',
    ...(e.REDIS_URL ? { redis: { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } } : {}),
    ...(e.INSTANCE_ID ? { instanceId: e.INSTANCE_ID } : {}),
    platforms: [],
  };
}

/** The value of `read`, or undefined with its ConfigError's lines added to `problems`. */
function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}
