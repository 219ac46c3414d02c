// Checks a typed question before the core sees it: empty and over-long questions get a
// polite explanation instead of an answer.
import { questionLength } from '../../core/text/question-length.js';
import { TEXTS } from './texts.js';

export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

/** The tidied question, or the message to show instead. */
export function checkQuestion(
  raw: string,
  maxLength: number,
  emptyMessage: string = TEXTS.emptyQuestion,
): QuestionCheck {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!question) return { ok: false, message: emptyMessage };
  const length = questionLength(question);
  if (length > maxLength) return { ok: false, message: TEXTS.questionTooLong(length, maxLength) };
  return { ok: true, question };
}
