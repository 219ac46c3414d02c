// Button clicks on answers: 👍 / 👎 feedback, "Post publicly", and suggested questions.
// Answers are re-read with recall(), so only the answer id travels in the custom id.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { NO_MENTIONS } from './client.js';
import { answerContext } from './context.js';
import { decodeButton } from './custom-ids.js';
import type { HandlerDeps } from './deps.js';
import { replyPolitely } from './edge.js';
import { placeOfInteraction } from './place.js';
import { renderAnswer } from './render.js';
import { TEXTS } from './texts.js';

export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) {
    deps.logger.warn({ customId: interaction.customId }, 'Discord: unknown button');
    return replyPolitely(interaction, TEXTS.unknownAction);
  }
  const place = placeOfInteraction(interaction);
  switch (action.kind) {
    case 'feedback': {
      await deps.assistant.feedback(action.answerId, action.vote, answerContext(deps.config, place, 'private'));
      return replyPolitely(interaction, TEXTS.feedbackThanks);
    }
    case 'publish': {
      const answer = await deps.assistant.recall(action.answerId);
      if (!answer) return replyPolitely(interaction, TEXTS.expired);
      // A non-ephemeral reply is posted in the channel, attributed to whoever shared it.
      await interaction.reply({ ...renderAnswer(answer, { publishable: false }), allowedMentions: NO_MENTIONS });
      return;
    }
    case 'suggestion': {
      const question = (await deps.assistant.recall(action.answerId))?.suggestions[action.index];
      if (!question) return replyPolitely(interaction, TEXTS.expired);
      // Stay as private as the message the button was on.
      const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      const context = answerContext(deps.config, place, ephemeral ? 'private' : 'shared');
      const answer = await deps.assistant.answer(question, context);
      await interaction.editReply({
        ...renderAnswer(answer, { publishable: ephemeral }),
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
  }
}
