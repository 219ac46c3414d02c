// Discord turns for the shared one (shared/turn.ts): an interaction answered ephemerally or in
// the channel (deferred while the core works), or a reply to a message, pinging no one.
import { MessageFlags, type Interaction, type Message } from 'discord.js';
import { truncate } from '../../core/answer/present.js';
import type { AnswerContext } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { Turn } from '../shared/turn.js';
import { NO_MENTIONS } from './client.js';
import { describeInteraction, replyPolitely } from './edge.js';
import { LIMITS } from './limits.js';
import { answerReply, sendWithChart, type AnswerReply } from './answer-reply.js';

/** A reply: an answer's embeds, buttons and chart, or a short text. */
export type DiscordReply = AnswerReply | { content: string };

const notice = (text: string): DiscordReply => ({ content: truncate(text, LIMITS.content) });

/**
 * A turn answering an interaction: deferred (ephemeral or not) once the question passes the
 * check; the reply edits the deferral, or is a direct ephemeral reply when nothing was deferred.
 */
export function interactionTurn(
  interaction: Interaction,
  options: { context: AnswerContext; ephemeral: boolean; shareable: boolean; empty: () => string; logger: Logger },
): Turn<DiscordReply> {
  return {
    context: options.context,
    empty: () => notice(options.empty()),
    render: (answer) => answerReply(answer, { shareable: options.shareable }, options.logger),
    notice,
    prepare: async () => {
      if (interaction.isRepliable() && !interaction.deferred && !interaction.replied)
        await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    send: async (reply) => {
      if (!interaction.isRepliable()) return;
      if ('content' in reply) return replyPolitely(interaction, reply.content);
      await sendWithChart(
        reply,
        async (payload) => {
          if (interaction.deferred || interaction.replied) {
            await interaction.editReply({ ...payload, allowedMentions: NO_MENTIONS });
          } else {
            await interaction.reply({
              ...payload,
              ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
              allowedMentions: NO_MENTIONS,
            });
          }
        },
        options.logger,
      );
    },
    where: describeInteraction(interaction),
  };
}

/** A turn answering a message (a mention or a DM) with a reply to it. */
export function messageTurn(
  message: Message,
  context: AnswerContext,
  empty: () => string,
  logger: Logger,
): Turn<DiscordReply> {
  return {
    context,
    empty: () => notice(empty()),
    render: (answer) => answerReply(answer, { shareable: false }, logger),
    notice,
    send: (reply) =>
      sendWithChart(
        reply,
        (payload) => message.reply({ ...payload, allowedMentions: NO_MENTIONS, failIfNotExists: false }),
        logger,
      ),
    where: { messageId: message.id, channelId: message.channelId },
  };
}
