// Button clicks on answers: 👍 / 👎 feedback, "Post publicly", and suggested questions; on help: the force list.
// Answers are re-read with recall(), so only the answer id travels in the custom id.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { TEXTS } from '../shared/texts.js';
import { answerQuestion } from '../shared/turn.js';
import { NO_MENTIONS } from './client.js';
import { decodeButton } from './custom-ids.js';
import { replyPolitely } from './edge.js';
import { audienceFor, discordContext } from './conversation.js';
import { HELP_COMMAND, renderForces } from './help.js';
import { placeOfInteraction } from './place.js';
import { answerReply, sendWithChart } from './answer-reply.js';
import type { DiscordRuntime } from './runtime.js';
import { interactionTurn } from './turn.js';

export async function handleButton(interaction: ButtonInteraction, rt: DiscordRuntime): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) {
    rt.logger.warn({ customId: interaction.customId }, 'Discord: unknown button');
    return replyPolitely(interaction, TEXTS.unknownAction);
  }
  const place = placeOfInteraction(interaction);
  switch (action.kind) {
    case 'feedback': {
      await rt.assistant.feedback(action.answerId, action.vote, discordContext(rt.config, place, 'private'));
      return replyPolitely(interaction, TEXTS.feedbackThanks(action.vote));
    }
    case 'publish': {
      const answer = await rt.assistant.recall(action.answerId);
      if (!answer) return replyPolitely(interaction, TEXTS.expired);
      // A non-ephemeral reply is posted in the channel, attributed to whoever shared it, chart included.
      // Drawing a chart can outlast Discord's 3 seconds for a first reply: acknowledge first then.
      if (answer.figures.length > 1) await interaction.deferReply();
      const reply = await answerReply(answer, { shareable: false }, rt.logger);
      await sendWithChart(
        reply,
        (payload) =>
          interaction.deferred
            ? interaction.editReply({ ...payload, allowedMentions: NO_MENTIONS })
            : interaction.reply({ ...payload, allowedMentions: NO_MENTIONS }),
        rt.logger,
      );
      return;
    }
    case 'forces': {
      const overview = rt.assistant.overview(audienceFor(rt.config, place));
      await interaction.reply({
        ...renderForces(overview),
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    case 'suggestion': {
      const question = (await rt.assistant.recall(action.answerId))?.suggestions[action.index];
      if (!question) return replyPolitely(interaction, TEXTS.expired);
      // Stay as private as the message the button was on.
      const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
      const context = discordContext(rt.config, place, ephemeral ? 'private' : 'shared');
      return answerQuestion(
        rt,
        question,
        interactionTurn(interaction, {
          context,
          ephemeral,
          shareable: ephemeral,
          empty: () => TEXTS.emptyQuestion(HELP_COMMAND),
          logger: rt.logger,
        }),
      );
    }
  }
}
