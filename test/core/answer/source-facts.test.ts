// Questions about the documents themselves ("when was it published", "who put it out") are
// answered from each source's own entry, cited as a reference, and never about a source the
// asker cannot see.
import { describe, expect, it } from 'vitest';
import { sourceFactAsked } from '../../../src/core/answer/source-facts.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const pack = fixturePack('source-facts');

describe('GIVEN a question about when a document came out', () => {
  it('THEN the source it names gives its date, cited as a reference to that source', async () => {
    const answer = await (await makeAssistant(pack)).answer('adapting to protest report when was it published');
    expect(answer.status).toBe('answered');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toBe('“Adapting to Protest” (HM Inspectorate of Constabulary) is dated 7 July 2009. [1]');
    expect(answer.citations).toMatchObject([{ n: 1, sourceId: 'g20-review', reference: true }]);
  });

  it('THEN a month-only date reads as the month, whatever the words for coming out', async () => {
    const answer = await (await makeAssistant(pack)).answer('when did the home office put out its spray guidance');
    expect(answer.text).toContain('“Guidance on the use of incapacitant spray” (Home Office) is dated January 2014.');
  });

  it('THEN two sources named equally well are both given, the undated one said to have no date', async () => {
    const answer = await (await makeAssistant(pack)).answer('when was the spray guidance published');
    expect(answer.text.split('\n')).toEqual([
      '“Guidance on the use of incapacitant spray” (Home Office) is dated January 2014. [1]',
      'My knowledge gives no date for “Incapacitant spray guidance, questions and answers”. [2]',
    ]);
  });

  it('THEN "last updated" is answered by its date, but "first updated" is not: that is another date', async () => {
    const assistant = await makeAssistant(pack);
    const last = await assistant.answer('when was adapting to protest last updated');
    expect(last.text).toBe('“Adapting to Protest” (HM Inspectorate of Constabulary) is dated 7 July 2009. [1]');
    const first = await assistant.answer('when was adapting to protest first updated');
    expect(first.text).not.toContain('is dated');
  });

  it('THEN a document the knowledge has no source for is refused, with the nearest topics', async () => {
    const answer = await (await makeAssistant(pack)).answer('when was the dog handling manual published');
    expect(answer.status).toBe('no_answer');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('THEN a source only internal notes cite is not described to the public, but is to staff', async () => {
    const asked = 'when was the kit bulletin issued';
    const assistant = await makeAssistant(pack);
    expect((await assistant.answer(asked)).status).toBe('no_answer');
    const internal = await assistant.answer(asked, { audience: 'internal' });
    expect(internal.text).toContain('“Quarterly kit bulletin” (Eastvale Police) is dated 2 March 2021.');
  });
});

describe('GIVEN a question a note answers as well as a source could', () => {
  it('THEN when something was issued is answered by the note that says so, not by a document date', async () => {
    const answer = await (await makeAssistant(pack)).answer('when was the spray issued');
    expect(answer.text).toContain('The spray was issued to every officer in May 2015.');
    expect(answer.text).not.toContain('is dated');
  });

  it('THEN who published a document is answered from its entry, not by a note that says "published"', async () => {
    const answer = await (await makeAssistant(pack)).answer('who published the spray guidance');
    expect(answer.text.split('\n')).toEqual([
      '“Guidance on the use of incapacitant spray” is published by Home Office, and is dated January 2014. [1]',
      '“Incapacitant spray guidance, questions and answers” is published by Northdale Police. [2]',
    ]);
  });
});

describe('GIVEN a question about who published a document', () => {
  it('THEN its publisher is given, with its date when it has one', async () => {
    const answer = await (await makeAssistant(pack)).answer('who wrote adapting to protest');
    expect(answer.text).toContain(
      '“Adapting to Protest” is published by HM Inspectorate of Constabulary, and is dated 7 July 2009.',
    );
  });
});

describe('sourceFactAsked', () => {
  it.each([
    ['when was the g20 report published', 'date'],
    ['when did the sacmill statement come out', 'date'],
    ['what date was the circular issued', 'date'],
    ['who put out the bwv guidance', 'publisher'],
    ['who is the author of the review', 'publisher'],
    ['adapting to protest report when', 'date'],
    ['what date is the g20 review', 'date'],
  ])('"%s" asks a source its %s', (question, fact) => {
    expect(sourceFactAsked(question)).toBe(fact);
  });

  it.each([
    'when did the pilot start',
    'when im issued my spray what gets written down',
    'who can carry a taser',
    'when did they bring in the taser 7',
  ])('"%s" asks nothing of a source', (question) => {
    expect(sourceFactAsked(question)).toBeUndefined();
  });
});
