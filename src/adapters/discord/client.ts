// Creates the discord.js Client with the least the bot needs: guild, guild-message and DM
// intents (no privileged Message Content: mentions and DMs still carry their text).
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from './platform.js';

/** discord.js's own REST base; DISCORD_API_URL overrides it (tests point it at a local fake). */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

/** Never ping anyone, whatever the knowledge or the question contains. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export interface ClientOptionsInput {
  config: Pick<DiscordConfig, 'apiUrl'>;
  /** REST retries on 5xx/network errors; 0 in tests so a fake's error fails fast. */
  retries?: number;
}

/** A Client that is not yet logged in. */
export function createDiscordClient({ config, retries }: ClientOptionsInput): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until the first message arrives; without this partial
    // discord.js drops the first DM.
    partials: [Partials.Channel],
    // A default for every send; each send also passes it explicitly (defence in depth).
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    rest: { api: config.apiUrl ?? DEFAULT_DISCORD_API_URL, ...(retries === undefined ? {} : { retries }) },
  });
}
