// Conversation ids (before shared/conversation.ts adds "slack:"): follow-up questions in the
// same thread, DM or slash-command stream continue what the same asker asked before.

/** A thread in a channel (or in a DM): the ts of its first message identifies it. */
export function threadConversation(channel: string, threadTs: string): string {
  return `${channel}:${threadTs}`;
}

/** The top level of a direct message with the bot. */
export function dmConversation(channel: string): string {
  return channel;
}

/** One person's /taser questions in one channel: slash commands have no thread. */
export function slashConversation(channel: string, user: string): string {
  return `${channel}:slash:${user}`;
}

/** Direct-message channel ids start with "D". */
export function isDirectMessage(channel: string): boolean {
  return channel.startsWith('D');
}
