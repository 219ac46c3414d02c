// What the bot says in Teams when it is not showing an answer: thanks, refusals and apologies.
// Kept in one place so the wording stays consistent and polite.

export const TEXTS = {
  feedbackThanks: 'Thanks — feedback recorded.',
  answeredBelow: 'Answered in the conversation.',
  expired: 'Sorry, that answer is no longer available. Please ask the question again.',
  unknownAction:
    "Sorry, I don't recognise that button — it may come from an older version of this bot. Please ask again.",
  failed: 'Sorry, something went wrong while answering. Please try again in a moment.',
} as const;
