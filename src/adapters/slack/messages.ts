// The adapter's own user-facing wording (everything that is not an answer), kept together
// so it reads consistently and is easy to review.

export const MESSAGES = {
  failure: 'Sorry — something went wrong while I was answering. Please try again in a moment.',
  tooLong: (length: number, max: number) =>
    `That question is ${length} characters long; please keep it under ${max} characters and ask again.`,
  feedbackFailed: 'Sorry — I could not record that feedback. Please try again in a moment.',
  shareExpired:
    'Sorry — that answer has expired, so I cannot share it. Ask the question again and share the new answer.',
  shareNotInChannel:
    'I cannot post in this conversation: invite me to the channel first (type /invite and pick me), then share again.',
  shareFailed: 'Sorry — I could not share that answer. Please try again in a moment.',
  shared: '✅ Shared in the channel.',
  unknownButton: 'Sorry — that button no longer works. Please ask your question again.',
  sharedPreface: 'Shared from /taser',
} as const;
