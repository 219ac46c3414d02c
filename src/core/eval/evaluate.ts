// Scores answers against an evaluation question file: pass/fail per question, the right-answer
// rate, the refusal rate on out-of-scope questions, and the mean reciprocal rank of citations.
import { answerText } from '../answer/present.js';
import type { Answer } from '../types.js';
import type { EvalQuestion } from './question-file.js';

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  passed: boolean;
  /** Why it failed, in words an admin can act on. */
  misses: string[];
  /** 1/rank of the first expected citation (0 when none is cited). */
  reciprocalRank: number;
}

export interface EvalSummary {
  results: EvalResult[];
  passed: number;
  total: number;
  /** Share of answerable questions answered with every expected fact. */
  rightAnswerRate: number;
  /** Share of out-of-scope questions correctly refused. */
  refusalRate: number;
  /** Mean reciprocal rank of the first expected citation, over questions that name one. */
  meanReciprocalRank: number;
}

export type Answerer = (question: string) => Promise<Answer>;

/** Ask every question and score the answers. Questions run in order (follow-ups are not used). */
export async function evaluate(questions: EvalQuestion[], ask: Answerer): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const question of questions) results.push(score(question, await ask(question.ask)));
  const answerable = results.filter((r) => r.question.expect === 'answered');
  const outOfScope = results.filter((r) => r.question.expect === 'no_answer');
  const withCites = answerable.filter((r) => r.question.cites.length > 0);
  return {
    results,
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    rightAnswerRate: share(answerable.filter((r) => r.passed).length, answerable.length),
    refusalRate: share(outOfScope.filter((r) => r.passed).length, outOfScope.length),
    meanReciprocalRank: withCites.length
      ? withCites.reduce((sum, r) => sum + r.reciprocalRank, 0) / withCites.length
      : 0,
  };
}

function score(question: EvalQuestion, answer: Answer): EvalResult {
  const misses: string[] = [];
  if (answer.status !== question.expect) misses.push(`expected ${question.expect}, got ${answer.status}`);
  const text = answerText(answer).toLowerCase();
  if (question.expect === 'answered') {
    for (const fact of question.contains) if (!text.includes(fact.toLowerCase())) misses.push(`answer lacks "${fact}"`);
  }
  const cited = answer.citations.map((c) =>
    [c.noteId, ...(c.statisticIds ?? [])].filter((id): id is string => Boolean(id)),
  );
  const rank = cited.findIndex((ids) => ids.some((id) => question.cites.includes(id)));
  if (question.cites.length > 0 && question.expect === 'answered' && rank < 0) {
    misses.push(`none of ${question.cites.join(', ')} cited (cited: ${cited.flat().join(', ') || 'nothing'})`);
  }
  return { question, answer, passed: misses.length === 0, misses, reciprocalRank: rank >= 0 ? 1 / (rank + 1) : 0 };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
