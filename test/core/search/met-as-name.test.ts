// A word a question uses as a name ("the met", "met police") is said only where the knowledge
// writes it as one, with a capital: "the criteria must be met" says nothing of the Met.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('met-as-name'));

describe('GIVEN a pack that writes "met" as a verb in one note and the Met as a name in another', () => {
  it('WHEN asked "met police speed course eligibility" THEN the criteria note is no sure answer: it says no Met', async () => {
    const answer = await assistant.answer('met police speed course eligibility');
    expect(answer.confidence).not.toBe('sure');
  });

  it('WHEN asked "does the met review high risk missing persons cases" THEN the Met note answers', async () => {
    const answer = await assistant.answer('does the met review high risk missing persons cases');
    expect(answer.text).toMatch(/^The Met's missing persons unit reviews every high-risk case within an hour\./);
  });

  it('WHEN asked "who checks on them at the follow up" THEN "the follow up" is no name: its note answers, sure', async () => {
    const answer = await assistant.answer('who checks on them at the follow up');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toMatch(/^At the follow up appointment, a drugs worker checks/);
  });
});
