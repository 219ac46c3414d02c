// The bundled knowledge must pass its own evaluation file: the examples officers and staff ask.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/eval/evaluate.js';
import { readQuestionFile } from '../../src/core/eval/question-file.js';
import { makeAssistant } from '../helpers/assistant.js';

describe('GIVEN the bundled knowledge and its question file', () => {
  it('THEN every question gets the expected facts, citations or refusal', async () => {
    const assistant = await makeAssistant('knowledge');
    const questions = await readQuestionFile('test/eval/bundled-questions.yaml');
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.expect === 'no_answer').length).toBeGreaterThanOrEqual(8);
    const summary = await evaluate(questions, (q) => assistant.answer(q));
    const misses = summary.results.filter((r) => !r.passed).map((r) => `${r.question.ask}: ${r.misses.join('; ')}`);
    expect(misses).toEqual([]);
  });
});
