// Registers `/taser` with Discord over REST: in one guild when DISCORD_GUILD_ID is set
// (instant, for testing), otherwise globally (can take up to an hour to appear).
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from './platform.js';
import { DEFAULT_DISCORD_API_URL } from './client.js';
import { buildTaserCommand, type CommandInput } from './command-definition.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  /** Names of the commands Discord now has in that scope. */
  commands: string[];
}

/** Overwrite the application's commands in the configured scope with `/taser`. */
export async function deployCommands(
  config: Pick<DiscordConfig, 'token' | 'appId' | 'guildId' | 'apiUrl'>,
  input: CommandInput,
  options: { retries?: number } = {},
): Promise<DeployResult> {
  const rest = new REST({ api: config.apiUrl ?? DEFAULT_DISCORD_API_URL, ...options }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  const registered = (await rest.put(route, { body: [buildTaserCommand(input)] })) as { name: string }[];
  return { scope: config.guildId ? 'guild' : 'global', commands: registered.map((c) => c.name) };
}
