// Specification: a question about the twelve months to a month ("year ending March 2024") is not
// answered from a note about another such year, though it shares the year's number.
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import { expectRefused, fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('periods-in-notes'));

describe('GIVEN notes on arrests in the years to June 2024 and June 2025, and in 2022/23', () => {
  it('WHEN asked for the year ending March 2024 THEN neither is given as its figure', async () => {
    expectRefused(await assistant.answer('terror arrests in the year ending march 2024'));
  });

  it('WHEN asked for the year ending March 2023 THEN the note on 2022/23, the same year, answers', async () => {
    const answer = await assistant.answer('terror arrests in the year to march 2023');
    expect(answerText(answer)).toMatch(/^In 2022\/23, there were 250 arrests/);
  });

  it('WHEN asked for "ye june 2025", as statistics abbreviate it, THEN the note saying June 2025 answers', async () => {
    const answer = await assistant.answer('terror arrests ye june 2025');
    expect(answerText(answer)).toMatch(
      /^There were 234 arrests for terrorism-related activity in the year ending 30 June 2025/,
    );
  });
});
