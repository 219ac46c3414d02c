// A Teams turn for the shared one (shared/turn.ts): the question's place decides the audience and
// where the card goes (the channel thread or the chat); the answer is an Adaptive Card.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Turn } from '../shared/turn.js';
import { teamsContext } from './context.js';
import type { TeamsRuntime } from './deps.js';
import type { Place } from './place.js';
import { postCard, type Poster } from './post.js';
import { fallbackText, renderAnswerCard, renderExamples, renderNotice } from './render.js';

/** A card and its notification preview. */
export interface TeamsReply {
  card: IAdaptiveCard;
  summary: string;
}

/** The turn for a question asked at `place`. */
export function teamsTurn(rt: TeamsRuntime, poster: Poster, place: Place): Turn<TeamsReply> {
  const context = teamsContext(rt.config, place);
  return {
    context,
    empty: () => {
      const card = renderExamples(rt.assistant.overview(context.audience).examples);
      return { card, summary: card.fallbackText ?? '' };
    },
    render: async (answer) => ({ card: await renderAnswerCard(answer), summary: fallbackText(answer) }),
    notice: (text) => ({ card: renderNotice(text), summary: text }),
    send: (reply) => postCard(poster, place, reply.card, reply.summary),
    where: { kind: place.kind },
  };
}
