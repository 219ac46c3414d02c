// Discord as a platform: its variables, its settings, and a start that loads discord.js only
// when Discord is configured.
import { z } from 'zod';
import { ConfigError, audience, checkVariables, idList, optionalText } from '../../config.js';
import type { Platform } from '../platform.js';

const variables = z.object({
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
  DISCORD_SHARDS: optionalText.refine(
    (v) => v === undefined || v === 'auto' || /^[1-9]\d*$/.test(v),
    'must be a whole number of shards (1 or more), or auto for the count Discord recommends',
  ),
});

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  audience: 'public' | 'internal';
  adminChannelId?: string;
  adminRoleIds: string[];
  internalChannelIds: string[];
  /**
   * DISCORD_SHARDS: run the gateway in this many shard processes under discord.js's
   * ShardingManager (`auto`: the count Discord recommends). Unset: one client in this process.
   */
  shards?: number | 'auto';
}

/** Discord settings from its variables; undefined when neither the token nor the application id is set. */
export function discordSettings(e: z.infer<typeof variables>): DiscordConfig | undefined {
  if (e.DISCORD_TOKEN === undefined && e.DISCORD_APP_ID === undefined) return undefined;
  const problems: string[] = [];
  if (!e.DISCORD_TOKEN) problems.push('DISCORD_TOKEN: missing; Discord needs the bot token from the Developer Portal');
  if (!e.DISCORD_APP_ID)
    problems.push('DISCORD_APP_ID: missing; Discord needs the application id from the Developer Portal');
  if (!e.DISCORD_TOKEN || !e.DISCORD_APP_ID) throw new ConfigError(problems);
  return {
    token: e.DISCORD_TOKEN,
    appId: e.DISCORD_APP_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    audience: e.DISCORD_AUDIENCE,
    adminChannelId: e.DISCORD_ADMIN_CHANNEL_ID,
    adminRoleIds: e.DISCORD_ADMIN_ROLE_IDS,
    internalChannelIds: e.DISCORD_INTERNAL_CHANNEL_IDS,
    ...(e.DISCORD_SHARDS === undefined
      ? {}
      : { shards: e.DISCORD_SHARDS === 'auto' ? 'auto' : Number(e.DISCORD_SHARDS) }),
  };
}

/** The Discord settings in `env` (for `npm run discord:deploy`); throws ConfigError when they are wrong. */
export function readDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig | undefined {
  return discordSettings(checkVariables(variables, env));
}

export const discord: Platform<z.infer<typeof variables>, DiscordConfig> = {
  name: 'Discord',
  id: 'discord',
  variables,
  settings: discordSettings,
  async start(deps) {
    if (deps.config.shards !== undefined) {
      const { startDiscordShards } = await import('./shards.js');
      return startDiscordShards(deps);
    }
    const { startDiscord } = await import('./start.js');
    return startDiscord(deps);
  },
};
