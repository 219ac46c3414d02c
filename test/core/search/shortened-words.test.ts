// Words texting shortens by dropping letters ("pts", "ppl") are the words the knowledge writes in full.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('shortened'));

describe('GIVEN a pack that writes "penalty points" and "people" in full', () => {
  it('WHEN asked "how many pts for careless" THEN the penalty points note answers', async () => {
    const answer = await assistant.answer('how many pts for careless');
    expect(answer.status).toBe('answered');
    expect(answer.text).toMatch(/^Careless driving carries between 3 and 9 penalty points/);
  });

  it('WHEN asked "what happens to most ppl stopped at the roadside" THEN the note on people, not vehicles, leads', async () => {
    const answer = await assistant.answer('what happens to most ppl stopped at the roadside');
    expect(answer.text).toMatch(/^Most people stopped at the roadside are given words of advice\./);
  });
});
