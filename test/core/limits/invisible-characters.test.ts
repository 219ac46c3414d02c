// Questions as phones and chat clients really send them: zero-width joiners and soft hyphens
// inside words, combining accents, right-to-left text and questions made only of emoji or marks.
// The invisible characters must not split a word, and odd input gets a well-formed answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { makeAssistant } from '../../helpers/assistant.js';

const RECERTIFY = 'How often do I need to recertify?';

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant();
});

describe('GIVEN a question with invisible characters inside its words', () => {
  for (const [name, invisible] of [
    ['a zero-width joiner', '\u200D'],
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['a word joiner', '\u2060'],
    ['a right-to-left mark', '\u200F'],
  ] as const) {
    it(`WHEN ${name} sits inside "recertify" THEN the answer is the one without it`, async () => {
      const plain = await assistant.answer(RECERTIFY);
      const hidden = await assistant.answer(RECERTIFY.replace('recertify', `re${invisible}certify`));
      expect(plain.citations[0]?.noteId).toBe('recertification');
      expect({ text: hidden.text, citations: hidden.citations }).toEqual({
        text: plain.text,
        citations: plain.citations,
      });
    });
  }
});

describe('GIVEN a question with nothing to search for', () => {
  for (const [name, question] of [
    ['only emoji, with joiners', '👮‍♀️🚓👨‍👩‍👧'.repeat(20)],
    ['only combining marks', '\u0301\u0308\u0327'.repeat(100)],
    ['only right-to-left text', 'מה המדיניות לגבי טייזר؟ ما هي السياسة'],
  ] as const) {
    it(`WHEN it is ${name} THEN it is refused politely with suggestions, not an error`, async () => {
      const answer = await assistant.answer(question);
      expect(answer.status).toBe('no_answer');
      expect(answer.suggestions.length).toBeGreaterThan(0);
    });
  }

  it('WHEN a word is buried in combining marks ("zalgo") THEN the marks are ignored and the word is found', async () => {
    const answer = await assistant.answer(`Where do I h${'\u0336\u0335\u0334'.repeat(40)}olster the device?`);
    expect(answer.citations[0]?.noteId).toBe('holster-side');
  });
});
