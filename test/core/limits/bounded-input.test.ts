// Any input gets bounded work: an over-long question is refused before any search (so a
// 100,000-character word cannot exhaust memory in fuzzy matching), and the length is counted
// once, in code points, for every caller.
import { describe, expect, it } from 'vitest';
import { questionLength } from '../../../src/core/text/question-length.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { runCli } from '../../helpers/run-cli.js';

describe('bounded work for any question', () => {
  it('GIVEN a 100,000-character single word THEN ask --json prints one refusal and exits 0', async () => {
    const word = 'a'.repeat(100_000);
    const { code, stdout } = await runCli('ask', ['--json', word]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe('no_answer');
    expect(answer.text).toBe(
      'That question is too long (100000 characters; the limit is 500). Please ask it in fewer words.',
    );
  });

  it('GIVEN a word just under the limit with no match THEN the refusal still offers suggestions (fuzzy work capped, no crash)', async () => {
    const assistant = await makeAssistant();
    const answer = await assistant.answer('x'.repeat(499));
    expect(answer.status).toBe('no_answer');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('GIVEN emoji THEN each counts once, as Slack and Discord count them', async () => {
    expect(questionLength('🚓'.repeat(10))).toBe(10);
    const assistant = await makeAssistant(undefined, { maxQuestionLength: 20 });
    expect((await assistant.answer('🚓'.repeat(20))).text).not.toMatch(/too long/);
    expect((await assistant.answer('🚓'.repeat(21))).text).toMatch(/too long \(21 characters; the limit is 20\)/);
  });
});
