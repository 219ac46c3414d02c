// Checks the question a person typed before the core sees it, with the core's one length rule:
// empty questions get help, over-long ones the polite limit message.
import { questionLength } from '../../core/text/question-length.js';

export type QuestionCheck =
  | { ok: true; question: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too_long'; length: number; max: number };

/** Same default as MAX_QUESTION_LENGTH in config.ts. */
export const DEFAULT_MAX_QUESTION_LENGTH = 500;

/** The tidied question (white space collapsed), or why it is not asked. */
export function checkQuestion(raw: string, maxLength: number): QuestionCheck {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (question === '') return { ok: false, reason: 'empty' };
  const length = questionLength(question);
  if (length > maxLength) return { ok: false, reason: 'too_long', length, max: maxLength };
  return { ok: true, question };
}
