// A public user must not be able to confirm a word that occurs only in internal notes: asking with
// it must look exactly like asking with a word no note has ever used.
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import type { Answer } from '../../../src/core/types.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

/** What a user sees of an answer (its id differs on every call). */
function seen(answer: Answer): unknown {
  const { id: _id, understood: _understood, ...rest } = answer;
  return JSON.parse(JSON.stringify(rest).replaceAll('armoury', 'WORD').replaceAll('larder', 'WORD'));
}

/**
 * The unseen word is one English treats as "armoury" (a rare noun, by its everyday frequency and
 * WordNet): the bot reads an unknown word by such general English, so only the internal note
 * could make the two differ.
 */
const UNSEEN = 'larder';

const TEMPLATES = [
  'how many discharges in WORD',
  'when are holsters checked for WORD',
  'WORD',
  'WORD codes',
  'WORD holsters',
  'what is the WORD code',
  'eastvale incidents WORD',
];

describe('GIVEN a pack whose word "armoury" occurs only in an internal note', () => {
  it.each(TEMPLATES)(
    'WHEN a public user asks "%s" THEN the answer is the same as with an unseen word',
    async (template) => {
      const assistant = await makeAssistant(fixturePack('visibility'));
      const internalWord = await assistant.answer(template.replace('WORD', 'armoury'));
      const unseenWord = await assistant.answer(template.replace('WORD', UNSEEN));
      expect(seen(internalWord)).toEqual(seen(unseenWord));
    },
  );

  it('WHEN a public user types the word in autocomplete THEN nothing hints at it', async () => {
    const assistant = await makeAssistant(fixturePack('visibility'));
    expect(assistant.complete('armour', 'public')).toEqual(assistant.complete('quokka', 'public'));
  });

  it('WHEN an internal user asks with it THEN the internal note answers', async () => {
    const assistant = await makeAssistant(fixturePack('visibility'));
    const answer = await assistant.answer('what is the armoury code', { audience: 'internal' });
    expect(answer.status).toBe('answered');
    expect(answer.text).toContain('zircon armoury code is changed weekly');
  });
});

describe('GIVEN a force and a measure that only internal figures use', () => {
  /** What a user sees, with the asked word made neutral. */
  const seenAs = (answer: Answer, word: string) => JSON.parse(JSON.stringify(seen(answer)).replaceAll(word, 'WORD'));

  it.each([
    ['how many incidents in WORD', 'Zirconvale', 'Quokkavale'],
    ['how many WORD in Eastvale', 'covert', 'quokkas'],
  ])(
    'WHEN a public user asks "%s" with it THEN the answer is the same as with an unseen word',
    async (template, internal, unseen) => {
      const assistant = await makeAssistant(fixturePack('visibility'));
      const asked = await assistant.answer(template.replace('WORD', internal));
      const other = await assistant.answer(template.replace('WORD', unseen));
      expect(seenAs(asked, internal)).toEqual(seenAs(other, unseen));
      expect(JSON.stringify(asked)).not.toMatch(/Zircon Vale|zircon deployments|4,?242/);
    },
  );

  it('WHEN an internal user asks THEN the figures answer', async () => {
    const assistant = await makeAssistant(fixturePack('visibility'));
    const answer = await assistant.answer('how many covert in Eastvale in 2021/22', { audience: 'internal' });
    expect(answerText(answer)).toContain('zircon deployments 4,242');
  });
});
