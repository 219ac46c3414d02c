// Specification of ages as officers type them ("15 yr old", "9yo"): one concept, said by the
// knowledge as "aged …", "… years" or a word for a child; a length of years ("10 yrs") is no age.
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../../src/core/search/query.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('ages'));

describe('GIVEN a note that says an age range as the law does', () => {
  it('WHEN asked about "a 15 yr old" THEN the note on youths answers, sure of it', async () => {
    const answer = await assistant.answer('order on a 15 yr old who do we have to speak to');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toContain('the youth panel must be consulted');
    expect(answer.text).not.toContain('against an adult');
  });
});

describe('slotsOf', () => {
  const vocabulary = new Vocabulary([]);
  const texts = (question: string) => slotsOf(question, vocabulary).map((slot) => slot.text);

  it('reads an age typed in any of the usual ways as one concept', () => {
    expect(texts('can i disperse a 9yo')).toContain('9yo');
    expect(texts('can i disperse a 9 yo')).toContain('9 yo');
    expect(texts('arrest a 15 yr old at school')).toContain('15 yr old');
    expect(texts('tasered a 16-year-old')).toContain('16 year old');
  });

  it('leaves a length of years ("within 10 yrs", "a 5 year ban") as words, not an age', () => {
    expect(texts('second dd within 10 yrs')).toEqual(['second', 'dd', 'within', '10', 'yrs']);
    expect(texts('a 5 year ban')).toEqual(['5', 'year', 'ban']);
  });
});
