// Specification of initials as officers type them: a short word the knowledge never uses is
// matched to the capitalised names in it whose initials it spells.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('initials'));

describe('GIVEN a note that names a force in full', () => {
  it('WHEN asked with the force\'s initials ("nrp") THEN that note answers, sure of it', async () => {
    const answer = await assistant.answer('what does nrp carry');
    expect(answer.status).toBe('answered');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toBe('Northshire Rail Police officers carry the Volt X9 on every night shift. [1]');
  });

  it('WHEN asked with initials no name in the knowledge has ("qzp") THEN it is not sure of any answer', async () => {
    const answer = await assistant.answer('what does qzp carry');
    expect(answer.confidence).not.toBe('sure');
  });
});
