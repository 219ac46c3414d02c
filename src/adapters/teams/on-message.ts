// Messages: a personal chat is always a question; in a channel or group chat the bot answers
// only when @mentioned. The answer card goes to the same thread or chat, exactly once; if
// answering fails the asker gets an apology there instead.
import type { IMessageActivity } from '@microsoft/teams.api';
import { answerContext } from './context.js';
import type { HandlerDeps } from './deps.js';
import { mentionsBot, questionOf } from './mention.js';
import { placeOf } from './place.js';
import { postCard, type Poster } from './post.js';
import { fallbackText, renderAnswer, renderNotice } from './render.js';
import { fromOwnTenant } from './tenant.js';
import { TEXTS } from './texts.js';

export interface MessageContext extends Poster {
  activity: IMessageActivity;
}

export function onMessage(deps: HandlerDeps): (ctx: MessageContext) => Promise<void> {
  return async (ctx) => {
    const { activity } = ctx;
    const place = placeOf(activity);
    if (!fromOwnTenant(place, deps.config.tenantId, deps.logger)) return;
    if (place.kind !== 'personal' && !mentionsBot(activity)) return;
    // Card buttons are Action.Execute (invokes); a message carrying only a value is some other
    // client's Action.Submit, with nothing to answer.
    if (!activity.text && activity.value !== undefined) {
      deps.logger.info({ activityId: activity.id }, 'Teams: ignoring a card submit without text');
      return;
    }
    try {
      const question = questionOf(activity);
      const answer = await deps.assistant.answer(question, answerContext(deps.config, place));
      await postCard(ctx, place, renderAnswer(answer, { asked: question }), fallbackText(answer));
    } catch (error) {
      deps.logger.error({ err: error, activityId: activity.id, kind: place.kind }, 'Teams: answering a message failed');
      try {
        await postCard(ctx, place, renderNotice(TEXTS.failed), TEXTS.failed);
      } catch (replyError) {
        deps.logger.error(
          { err: replyError, activityId: activity.id },
          'Teams: could not tell the user answering failed',
        );
      }
    }
  };
}
