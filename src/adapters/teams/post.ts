// Posting a card into the conversation an activity came from: the thread in a channel, the
// chat otherwise. Every reply goes through here, so none can land anywhere else.
import { cardAttachment, type ConversationReference } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { truncate } from '../../core/answer/present.js';
import { inert } from './escape.js';
import type { Place } from './place.js';

/** What posting needs of the SDK's activity context. */
export interface Poster {
  ref: ConversationReference;
  send(
    activity: { type: 'message'; summary?: string; attachments: ReturnType<typeof cardAttachment<'adaptive'>>[] },
    ref: ConversationReference,
  ): Promise<unknown>;
}

/** Notification previews show this much of the summary. */
const MAX_SUMMARY = 200;

/** Post `card` to the place's conversation, with `summary` as the notification preview. */
export async function postCard(ctx: Poster, place: Place, card: IAdaptiveCard, summary: string): Promise<void> {
  await ctx.send(
    {
      type: 'message',
      summary: inert(truncate(summary.replace(/\s+/g, ' ').trim(), MAX_SUMMARY)),
      attachments: [cardAttachment('adaptive', card)],
    },
    { ...ctx.ref, conversation: { ...ctx.ref.conversation, id: place.replyTo } },
  );
}
