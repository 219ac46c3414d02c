// Who is asking and where, for the core: the audience a team, channel or chat may see, and the
// conversation that follow-up questions ("and …?") continue.
import type { AnswerContext, Audience } from '../../core/types.js';
import { answerContext } from '../shared/conversation.js';
import type { TeamsConfig } from './config.js';
import type { Place } from './place.js';

type AudienceConfig = Pick<TeamsConfig, 'audience' | 'internalIds'>;

/** `internal` in a team, channel or group chat listed in TEAMS_INTERNAL_IDS; else TEAMS_AUDIENCE. */
export function audienceFor(config: AudienceConfig, place: Place): Audience {
  return place.ids.some((id) => config.internalIds.includes(id)) ? 'internal' : config.audience;
}

/** The context for one question: follow-ups continue the channel thread or the chat it was asked in. */
export function teamsContext(config: AudienceConfig, place: Place): AnswerContext {
  return answerContext('teams', {
    conversation: place.replyTo,
    user: place.userId,
    audience: audienceFor(config, place),
  });
}
