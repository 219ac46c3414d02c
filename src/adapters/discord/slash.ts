// `/taser` subcommands: each is one small handler in a registry, so new subcommands
// (like the admin-only `reload` in reload.ts) are added without touching the others.
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from './client.js';
import { COMMAND_NAME, OPTIONS, SUBCOMMANDS } from './commands.js';
import { answerContext, audienceFor } from './context.js';
import type { HandlerDeps } from './deps.js';
import { replyPolitely } from './edge.js';
import { renderHelp } from './help.js';
import { placeOfInteraction } from './place.js';
import { checkQuestion } from './question.js';
import { reload } from './reload.js';
import { renderAnswer } from './render.js';
import { TEXTS } from './texts.js';

export type SubcommandHandler = (interaction: ChatInputCommandInteraction, deps: HandlerDeps) => Promise<void>;

const ask: SubcommandHandler = async (interaction, deps) => {
  const check = checkQuestion(interaction.options.getString(OPTIONS.question, true), deps.maxQuestionLength);
  if (!check.ok) return replyPolitely(interaction, check.message);
  // Answers usually come back fast, but deferring keeps Discord's 3-second window safe.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const context = answerContext(deps.config, placeOfInteraction(interaction), 'private');
  const answer = await deps.assistant.answer(check.question, context);
  await interaction.editReply({ ...renderAnswer(answer, { publishable: true }), allowedMentions: NO_MENTIONS });
};

const figures: SubcommandHandler = async (interaction, deps) => {
  const forceId = interaction.options.getString(OPTIONS.force, true);
  const metricId = interaction.options.getString(OPTIONS.metric) ?? undefined;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const context = answerContext(deps.config, placeOfInteraction(interaction), 'private');
  const answer = await deps.assistant.figures(forceId, metricId, context);
  await interaction.editReply({ ...renderAnswer(answer, { publishable: true }), allowedMentions: NO_MENTIONS });
};

const help: SubcommandHandler = async (interaction, deps) => {
  const overview = deps.assistant.overview(audienceFor(deps.config, placeOfInteraction(interaction)));
  await interaction.reply({ ...renderHelp(overview), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
};

/** Subcommand name → handler. */
export const subcommandHandlers = new Map<string, SubcommandHandler>([
  [SUBCOMMANDS.ask, ask],
  [SUBCOMMANDS.figures, figures],
  [SUBCOMMANDS.help, help],
  [SUBCOMMANDS.reload, reload],
]);

/** Route a slash command to its handler; unknown commands get a polite reply. */
export async function handleSlash(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const sub = interaction.commandName === COMMAND_NAME ? interaction.options.getSubcommand(false) : null;
  const handler = sub ? subcommandHandlers.get(sub) : undefined;
  if (!handler) {
    deps.logger.warn({ command: interaction.commandName, sub }, 'Discord: unknown slash command');
    return replyPolitely(interaction, TEXTS.unknownAction);
  }
  await handler(interaction, deps);
}
