// Where a Teams activity happened — personal chat, group chat, or a channel thread — in the
// terms the rest of the adapter works with: where to reply, which conversation follow-ups
// continue, and which ids decide the audience.
import type { IActivity } from '@microsoft/teams.api';

/** The fields of an incoming activity (message or invoke) that locate it. */
export type ActivityWhere = Pick<IActivity, 'id' | 'conversation' | 'from' | 'channelData'>;

export interface Place {
  kind: 'personal' | 'groupChat' | 'channel';
  /**
   * The conversation to post the reply to. In a channel this names the thread
   * (`19:…@thread.tacv2;messageid=<root>`): a mention at the top of a channel starts a thread
   * under that post, a mention inside a thread is answered in that thread.
   */
  replyTo: string;
  /** Team, channel and chat ids, any of which may be listed in TEAMS_INTERNAL_IDS. */
  ids: string[];
  /** The asker: their Entra object id where Teams gives it (stable across chats), else their Teams id. */
  userId: string;
  tenantId?: string;
}

const THREAD_SUFFIX = /;messageid=(\d+)$/;

export function placeOf(activity: ActivityWhere): Place {
  const { conversation, channelData } = activity;
  const kind =
    conversation.conversationType === 'channel' || channelData?.channel?.id
      ? 'channel'
      : conversation.conversationType === 'groupChat'
        ? 'groupChat'
        : 'personal';
  const base = conversation.id.split(';')[0] ?? conversation.id;
  return {
    kind,
    replyTo: kind === 'channel' ? threadOf(conversation.id, activity.id) : conversation.id,
    ids: [channelData?.team?.id, channelData?.team?.aadGroupId, channelData?.channel?.id, base].filter(
      (id): id is string => Boolean(id),
    ),
    userId: activity.from.aadObjectId ?? activity.from.id,
    tenantId: channelData?.tenant?.id ?? conversation.tenantId,
  };
}

/** The channel conversation id naming the thread: as given, or rooted at this (top-level) post. */
function threadOf(conversationId: string, activityId: string | undefined): string {
  if (THREAD_SUFFIX.test(conversationId)) return conversationId;
  const base = conversationId.split(';')[0] ?? conversationId;
  // Teams message ids are numeric; anything else cannot root a thread, so reply in the channel.
  return activityId && /^\d+$/.test(activityId) && activityId !== '0' ? `${base};messageid=${activityId}` : base;
}
