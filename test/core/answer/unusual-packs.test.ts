// Specification of answers from packs unlike the bundled one: no notes, no aliases, no synonyms.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { answerText } from '../../../src/core/answer/present.js';

describe('GIVEN a pack with figures but no notes', () => {
  it('THEN a figures question is answered, naming the force by the first word of its name', async () => {
    const assistant = await makeAssistant(fixturePack('stats-only'));
    const answer = await assistant.answer('how many uses in Fjord in 2020');
    expect(answerText(answer)).toBe('Fjord Police, January 2020 – December 2020: uses 12 — Stats only [1]');
    expect(answer.citations[0]?.title).toBe('Stats only');
  });

  it('THEN a policy question is refused, with no suggestions to offer and no crash', async () => {
    const assistant = await makeAssistant(fixturePack('stats-only'));
    const answer = await assistant.answer('what is the policy on spray?');
    expect(answer.status).toBe('no_answer');
    expect(answer.citations).toEqual([]);
    expect(assistant.overview().examples).toEqual([]);
  });
});
