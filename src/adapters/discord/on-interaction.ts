// The single entry point for interactions: routes each kind to its handler inside the
// error edge, so an unexpected interaction gets a polite reply and never crashes the bot.
import type { Interaction } from 'discord.js';
import { handleAutocomplete } from './autocomplete.js';
import { handleButton } from './buttons.js';
import type { HandlerDeps } from './deps.js';
import { atInteractionEdge, describeInteraction, replyPolitely } from './edge.js';
import { handleSlash } from './slash.js';
import { TEXTS } from './texts.js';

export function onInteraction(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  return (interaction) =>
    atInteractionEdge(interaction, deps, async () => {
      if (interaction.isAutocomplete()) return handleAutocomplete(interaction, deps);
      if (interaction.isChatInputCommand()) return handleSlash(interaction, deps);
      if (interaction.isButton()) return handleButton(interaction, deps);
      deps.logger.warn(describeInteraction(interaction), 'Discord: unexpected interaction');
      return replyPolitely(interaction, TEXTS.unknownAction);
    });
}
