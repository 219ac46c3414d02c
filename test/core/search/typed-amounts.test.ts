// Specification of ages and times as officers type them: "15 yr old" and "9yo" are one concept,
// said by the knowledge as "aged …", "… years" or a word for a child ("10 yrs" is no age); "24hrs"
// and "5 mins" are said in full ("24 hours").
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../../src/core/search/query.js';
import { Vocabulary } from '../../../src/core/search/vocabulary.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('typed-amounts'));

describe('GIVEN a note that says an age range as the law does', () => {
  it('WHEN asked about "a 15 yr old" THEN the note on youths answers, sure of it', async () => {
    const answer = await assistant.answer('order on a 15 yr old who do we have to speak to');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toContain('the youth panel must be consulted');
    expect(answer.text).not.toContain('against an adult');
  });
});

describe('GIVEN a note that writes a length of time in full', () => {
  it('WHEN asked with the unit shortened and joined to its number ("24hrs") THEN that note answers', async () => {
    const answer = await assistant.answer('can an inspector extend past 24hrs');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toBe(
      "An inspector's authorisation lasts 24 hours, and a superintendent may extend it once. [1]",
    );
  });
});

describe('GIVEN a number before a word that is an object\'s own name ("5 constructor", "3toString")', () => {
  it('THEN it is read as a word like any other: a refusal, not a crash', async () => {
    for (const question of ['is 5 constructor ok', 'what about 3toString', '2 __proto__ hrs']) {
      const answer = await assistant.answer(question);
      expect(answer.status, question).toBe('no_answer');
    }
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

  it('reads a shortened unit of time after a number as the unit in full, but not "min" alone', () => {
    const alternatives = (question: string, text: string) =>
      slotsOf(question, vocabulary)
        .find((slot) => slot.text === text)!
        .alternatives.map((alt) => alt.words.join(' '));
    expect(alternatives('past 24hrs', '24hrs')).toEqual(['24hrs', '24 hours']);
    expect(alternatives('cycle past 5 secs', 'secs')).toEqual(['secs', 'seconds']);
    expect(alternatives('min age for an asbi', 'min')).toEqual(['min']);
  });

  it('leaves a length of years ("within 10 yrs", "a 5 year ban") as words, not an age', () => {
    expect(texts('second dd within 10 yrs')).toEqual(['second', 'dd', 'within', '10', 'yrs']);
    expect(texts('a 5 year ban')).toEqual(['5', 'year', 'ban']);
  });
});
