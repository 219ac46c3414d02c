// `npm run discord:deploy`: registers `/taser` with Discord, with force and measure choices
// from the knowledge in KNOWLEDGE_DIR. Run again after adding forces or measures.
import { DiscordAPIError } from 'discord.js';
import { ConfigError, loadConfig } from '../../config.js';
import { readDiscordConfig } from './platform.js';
import { createAssistant } from '../../core/create-assistant.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { formatProblem } from '../../core/knowledge/problems.js';
import { deployCommands } from './deploy.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const discord = readDiscordConfig(process.env);
  if (!discord) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APP_ID (Developer Portal → your application) and run again.\n');
    return 1;
  }
  const { knowledge, problems } = await loadKnowledge(config.knowledgeDir);
  if (!knowledge) {
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map(formatProblem)
      .join('\n');
    process.stderr.write(
      `The knowledge in ${config.knowledgeDir} has errors; fix them (npm run validate) and run again.\n${errors}\n`,
    );
    return 1;
  }
  // Choices are what the configured audience may see, as the bot itself would offer them.
  const overview = createAssistant(knowledge).overview(discord.audience);
  const result = await deployCommands(discord, {
    forces: overview.forces,
    metrics: overview.metrics,
    maxQuestionLength: config.maxQuestionLength,
  });
  process.stdout.write(
    result.scope === 'guild'
      ? `Registered /${result.commands.join(', /')} in server ${discord.guildId}: usable there now` +
          ' (user installs need the global registration: run again without DISCORD_GUILD_ID).\n'
      : `Registered /${result.commands.join(', /')} globally: Discord can take up to an hour to show it everywhere.\n`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its format.\n`);
  } else if (error instanceof DiscordAPIError) {
    process.stderr.write(
      `Discord refused the commands (HTTP ${error.status}: ${error.message}). Check DISCORD_TOKEN, DISCORD_APP_ID` +
        ' and, if set, that the bot has been invited to DISCORD_GUILD_ID with the applications.commands scope.\n',
    );
  } else {
    throw error;
  }
  process.exitCode = 1;
}
