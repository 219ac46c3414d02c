// Specification: "which section…" and "what law…" ask for a law. The sentence naming one answers,
// and a note that names none is no answer, however many of the question's words it shares.
import { describe, expect, it } from 'vitest';
import { expectRefused, fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('provisions'));

describe('GIVEN a note on when a SHPO is made, and another giving the section it is sought under', () => {
  it('WHEN asked "which section is a shpo made under" THEN the sentence with the section leads', async () => {
    const answer = await assistant.answer('which section is a shpo made under');
    expect(answer.text).toMatch(/^On conviction, the order is sought under section 345 of the Sentencing Act 2020\./);
  });
});

describe('GIVEN a note on using a PND that names no law', () => {
  it.each(['what law lets us give a pnd', 'which act is a pnd given under'])(
    'WHEN asked "%s" THEN it refuses rather than quote it',
    async (question) => {
      expectRefused(await assistant.answer(question));
    },
  );
});
