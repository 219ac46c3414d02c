// Checks the question a person typed before it reaches the core: empty questions get help,
// over-long ones a polite limit message.
import { questionLength } from '../../core/text/question-length.js';

export type QuestionCheck =
  | { ok: true; question: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too_long'; length: number; max: number };

/** The default cap when the composition root does not pass MAX_QUESTION_LENGTH. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

/** Validate an already-decoded question against the length cap. */
export function checkQuestion(question: string, maxLength: number): QuestionCheck {
  const trimmed = question.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const length = questionLength(trimmed);
  if (length > maxLength) return { ok: false, reason: 'too_long', length, max: maxLength };
  return { ok: true, question: trimmed };
}
