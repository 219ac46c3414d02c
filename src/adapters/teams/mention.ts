// Mentions in Teams messages: whether the bot was @mentioned, and the question with that
// mention taken out. Teams marks each mention with an entity naming who is mentioned and the
// exact `<at>…</at>` text it stands for.
import type { IMessageActivity, MentionEntity } from '@microsoft/teams.api';
import { plainFromTeamsText } from './escape.js';

export type MentionedMessage = Pick<IMessageActivity, 'text' | 'recipient' | 'entities'>;

function botMentions(message: MentionedMessage): MentionEntity[] {
  return (message.entities ?? []).filter(
    (e): e is MentionEntity => e.type === 'mention' && e.mentioned?.id === message.recipient.id,
  );
}

/** True when the message @mentions the bot itself (not someone else, not a channel or a team). */
export function mentionsBot(message: MentionedMessage): boolean {
  return botMentions(message).length > 0;
}

/** What the person asked: the text without the bot's mentions, as plain words. */
export function questionOf(message: MentionedMessage): string {
  let text = message.text ?? '';
  for (const mention of botMentions(message)) {
    const tag = mention.text ?? (mention.mentioned.name ? `<at>${mention.mentioned.name}</at>` : undefined);
    if (tag) text = text.split(tag).join(' ');
  }
  return plainFromTeamsText(text);
}
