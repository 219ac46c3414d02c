// Azure Bot Service delivers an activity again when the bot is slow to answer or an instance
// fails mid-request: the activity id is claimed in the state store, so each is answered once,
// by whichever instance claims it first.
import type { StateStore } from '../../core/state/state-store.js';
import type { ActivityWhere } from './place.js';

/** How long a handled activity is remembered: redeliveries come within minutes. */
export const DEDUPE_TTL_MS = 15 * 60 * 1000;

/**
 * True when this activity was already claimed; claims it otherwise. Message ids are unique only
 * within a conversation, so the key names both. An activity without an id cannot be matched
 * and is always handled.
 */
export async function alreadyHandled(state: StateStore, activity: ActivityWhere): Promise<boolean> {
  if (!activity.id) return false;
  const conversation = activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  return !(await state.claim([`event:teams:${conversation}:${activity.id}`], DEDUPE_TTL_MS));
}
