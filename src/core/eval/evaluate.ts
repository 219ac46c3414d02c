// Scores answers against an evaluation question file: pass/fail per question, the right-answer
// rate, the refusal rate on out-of-scope questions, and the mean reciprocal rank of citations.
import { answerText } from '../answer/present.js';
import type { Answer } from '../types.js';
import type { EvalQuestion } from './question-file.js';

/**
 * What happened to one question. Answerable ones: answered with the expected facts, refused though
 * the knowledge answers them, or answered without the facts. Out-of-scope ones: refused as they
 * should be, or answered anyway.
 */
export type Outcome = 'right_answer' | 'false_refusal' | 'wrong_answer' | 'right_refusal' | 'answered_out_of_scope';

export const OUTCOMES: readonly Outcome[] = [
  'right_answer',
  'false_refusal',
  'wrong_answer',
  'right_refusal',
  'answered_out_of_scope',
];

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  passed: boolean;
  outcome: Outcome;
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
  /** How many questions had each outcome. */
  outcomes: Record<Outcome, number>;
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
    outcomes: countOutcomes(results),
  };
}

function countOutcomes(results: EvalResult[]): Record<Outcome, number> {
  const counts = noOutcomes();
  for (const r of results) counts[r.outcome]++;
  return counts;
}

function score(question: EvalQuestion, answer: Answer): EvalResult {
  const misses: string[] = [];
  if (answer.status !== question.expect) misses.push(`expected ${question.expect}, got ${answer.status}`);
  const text = answerText(answer).toLowerCase();
  if (question.expect === 'answered') {
    for (const fact of question.contains) if (!text.includes(fact.toLowerCase())) misses.push(`answer lacks "${fact}"`);
    const any = question.contains_any;
    if (any.length > 0 && !any.some((fact) => text.includes(fact.toLowerCase()))) {
      misses.push(`answer has none of ${any.map((f) => `"${f}"`).join(', ')}`);
    }
  }
  const cited = answer.citations.map((c) =>
    [c.noteId, ...(c.statisticIds ?? [])].filter((id): id is string => Boolean(id)),
  );
  const rank = cited.findIndex((ids) => ids.some((id) => question.cites.includes(id)));
  if (question.cites.length > 0 && question.expect === 'answered' && rank < 0) {
    misses.push(`none of ${question.cites.join(', ')} cited (cited: ${cited.flat().join(', ') || 'nothing'})`);
  }
  const passed = misses.length === 0;
  return {
    question,
    answer,
    passed,
    outcome: outcomeOf(question, answer, passed),
    misses,
    reciprocalRank: rank >= 0 ? 1 / (rank + 1) : 0,
  };
}

function outcomeOf(question: EvalQuestion, answer: Answer, passed: boolean): Outcome {
  if (question.expect === 'no_answer') return passed ? 'right_refusal' : 'answered_out_of_scope';
  if (passed) return 'right_answer';
  return answer.status === 'no_answer' ? 'false_refusal' : 'wrong_answer';
}

/** Every outcome counted zero times. */
export function noOutcomes(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
}

/** part / whole, and 1 for an empty whole (nothing to get wrong). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
