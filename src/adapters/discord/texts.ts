// What the bot says on Discord when it is not showing an answer: thanks, refusals and
// apologies. Kept in one place so the wording stays consistent and polite.

export const TEXTS = {
  feedbackThanks: 'Thanks — feedback recorded.',
  expired: 'Sorry, that answer is no longer available. Please ask again with `/taser ask`.',
  unknownAction:
    "Sorry, I don't recognise that action — it may come from an older version of this bot. Try `/taser help`.",
  failed: 'Sorry, something went wrong while answering. Please try again in a moment.',
  emptyQuestion: 'Please type a question, or use `/taser help` to see what I can answer.',
  emptyMention: 'Mention me with a question, or use `/taser help` to see what I can answer.',
  reloadUnavailable: 'Reloading is not available in this deployment: restart the bot to load knowledge changes.',
  questionTooLong: (length: number, max: number) =>
    `That question is ${length} characters long; please keep it to ${max} characters or fewer and ask again.`,
} as const;
