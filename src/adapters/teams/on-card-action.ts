// Button clicks on answer cards (Action.Execute invokes): 👍 / 👎 feedback, and related, suggested
// or example questions, answered by the shared turn with a new card in the same thread or chat.
// The invoke's own response is a short message Teams shows to the person who clicked.
import type { AdaptiveCardActionMessageResponse, IAdaptiveCardActionInvokeActivity } from '@microsoft/teams.api';
import { TEXTS } from '../shared/texts.js';
import { answerQuestion } from '../shared/turn.js';
import { decodeAction } from './card-actions.js';
import { teamsContext } from './context.js';
import { alreadyHandled } from './dedupe.js';
import type { TeamsRuntime } from './deps.js';
import { placeOf } from './place.js';
import type { Poster } from './post.js';
import { fromOwnTenant } from './tenant.js';
import { TEAMS_TEXTS } from './texts.js';
import { teamsTurn } from './turn.js';

export interface CardActionContext extends Poster {
  activity: IAdaptiveCardActionInvokeActivity;
}

const reply = (value: string): AdaptiveCardActionMessageResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value,
});

export function onCardAction(
  rt: TeamsRuntime,
): (ctx: CardActionContext) => Promise<AdaptiveCardActionMessageResponse | undefined> {
  return async (ctx) => {
    const { activity } = ctx;
    const place = placeOf(activity);
    if (!fromOwnTenant(place, rt.config.tenantId, rt.logger)) return undefined;
    const action = decodeAction(activity.value?.action?.verb, activity.value?.action?.data);
    if (!action) {
      rt.logger.warn({ verb: String(activity.value?.action?.verb).slice(0, 64) }, 'Teams: unknown card action');
      return reply(TEXTS.unknownAction);
    }
    if (await alreadyHandled(rt.state, activity)) {
      rt.logger.info({ activityId: activity.id }, 'Teams: ignoring a redelivered card action');
      return undefined;
    }
    switch (action.kind) {
      case 'feedback':
        try {
          await rt.assistant.feedback(action.answerId, action.vote, teamsContext(rt.config, place));
          return reply(TEXTS.feedbackThanks(action.vote));
        } catch (err) {
          rt.logger.error({ err }, 'Teams: recording feedback failed');
          return reply(TEXTS.feedbackFailed);
        }
      case 'ask':
      case 'example': {
        let question: string | undefined;
        try {
          question =
            action.kind === 'example'
              ? action.question
              : (await rt.assistant.recall(action.answerId))?.suggestions[action.index];
        } catch (err) {
          rt.logger.error({ err }, 'Teams: reading the clicked answer failed');
          return reply(TEXTS.failure);
        }
        if (!question) return reply(TEXTS.expired);
        // The turn answers (or apologises) in the conversation; it never throws.
        await answerQuestion(rt, question, teamsTurn(rt, ctx, place));
        return reply(TEAMS_TEXTS.answeredBelow);
      }
    }
  };
}
