// Button custom ids: what a click means, encoded in Discord's 100-character custom_id.
// Only the answer id and a small index travel; everything else is re-read via recall().
import type { Vote } from '../../core/assistant.js';

/** Discord's limit on a component custom_id. */
export const MAX_CUSTOM_ID = 100;

export type ButtonAction =
  | { kind: 'feedback'; vote: Vote; answerId: string }
  | { kind: 'publish'; answerId: string }
  | { kind: 'suggestion'; answerId: string; index: number }
  | { kind: 'forces' };

/** The custom id for an action, or undefined when the answer id is too long to fit. */
export function encodeButton(action: ButtonAction): string | undefined {
  const id =
    action.kind === 'feedback'
      ? `fb:${action.vote}:${action.answerId}`
      : action.kind === 'publish'
        ? `pub:${action.answerId}`
        : action.kind === 'forces'
          ? 'forces'
          : `ask:${action.index}:${action.answerId}`;
  return id.length <= MAX_CUSTOM_ID ? id : undefined;
}

/** The action behind a custom id, or undefined for ids this bot never made. */
export function decodeButton(customId: string): ButtonAction | undefined {
  let m = /^fb:(up|down):(.+)$/s.exec(customId);
  if (m) return { kind: 'feedback', vote: m[1] as Vote, answerId: m[2]! };
  m = /^pub:(.+)$/s.exec(customId);
  if (m) return { kind: 'publish', answerId: m[1]! };
  if (customId === 'forces') return { kind: 'forces' };
  m = /^ask:(\d{1,2}):(.+)$/s.exec(customId);
  if (m) return { kind: 'suggestion', index: Number(m[1]), answerId: m[2]! };
  return undefined;
}
