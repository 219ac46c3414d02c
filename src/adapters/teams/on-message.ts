// Messages: a personal chat is always a question; in a channel or group chat the bot answers
// only when @mentioned. Each activity is answered once (a redelivery is dropped), by the shared
// turn, in the same thread or chat; "reload" is the admin command.
import type { IMessageActivity } from '@microsoft/teams.api';
import { TEXTS } from '../shared/texts.js';
import { answerQuestion } from '../shared/turn.js';
import { alreadyHandled } from './dedupe.js';
import type { TeamsRuntime } from './deps.js';
import { mentionsBot, questionOf } from './mention.js';
import { placeOf, type Place } from './place.js';
import { postCard, type Poster } from './post.js';
import { isReloadCommand, runReload } from './reload.js';
import { renderNotice } from './render.js';
import { fromOwnTenant } from './tenant.js';
import { teamsTurn } from './turn.js';

export interface MessageContext extends Poster {
  activity: IMessageActivity;
}

export function onMessage(rt: TeamsRuntime): (ctx: MessageContext) => Promise<void> {
  return async (ctx) => {
    const { activity } = ctx;
    const place = placeOf(activity);
    if (!fromOwnTenant(place, rt.config.tenantId, rt.logger)) return;
    if (place.kind !== 'personal' && !mentionsBot(activity)) return;
    // Card buttons are Action.Execute (invokes); a message carrying only a value is some other
    // client's Action.Submit, with nothing to answer.
    if (!activity.text && activity.value !== undefined) {
      rt.logger.info({ activityId: activity.id }, 'Teams: ignoring a card submit without text');
      return;
    }
    if (await alreadyHandled(rt.state, activity)) {
      rt.logger.info({ activityId: activity.id }, 'Teams: ignoring a redelivered activity');
      return;
    }
    const question = questionOf(activity);
    if (isReloadCommand(question)) return reload(rt, ctx, place);
    await answerQuestion(rt, question, teamsTurn(rt, ctx, place));
  };
}

/** The reload command, with one apology if it fails (a reloader error, or Teams refusing the card). */
async function reload(rt: TeamsRuntime, poster: Poster, place: Place): Promise<void> {
  try {
    await runReload(rt, poster, place);
  } catch (err) {
    rt.logger.error({ err }, 'Teams: the reload command failed');
    await postCard(poster, place, renderNotice(TEXTS.failure), TEXTS.failure).catch((replyError: unknown) =>
      rt.logger.error({ err: replyError }, 'Teams: could not tell the admin the reload failed'),
    );
  }
}
