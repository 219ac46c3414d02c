// The Teams adapter's own environment variables (TEAMS_*), validated once at start-up with one
// message per bad or missing variable; secrets are never echoed. Documented in .env.example.
import { z } from 'zod';
import { ConfigError, shown } from '../../config.js';
import type { Audience } from '../../core/types.js';

/** The Bot Framework's customary port, so the Azure Bot's messaging endpoint rarely needs a custom one. */
export const DEFAULT_TEAMS_PORT = 3978;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const guid = (what: string) => optionalText.refine((v) => v === undefined || GUID.test(v), `must be ${what}`);

/** The TEAMS_* variables, as the platform seam validates them with every other variable. */
export const teamsVariables = z.object({
  TEAMS_APP_ID: guid('the Microsoft App ID (a GUID) of the Azure Bot resource'),
  TEAMS_APP_PASSWORD: optionalText.refine(
    (v) => v === undefined || !GUID.test(v),
    'looks like the secret’s ID (a GUID); copy the secret’s Value instead',
  ),
  TEAMS_TENANT_ID: guid('the Directory (tenant) ID (a GUID) of the bot’s app registration'),
  TEAMS_PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).optional()),
  TEAMS_HOST: optionalText,
  TEAMS_AUDIENCE: optionalText.pipe(z.enum(['public', 'internal']).optional()),
  TEAMS_INTERNAL_IDS: optionalText,
  TEAMS_ADMIN_IDS: optionalText,
  TEAMS_ADMIN_CHANNEL_ID: optionalText.refine(
    (v) => v === undefined || /^19:\S+@thread\.(tacv2|skype|v2)$/.test(v),
    'must be a Teams channel or chat id (19:…@thread.tacv2), from the channel’s "Get link to channel"',
  ),
});

export interface TeamsConfig {
  /** Microsoft App ID of the Azure Bot: the audience of Teams' tokens, and the bot's id in the manifest. */
  appId: string;
  /** Client secret of that app registration, used to get tokens for replying. */
  appPassword: string;
  /** The organisation's tenant: tokens are requested there, and activities from other tenants are ignored. */
  tenantId: string;
  port: number;
  /** Interface to listen on; unset: all interfaces. */
  host?: string;
  /** Audience of personal chats and of every team, channel or group chat not listed below. */
  audience: Audience;
  /** Teams, channels and group chats whose members may see internal knowledge (see audienceFor). */
  internalIds: string[];
  /** Entra object ids (or Teams user ids, 29:…) of the people who may run the reload command. */
  adminIds: string[];
  /** The channel (19:…@thread.tacv2) where failed reloads and automatic changes are posted; unset: none. */
  adminChannelId?: string;
}

/** The Teams settings, undefined when no TEAMS_* credential is set; throws ConfigError naming every problem. */
export function configureTeams(env: NodeJS.ProcessEnv): TeamsConfig | undefined {
  const parsed = teamsVariables.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        return `${name}: ${i.message} (got ${shown(name, env)})`;
      }),
    );
  }
  return teamsSettings(parsed.data);
}

/** The Teams settings from validated TEAMS_* variables; undefined when no credential is set, ConfigError when half set. */
export function teamsSettings(e: z.infer<typeof teamsVariables>): TeamsConfig | undefined {
  if (e.TEAMS_APP_ID === undefined && e.TEAMS_APP_PASSWORD === undefined && e.TEAMS_TENANT_ID === undefined) {
    return undefined;
  }
  const problems: string[] = [];
  if (!e.TEAMS_APP_ID)
    problems.push('TEAMS_APP_ID: missing; Teams needs the Microsoft App ID from the Azure Bot’s Configuration page');
  if (!e.TEAMS_APP_PASSWORD)
    problems.push(
      'TEAMS_APP_PASSWORD: missing; create a client secret under the app registration’s "Certificates & secrets"',
    );
  if (!e.TEAMS_TENANT_ID)
    problems.push(
      'TEAMS_TENANT_ID: missing; Teams needs the Directory (tenant) ID from the app registration’s Overview',
    );
  if (!e.TEAMS_APP_ID || !e.TEAMS_APP_PASSWORD || !e.TEAMS_TENANT_ID) throw new ConfigError(problems);
  return {
    appId: e.TEAMS_APP_ID,
    appPassword: e.TEAMS_APP_PASSWORD,
    tenantId: e.TEAMS_TENANT_ID,
    port: e.TEAMS_PORT ?? DEFAULT_TEAMS_PORT,
    ...(e.TEAMS_HOST ? { host: e.TEAMS_HOST } : {}),
    audience: e.TEAMS_AUDIENCE ?? 'public',
    internalIds: ids(e.TEAMS_INTERNAL_IDS),
    adminIds: ids(e.TEAMS_ADMIN_IDS),
    ...(e.TEAMS_ADMIN_CHANNEL_ID ? { adminChannelId: e.TEAMS_ADMIN_CHANNEL_ID } : {}),
  };
}

/** A comma-separated list of ids; unset is an empty list. */
function ids(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
