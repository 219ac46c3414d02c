// Who is asking and where: the audience a channel may see, and the conversation that
// follow-up questions ("and …?") continue.
import type { AnswerContext, Audience } from '../../core/types.js';
import { answerContext } from '../shared/conversation.js';
import type { DiscordConfig } from './platform.js';

export interface Place {
  channelId: string;
  /** The parent channel of a thread, so threads in internal channels stay internal. */
  parentId?: string | null;
  userId: string;
}

/** `internal` for channels listed in DISCORD_INTERNAL_CHANNEL_IDS (and their threads), else DISCORD_AUDIENCE. */
export function audienceFor(config: Pick<DiscordConfig, 'audience' | 'internalChannelIds'>, place: Place): Audience {
  const ids = [place.channelId, place.parentId].filter((id): id is string => Boolean(id));
  return ids.some((id) => config.internalChannelIds.includes(id)) ? 'internal' : config.audience;
}

/**
 * The context for one question. `shared` conversations (mentions, DMs, public replies) follow
 * the channel or thread; private ones (ephemeral slash replies) follow the user in that channel.
 */
export function discordContext(
  config: Pick<DiscordConfig, 'audience' | 'internalChannelIds'>,
  place: Place,
  scope: 'shared' | 'private',
): AnswerContext {
  const conversation = scope === 'shared' ? place.channelId : `${place.channelId}:${place.userId}`;
  return answerContext('discord', { conversation, user: place.userId, audience: audienceFor(config, place) });
}

/** The question with mentions of the bot removed and whitespace tidied. */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replaceAll(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
