// Mentions and DMs: a message that mentions the bot, or any DM, gets a reply to that
// message; the channel (or thread, or DM) is the conversation follow-ups continue.
import type { Message, MessageReplyOptions } from 'discord.js';
import { truncate } from '../../core/answer/present.js';
import { NO_MENTIONS } from './client.js';
import { answerContext, stripBotMention } from './context.js';
import type { HandlerDeps } from './deps.js';
import { LIMITS } from './limits.js';
import { placeOfMessage } from './place.js';
import { checkQuestion } from './question.js';
import { renderAnswer } from './render.js';
import { TEXTS } from './texts.js';

export function onMessage(deps: HandlerDeps): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.system) return;
    const botId = message.client.user.id;
    // `mentions.users` holds direct mentions only: @everyone / @here never trigger an answer.
    if (message.inGuild() && !message.mentions.users.has(botId)) return;
    try {
      const check = checkQuestion(stripBotMention(message.content, botId), deps.maxQuestionLength, TEXTS.emptyMention);
      if (!check.ok) return void (await reply(message, { content: truncate(check.message, LIMITS.content) }));
      const answer = await deps.assistant.answer(
        check.question,
        answerContext(deps.config, placeOfMessage(message), 'shared'),
      );
      await reply(message, renderAnswer(answer, { publishable: false }));
    } catch (error) {
      deps.logger.error(
        { err: error, messageId: message.id, channelId: message.channelId },
        'Discord: answering a message failed',
      );
      try {
        await reply(message, { content: TEXTS.failed });
      } catch (replyError) {
        deps.logger.error(
          { err: replyError, messageId: message.id },
          'Discord: could not tell the user answering failed',
        );
      }
    }
  };
}

/** A reply to the message that pings nobody, not even its author. */
function reply(message: Message, payload: MessageReplyOptions): Promise<Message> {
  return message.reply({ ...payload, allowedMentions: NO_MENTIONS, failIfNotExists: false });
}
