// Where an interaction or message happened, in the terms context.ts works with.
import type { Interaction, Message } from 'discord.js';
import type { Place } from './conversation.js';

export function placeOfInteraction(interaction: Interaction): Place {
  const channel = interaction.channel;
  return {
    // Interactions outside any channel are rare; the user id keeps their context separate.
    channelId: interaction.channelId ?? `user-${interaction.user.id}`,
    parentId: channel?.isThread() ? channel.parentId : undefined,
    userId: interaction.user.id,
  };
}

export function placeOfMessage(message: Message): Place {
  return {
    channelId: message.channelId,
    parentId: message.channel.isThread() ? message.channel.parentId : undefined,
    userId: message.author.id,
  };
}
