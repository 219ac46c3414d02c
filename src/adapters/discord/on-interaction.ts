// The single entry point for interactions: routes each kind to its handler inside the
// error edge, so an unexpected interaction gets a polite reply and never crashes the bot.
import type { Interaction } from 'discord.js';
import { handleAutocomplete } from './autocomplete.js';
import { handleButton } from './actions.js';
import { atInteractionEdge, describeInteraction, replyPolitely } from './edge.js';
import { handleSlash } from './command.js';
import type { DiscordRuntime } from './runtime.js';
import { TEXTS } from '../shared/texts.js';

export function onInteraction(rt: DiscordRuntime): (interaction: Interaction) => Promise<void> {
  return (interaction) =>
    atInteractionEdge(interaction, rt, async () => {
      if (interaction.isAutocomplete()) return handleAutocomplete(interaction, rt);
      if (interaction.isChatInputCommand()) return handleSlash(interaction, rt);
      if (interaction.isButton()) return handleButton(interaction, rt);
      rt.logger.warn(describeInteraction(interaction), 'Discord: unexpected interaction');
      return replyPolitely(interaction, TEXTS.unknownAction);
    });
}
