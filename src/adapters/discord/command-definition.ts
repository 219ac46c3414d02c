// The `/taser` command definition, as registered with Discord by deploy-commands.ts.
// Its shape (subcommands ask, figures, help, forces, reload and their options) is part of the bot's interface.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';
import { truncate } from '../../core/answer/present.js';
import { LIMITS } from './limits.js';

export const COMMAND_NAME = 'taser';
export const SUBCOMMANDS = {
  ask: 'ask',
  figures: 'figures',
  help: 'help',
  forces: 'forces',
  reload: 'reload',
} as const;
export const OPTIONS = { question: 'question', force: 'force', metric: 'metric' } as const;

/** Discord caps string options at 6000 characters. */
const DISCORD_MAX_OPTION_LENGTH = 6000;

export interface CommandInput {
  /** Forces and metrics from the loaded knowledge: become fixed choices when there are ≤ 25. */
  forces: { id: string; name: string }[];
  metrics: { id: string; label: string }[];
  maxQuestionLength: number;
}

/** The JSON body registering `/taser`. */
export function buildTaserCommand(input: CommandInput): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return (
    new SlashCommandBuilder()
      .setName(COMMAND_NAME)
      .setDescription('Ask policy questions and look up figures, with sources')
      // Installed to a server, or by an officer to their own account (a user install), so it works
      // in any DM or group DM too; Discord honours user installs for global registration only.
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
      .addSubcommand((sub) =>
        sub
          .setName(SUBCOMMANDS.ask)
          .setDescription('Ask a question; the answer cites its sources')
          .addStringOption((o) =>
            o
              .setName(OPTIONS.question)
              .setDescription('Your question (suggestions appear as you type)')
              .setRequired(true)
              .setAutocomplete(true)
              .setMaxLength(Math.min(input.maxQuestionLength, DISCORD_MAX_OPTION_LENGTH)),
          ),
      )
      .addSubcommand((sub) =>
        sub
          .setName(SUBCOMMANDS.figures)
          .setDescription('Published figures for one force')
          .addStringOption((o) =>
            choicesOrAutocomplete(
              o.setName(OPTIONS.force).setDescription('The force').setRequired(true),
              input.forces.map((f) => ({ name: f.name, value: f.id })),
            ),
          )
          .addStringOption((o) =>
            choicesOrAutocomplete(
              o.setName(OPTIONS.metric).setDescription('Only this measure (optional)').setRequired(false),
              input.metrics.map((m) => ({ name: m.label, value: m.id })),
            ),
          ),
      )
      .addSubcommand((sub) => sub.setName(SUBCOMMANDS.help).setDescription('What I can answer and how to ask'))
      .addSubcommand((sub) => sub.setName(SUBCOMMANDS.forces).setDescription('Every force I have figures for'))
      // Visible to everyone on purpose: admins are also members with a role in
      // DISCORD_ADMIN_ROLE_IDS, which Discord's default member permissions cannot express.
      // The handler (reload.ts) checks and politely refuses everyone else.
      .addSubcommand((sub) =>
        sub.setName(SUBCOMMANDS.reload).setDescription('Admins only: reload the knowledge now and see what changed'),
      )
      .toJSON()
  );
}

/** Fixed choices when Discord allows them (1–25), otherwise autocomplete from the knowledge. */
function choicesOrAutocomplete(option: SlashCommandStringOption, choices: { name: string; value: string }[]) {
  if (choices.length === 0 || choices.length > LIMITS.choices) return option.setAutocomplete(true);
  return option.addChoices(
    choices.map((c) => ({ name: truncate(c.name, LIMITS.choiceText), value: c.value.slice(0, LIMITS.choiceText) })),
  );
}
