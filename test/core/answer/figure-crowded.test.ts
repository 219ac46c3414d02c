// Specification: asked for an amount, the one sentence that gives it is quoted, however many
// better-matching sentences without it come first.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('figure-crowded'));

describe('GIVEN three sentences that match "how much" better than the one giving the amount', () => {
  it('THEN the answer leads with the amount, and the others are quoted after it', async () => {
    const answer = await assistant.answer('how much does the speed awareness course cost');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toMatch(/^A driver who takes up the course offer pays the provider £95\./);
    expect(answer.text).toContain('the offer of the course and what it costs are sent automatically');
  });
});
