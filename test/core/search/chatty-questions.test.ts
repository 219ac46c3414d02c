// Questions as officers type them in chat: ordinary words the pack never uses weigh little,
// contractions and irregular verbs are understood, and the sentence that says it leads.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('chatty'));

describe('GIVEN a pack that never uses the chatty words of a question', () => {
  it.each([
    'ok so i actually drew it on a bloke, what gets recorded',
    'ive drawn it, whats recorded',
    'if i drew the canister but didnt discharge it what gets recorded',
  ])('WHEN asked "%s" THEN the recording note answers', async (question) => {
    const answer = await assistant.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.text).toContain('records it as drawn on the use of force form');
  });

  it.each(['who won the football last night', 'whats the weather like in town tomorrow'])(
    'WHEN asked "%s", made mostly of words the pack never uses, THEN it refuses',
    async (question) => {
      expect((await assistant.answer(question)).status).toBe('no_answer');
    },
  );
});

describe('GIVEN a pack that uses "exactly", "still", "thinking", "done", "job" and "look" once, in a note about something else', () => {
  it.each([
    'whats recorded exactly',
    'do we still record it',
    'how is recording done',
    'what should i be thinking about recording',
    'whose job is it to record it',
    'what do i look at when recording',
  ])(
    'WHEN asked "%s" THEN the padding or framing word does not pick that note: the recording note answers',
    async (question) => {
      const answer = await assistant.answer(question);
      expect(answer.text).toMatch(/^When a canister is drawn but not discharged, the officer records it as drawn/);
    },
  );
});

describe('GIVEN a question with stop words shortened as in texting ("r", "n", "cos")', () => {
  it('THEN they are stop words too: the answer is as sure as with the words in full', async () => {
    const answer = await assistant.answer('r u n ur mates allowed to carry spray cos ive no certificate');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toContain('must hold a current certificate');
  });
});

describe('GIVEN a question framed with "what happens if", "am I allowed to"', () => {
  it('THEN the framing words do not count against the match: the answer is sure', async () => {
    const answer = await assistant.answer('what happens if im not allowed to carry spray');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toContain(
      'Carrying spray is optional, but an officer who carries it must hold a current certificate.',
    );
  });
});

describe('GIVEN a note that matches only through its title and tags', () => {
  it('THEN the note whose own sentence says the words leads the answer', async () => {
    const answer = await assistant.answer('do i have to carry spray');
    expect(answer.text.split('\n')[0]).toMatch(/^Carrying spray is optional/);
    expect(answer.citations[0]?.noteId).toBe('carry-rule');
  });
});

describe('GIVEN a question the best note only nearly covers', () => {
  it('THEN the bot offers that sentence tentatively and says it is not sure', async () => {
    const answer = await assistant.answer('canister form for pepper spray filed by the clerk');
    expect(answer.status).toBe('answered');
    expect(answer.confidence).toBe('tentative');
    expect(answer.notices[0]).toBe(
      "I'm not sure this answers your question: it is the nearest I have. This may be what you need.",
    );
    expect(answer.text).toBe(
      'When a canister is drawn but not discharged, the officer records it as drawn on the use of force form. [1]',
    );
  });

  it('THEN a question the note covers is answered as sure, with no such notice', async () => {
    const answer = await assistant.answer('ive drawn it, whats recorded');
    expect(answer.confidence).toBe('sure');
    expect(answer.notices).toEqual([]);
  });
});
