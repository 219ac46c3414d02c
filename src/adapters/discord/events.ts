// Mentions and DMs: a message that mentions the bot, or any DM, gets a reply to that
// message; the channel (or thread, or DM) is the conversation follow-ups continue.
import type { Message } from 'discord.js';
import { TEXTS } from '../shared/texts.js';
import { answerQuestion } from '../shared/turn.js';
import { discordContext, stripBotMention } from './conversation.js';
import { HELP_COMMAND } from './help.js';
import { placeOfMessage } from './place.js';
import type { DiscordRuntime } from './runtime.js';
import { messageTurn } from './turn.js';

export function onMessage(rt: DiscordRuntime): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.system) return;
    const botId = message.client.user.id;
    // `mentions.users` holds direct mentions only: @everyone / @here never trigger an answer.
    if (message.inGuild() && !message.mentions.users.has(botId)) return;
    const context = discordContext(rt.config, placeOfMessage(message), 'shared');
    await answerQuestion(
      rt,
      stripBotMention(message.content, botId),
      messageTurn(message, context, () => TEXTS.emptyMention(HELP_COMMAND), rt.logger),
    );
  };
}
