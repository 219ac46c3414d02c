// Slack delivers an event again when it is slow to be acknowledged, and the same message can
// arrive as both app_mention and message.im: the event and message ids are claimed in the state
// store, so each is answered once, by whichever instance claims it first.
import type { StateStore } from '../../core/state/state-store.js';

/** How long a handled event is remembered: Slack retries within minutes. */
export const DEDUPE_TTL_MS = 15 * 60 * 1000;

/** True when this delivery was already claimed (same event_id or client_msg_id); claims new ones. */
export async function alreadyHandled(
  state: StateStore,
  eventId: string | undefined,
  clientMsgId: string | undefined,
): Promise<boolean> {
  const keys = [eventId && `event:${eventId}`, clientMsgId && `msg:${clientMsgId}`].filter(
    (k): k is string => typeof k === 'string' && k !== '',
  );
  return !(await state.claim(keys, DEDUPE_TTL_MS));
}
