// The figures evaluation: questions in officers' words about the bundled Home Office and news figures,
// each answered with the period asked (or an honest no), totals, revisions and names as people write them.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/eval/evaluate.js';
import { readQuestionFile } from '../../src/core/eval/question-file.js';
import { makeAssistant } from '../helpers/assistant.js';

describe('GIVEN the bundled knowledge and the figures question file', () => {
  it('THEN every figures question gets the expected figures or an honest no', async () => {
    const assistant = await makeAssistant('knowledge');
    const questions = await readQuestionFile('test/eval/figures-questions.yaml');
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const summary = await evaluate(questions, (q) => assistant.answer(q));
    const misses = summary.results.filter((r) => !r.passed).map((r) => `${r.question.ask}: ${r.misses.join('; ')}`);
    expect(misses).toEqual([]);
  });
});
