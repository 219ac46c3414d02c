// Error handling at the interaction edge: whatever goes wrong inside a handler, the user gets
// a polite message (reply, edit or follow-up as the interaction's state allows) and the client stays up.
import { MessageFlags, type Interaction } from 'discord.js';
import { truncate } from '../../core/answer/present.js';
import { NO_MENTIONS } from './client.js';
import { TEXTS } from '../shared/texts.js';
import { LIMITS } from './limits.js';
import type { DiscordRuntime } from './runtime.js';

/** Run `handle`; on failure log it and tell the user, never rethrow. */
export async function atInteractionEdge(
  interaction: Interaction,
  rt: DiscordRuntime,
  handle: () => Promise<void>,
): Promise<void> {
  try {
    await handle();
  } catch (error) {
    rt.logger.error({ err: error, ...describeInteraction(interaction) }, 'Discord: interaction failed');
    try {
      await replyPolitely(interaction, TEXTS.failure);
    } catch (replyError) {
      rt.logger.error(
        { err: replyError, ...describeInteraction(interaction) },
        'Discord: could not tell the user an interaction failed',
      );
    }
  }
}

/** A short ephemeral text in whichever way the interaction can still be answered. */
export async function replyPolitely(interaction: Interaction, text: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const content = truncate(text, LIMITS.content);
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  } else if (interaction.replied) {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

/** Ids for the log line, never content or tokens. */
export function describeInteraction(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    channelId: interaction.channelId,
    ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
    ...(interaction.isCommand() ? { command: interaction.commandName } : {}),
  };
}
