// Specification: notes written the way admins copy policy (numbered lists, quoted words, short
// forms such as "s. 24", FAQ-style "Q: … A: …") are quoted whole and in their own words.
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = makeAssistant(fixturePack('admin-prose'));
const ask = async (question: string) => answerText(await (await assistant).answer(question));

describe('GIVEN notes written the way admins copy policy', () => {
  it('THEN a numbered list is quoted whole, one item a line', async () => {
    expect(await ask('what must the first officer do at a reported firearm')).toBe(
      'On a report of a firearm, the first officer must:\n1. Not approach the suspect\n2. Request armed support via the control room\n3. Inform the duty inspector [1]',
    );
  });

  it('THEN quoted words are never cut where they say "!" or "."', async () => {
    expect(await ask('what are the words of the quokka warning')).toBe(
      'The spoken quokka warning is: "Police! Quokka! Stay where you are!" Officers may give it in English and Welsh. [1]',
    );
  });

  it('THEN short forms ("Insp.", "J.", "ext.", "No.") do not end a sentence', async () => {
    expect(await ask('who do i contact for a fatal collision')).toBe(
      'Contact Insp. J. Smith on ext. 4021 for any fatal collision. [1]',
    );
    expect(await ask('where are the reasons for an arrest recorded')).toMatch(
      /^The reasons are recorded on Form No\. 12 within the hour\. … Under s\. 24 of the Act/,
    );
  });

  it('THEN an FAQ answer is quoted with its question, never the question alone', async () => {
    expect(await ask('can i take the quokka kit home')).toBe(
      'Q: Can I take the quokka kit home after a late shift? A: No. It goes back to the armoury. [1]',
    );
  });

  it('THEN sentences quoted out of the note\'s order or with a gap are marked " … "', async () => {
    expect(await ask('what does code 1 mean and code 0')).toBe(
      'Code 0 means the officer needs urgent assistance. … Code 1 means the officer is safe. [1]',
    );
  });

  it('THEN a list quoted with the sentences around it keeps its lines', async () => {
    expect(await ask('how is a missing quokka graded and who reviews it')).toBe(
      'A missing quokka is graded as:\n* High risk\n* Low risk\nThe grading is reviewed by a sergeant within 2 hours. [1]',
    );
  });

  it("THEN the note's own example question is answered by it, even when it says no length of time", async () => {
    expect(await ask('how long can the quokka hood stay on')).toBe(
      'The quokka hood must be removed as soon as the threat has passed. [1]',
    );
    // Asked otherwise, "how long" still wants a length of time, and the note gives none.
    expect(await ask('how long does the quokka hood last')).toMatch(/^I can't find that in my knowledge/);
  });

  it('THEN a word typed as one that the note writes as two ("bodycam" for "body cam") finds it', async () => {
    expect(await ask('when should i switch on my bodycam')).toBe(
      'Officers must start the body cam recording as soon as they decide to use force. [1]',
    );
  });
});
