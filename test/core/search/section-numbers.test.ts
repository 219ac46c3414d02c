// Specification of sections of an Act as officers type them ("s4a"), matched to the knowledge's
// "section 4A" and "s.4A"; a bare number is not, since legal text numbers its subsections too.
import { describe, expect, it } from 'vitest';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('sections'));

describe('GIVEN notes that write a section as "section 4A" or "s.2A"', () => {
  it('WHEN asked "s4a max" THEN the note on section 4A answers', async () => {
    const answer = await assistant.answer('s4a max');
    expect(answer.text).toBe(
      'Under section 4A, following that causes fear of violence carries up to ten years on indictment. [1]',
    );
  });

  it('WHEN asked "s2a max" THEN the note that writes it "s.2A" answers', async () => {
    const answer = await assistant.answer('s2a max');
    expect(answer.text).toContain('a maximum of 51 weeks');
    expect(answer.text).not.toContain('ten years');
  });

  it('WHEN asked about "s5" THEN a subsection numbered "(5)" is not taken for section 5', async () => {
    const answer = await assistant.answer('s5 order how long');
    expect(answer.text).not.toContain('three months');
  });
});
