// What the bot says only in Teams: the reply to a button click whose answer is posted as a new
// card. Everything else is said in the shared wording (shared/texts.ts).

export const TEAMS_TEXTS = {
  answeredBelow: 'Answered in the conversation.',
} as const;
