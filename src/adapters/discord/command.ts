// `/taser` subcommands: each is one small handler in a registry, so new subcommands
// (like the admin-only `reload` in reload.ts) are added without touching the others.
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { TEXTS } from '../shared/texts.js';
import { answerQuestion, answerWith } from '../shared/turn.js';
import { NO_MENTIONS } from './client.js';
import { COMMAND_NAME, OPTIONS, SUBCOMMANDS } from './command-definition.js';
import { audienceFor, discordContext } from './conversation.js';
import { replyPolitely } from './edge.js';
import { HELP_COMMAND, renderForces, renderHelp } from './help.js';
import { placeOfInteraction } from './place.js';
import { reload } from './reload.js';
import type { DiscordRuntime } from './runtime.js';
import { interactionTurn } from './turn.js';

export type SubcommandHandler = (interaction: ChatInputCommandInteraction, rt: DiscordRuntime) => Promise<void>;

/** An ephemeral turn for this interaction: the answer only the asker sees, with "Post publicly". */
function privateTurn(interaction: ChatInputCommandInteraction, rt: DiscordRuntime) {
  return interactionTurn(interaction, {
    context: discordContext(rt.config, placeOfInteraction(interaction), 'private'),
    ephemeral: true,
    shareable: true,
    empty: () => TEXTS.emptyQuestion(HELP_COMMAND),
    logger: rt.logger,
  });
}

const ask: SubcommandHandler = (interaction, rt) =>
  answerQuestion(rt, interaction.options.getString(OPTIONS.question, true), privateTurn(interaction, rt));

const figures: SubcommandHandler = (interaction, rt) => {
  // Free text: autocomplete only suggests, so the force may be anything (the core echoes it, inert).
  const forceId = interaction.options.getString(OPTIONS.force, true);
  const metricId = interaction.options.getString(OPTIONS.metric) ?? undefined;
  const turn = privateTurn(interaction, rt);
  return answerWith(rt, () => rt.assistant.figures(forceId, metricId, turn.context), turn);
};

const help: SubcommandHandler = async (interaction, rt) => {
  const overview = rt.assistant.overview(audienceFor(rt.config, placeOfInteraction(interaction)));
  await interaction.reply({ ...renderHelp(overview), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
};

const forces: SubcommandHandler = async (interaction, rt) => {
  const overview = rt.assistant.overview(audienceFor(rt.config, placeOfInteraction(interaction)));
  await interaction.reply({ ...renderForces(overview), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
};

/** Subcommand name → handler. */
export const subcommandHandlers = new Map<string, SubcommandHandler>([
  [SUBCOMMANDS.ask, ask],
  [SUBCOMMANDS.figures, figures],
  [SUBCOMMANDS.help, help],
  [SUBCOMMANDS.forces, forces],
  [SUBCOMMANDS.reload, reload],
]);

/** Route a slash command to its handler; unknown commands get a polite reply. */
export async function handleSlash(interaction: ChatInputCommandInteraction, rt: DiscordRuntime): Promise<void> {
  const sub = interaction.commandName === COMMAND_NAME ? interaction.options.getSubcommand(false) : null;
  const handler = sub ? subcommandHandlers.get(sub) : undefined;
  if (!handler) {
    rt.logger.warn({ command: interaction.commandName, sub }, 'Discord: unknown slash command');
    return replyPolitely(interaction, TEXTS.unknownAction);
  }
  await handler(interaction, rt);
}
