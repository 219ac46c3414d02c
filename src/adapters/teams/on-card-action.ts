// Button clicks on answer cards (Action.Execute invokes): 👍 / 👎 feedback, and related or
// suggested questions, answered with a new card in the same thread or chat. The invoke's own
// response is a short message Teams shows to the person who clicked.
import type { AdaptiveCardActionMessageResponse, IAdaptiveCardActionInvokeActivity } from '@microsoft/teams.api';
import { decodeAction } from './card-actions.js';
import { answerContext } from './context.js';
import type { HandlerDeps } from './deps.js';
import { placeOf } from './place.js';
import { postCard, type Poster } from './post.js';
import { fallbackText, renderAnswer } from './render.js';
import { fromOwnTenant } from './tenant.js';
import { TEXTS } from './texts.js';

export interface CardActionContext extends Poster {
  activity: IAdaptiveCardActionInvokeActivity;
}

const reply = (value: string): AdaptiveCardActionMessageResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value,
});

export function onCardAction(
  deps: HandlerDeps,
): (ctx: CardActionContext) => Promise<AdaptiveCardActionMessageResponse | undefined> {
  return async (ctx) => {
    const { activity } = ctx;
    const place = placeOf(activity);
    if (!fromOwnTenant(place, deps.config.tenantId, deps.logger)) return undefined;
    const action = decodeAction(activity.value?.action?.verb, activity.value?.action?.data);
    if (!action) {
      deps.logger.warn({ verb: String(activity.value?.action?.verb).slice(0, 64) }, 'Teams: unknown card action');
      return reply(TEXTS.unknownAction);
    }
    const context = answerContext(deps.config, place);
    try {
      switch (action.kind) {
        case 'feedback':
          await deps.assistant.feedback(action.answerId, action.vote, context);
          return reply(TEXTS.feedbackThanks);
        case 'ask': {
          const question = (await deps.assistant.recall(action.answerId))?.suggestions[action.index];
          if (!question) return reply(TEXTS.expired);
          const answer = await deps.assistant.answer(question, context);
          await postCard(ctx, place, renderAnswer(answer, { asked: question }), fallbackText(answer));
          return reply(TEXTS.answeredBelow);
        }
      }
    } catch (error) {
      deps.logger.error({ err: error, kind: action.kind }, 'Teams: a card action failed');
      return reply(TEXTS.failed);
    }
  };
}
