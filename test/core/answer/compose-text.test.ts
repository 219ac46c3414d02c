// Specification of what a text answer quotes: the sentence that answers, with the sentence it
// cannot be read without when it opens by pointing back ("It is used to…", "This tells…").
import { describe, expect, it } from 'vitest';
import { CitationBook } from '../../../src/core/answer/citations.js';
import { composeText } from '../../../src/core/answer/compose-text.js';
import { buildSnapshots, snapshotFor } from '../../../src/core/snapshot.js';
import { expectRefused, fixturePack, makeAssistant } from '../../helpers/assistant.js';

const assistant = await makeAssistant(fixturePack('pointing-back'));

describe('GIVEN a note whose answering sentence opens by pointing back', () => {
  it('THEN the sentence it points back to comes first, so the quote reads on its own', async () => {
    const answer = await assistant.answer('how long do i rinse their eyes for');
    expect(answer.text).toBe(
      'Every response van carries a bottle of clean water. It is used to rinse the eyes of anyone sprayed, for at least ten minutes. [1]',
    );
  });
});

describe('GIVEN a quoted sentence followed by one that points back to it', () => {
  it('THEN that next sentence comes along after it', async () => {
    const answer = await assistant.answer('what is noted on the custody record');
    expect(answer.text).toBe(
      'The custody record notes the time it was given. This tells the next officer that aftercare advice has been handed over. [1]',
    );
  });
});

describe('GIVEN a quoted sentence that announces the next one ("…for the following items.")', () => {
  it('THEN the sentence it announces comes along after it', async () => {
    const answer = await assistant.answer('what gets checked on response vans');
    expect(answer.text).toBe(
      'Each response van is checked at the start of a shift for the following items. Torch batteries, a spare radio and blankets. [1]',
    );
  });
});

describe('GIVEN a quoted sentence that opens a list with a dash, as legislation does ("…has been given—")', () => {
  const question = 'what must anyone sprayed be given before release';
  const listed = [
    'Before release, the custody officer must make sure that anyone sprayed has been given—',
    '(a) clean water to rinse their eyes;',
    '(b) fresh air for at least fifteen minutes.',
  ].join(' ');

  it('THEN the list comes along after it, item by item', async () => {
    const answer = await assistant.answer(question);
    expect(answer.text.split(' [1]')[0]).toBe(listed);
  });

  it('THEN a tentative answer, offering only the nearest sentence, brings its list too', () => {
    const knowledge = assistant.knowledge;
    const found = snapshotFor(buildSnapshots(knowledge), 'public').passages.find(question, 'public');
    const lead = found.hits.find((h) => h.passage.noteId === 'after-spraying' && h.passage.order === 0)!;
    // Just short of sure (MIN_COVERAGE 0.4), but near enough to offer (TENTATIVE_COVERAGE 0.35).
    const near = { ...lead, coverage: 0.37 };
    const text = composeText([near], knowledge, new CitationBook(knowledge, '2026-01-01'));
    expect(text.confidence).toBe('tentative');
    expect(text.text).toBe(`${listed} [1]`);
  });
});

describe('GIVEN a note that gives a figure for one year', () => {
  it('THEN a question about that year is answered from it', async () => {
    const answer = await assistant.answer('how many water bottles did the force issue in 2019');
    expect(answer.text).toBe('In 2019 the force issued 40 new water bottles to response vans. [1]');
  });

  it('THEN the same question about a year no note mentions is refused, not answered with 2019', async () => {
    const answer = await assistant.answer('how many water bottles did the force issue in 2021');
    expectRefused(answer);
  });
});

describe('GIVEN a note about one force only', () => {
  it('THEN a question naming that force is answered from it', async () => {
    const answer = await assistant.answer('when did eastshire switch from cs to pava');
    expect(answer.text).toBe('Eastshire Constabulary switched from CS spray to PAVA in March 2016. [1]');
  });

  it('THEN the same question naming another force is refused, not answered with Eastshire', async () => {
    const answer = await assistant.answer('when did westshire switch from cs to pava');
    expectRefused(answer);
  });
});

describe("GIVEN a pack with no statistics and a note that gives one force's count in words", () => {
  it('THEN "how many…" naming that force is answered from the note', async () => {
    const answer = await assistant.answer('how many spray instructors does eastshire have');
    expect(answer.text).toBe('Eastshire Constabulary now has 120 trained spray instructors. [1]');
  });

  it("THEN the same question naming another force is refused, not answered with Eastshire's count", async () => {
    const answer = await assistant.answer('how many spray instructors does westshire have');
    expect(answer.status).toBe('no_answer');
  });

  it('THEN "eastshire figures" quotes that count rather than saying there are no figures', async () => {
    const answer = await assistant.answer('eastshire figures');
    expect(answer.text).toBe('Eastshire Constabulary now has 120 trained spray instructors. [1]');
  });

  it('THEN "westshire figures", which no note gives a number for, still says there are none', async () => {
    const answer = await assistant.answer('westshire figures');
    expect(answer.status).toBe('no_answer');
    expect(answer.text).toBe('I have no figures for Westshire Police. The knowledge holds no figures.');
  });
});

describe('GIVEN a short note that matches the question on its title, beside a note whose sentence answers it', () => {
  const pack = makeAssistant(fixturePack('lead-sentence'));

  it('THEN the answer leads with the sentence that says the question, and its citation is [1]', async () => {
    const answer = await (await pack).answer('can all northshire officers carry spray');
    const [first, second] = answer.text.split('\n');
    expect(first).toBe(
      'Every Northshire officer who has passed the annual refresher course may carry incapacitant spray on patrol, and the duty inspector keeps the list of those who have passed it. [1]',
    );
    expect(second).toBe('The Northshire chief said the force has always equipped its officers well. [2]');
    expect(answer.citations.map((c) => c.noteId)).toEqual(['who-may-carry', 'proud-tradition']);
  });
});

describe('GIVEN notes on a topic of which only one sentence gives a number or a date', () => {
  const pack = makeAssistant(fixturePack('answer-kind'));

  it('THEN "how many…" is answered from the sentence with the number', async () => {
    const answer = await (await pack).answer('how many handlers are in the dog unit');
    expect(answer.text.split('\n')[0]).toMatch(/^The unit has 14 handlers on its strength\./);
  });

  it('THEN "when did…" is answered from the sentence with the date', async () => {
    const answer = await (await pack).answer('when did dog unit licensing start');
    expect(answer.text.split('\n')[0]).toMatch(/^The dog unit began its licensing scheme in April 2015\./);
  });

  it('THEN "when did … start" is answered by the sentence that gives the date, though it never says "start"', async () => {
    const answer = await (await pack).answer('when did the muzzle rule start');
    expect(answer.text.split('\n')[0]).toBe(
      'From 1 June 2021, every police dog must wear a muzzle at public events. [1]',
    );
    expect(answer.confidence).toBe('sure');
  });

  it('THEN a financial year is answered only from a note that says it, not the year before', async () => {
    const before = await (await pack).answer('how many dog bites were recorded in 2021/22');
    expect(before.text.split('\n')[0]).toBe('As at 31 March 2022, the unit had recorded 12 dog bites in the year. [1]');
    const asked = await (await pack).answer('how many dog bites were recorded in 22/23');
    expectRefused(asked);
  });

  it('THEN "how many meals…" is refused when the sentence with a number counts something else', async () => {
    const answer = await (await pack).answer('how many meals do dog unit handlers get');
    expectRefused(answer);
  });

  it('THEN "how old…" is refused when the sentence with a number gives a count, not an age', async () => {
    const answer = await (await pack).answer('how old are the dog handlers');
    expectRefused(answer);
  });

  it('THEN "what age…" is answered from the sentence that gives an age', async () => {
    const answer = await (await pack).answer('what age do the dogs retire');
    expect(answer.text.split('\n')[0]).toBe('A police dog retires once it is aged 8 or over. [1]');
  });

  it('THEN "max sentence…" leads with the sentence that gives a penalty, though another note matches more words', async () => {
    const answer = await (await pack).answer('max sentence for causing a police dog unnecessary suffering');
    const [first, second] = answer.text.split('\n');
    expect(first).toBe("A court can give up to five years' imprisonment for causing unnecessary suffering. [1]");
    expect(second).toMatch(/^Causing a police dog unnecessary suffering is an offence, whoever owns the dog\. \[\d\]$/);
  });

  it('THEN "max sentence for…" an offence with no penalty given is refused, not answered with another offence\'s', async () => {
    expectRefused(await (await pack).answer('max sentence for obstructing a police dog'));
    const asked = await (await pack).answer('max sentence for assaulting a dog handler');
    expect(asked.text.split('\n')[0]).toMatch(/^Assaulting a dog handler is an offence that a court can sentence/);
  });

  it('THEN "whats the fine for…" is refused when no sentence on the topic gives a penalty', async () => {
    const answer = await (await pack).answer('whats the fine for a dog without a licence');
    expectRefused(answer);
  });

  it('THEN "how much…" that no sentence gives a number for is refused, not answered with the topic', async () => {
    const answer = await (await pack).answer('how much does a dog kennel cost');
    expectRefused(answer);
  });
});

describe('GIVEN notes that say in other everyday words what a question asks, beside notes sharing its other words', () => {
  const pack = makeAssistant(fixturePack('everyday-words'));

  it('THEN "died" leads with the note that says "deaths"', async () => {
    const answer = await (await pack).answer('police dog bites where someone died');
    expect(answer.text.split('\n')[0]).toBe(
      'Police dog bites have been linked to a small number of deaths in the last twenty years. [1]',
    );
  });

  it('THEN "compulsory" leads with the note that says "mandatory"', async () => {
    const answer = await (await pack).answer('is a muzzle compulsory for a police dog');
    expect(answer.text.split('\n')[0]).toBe('A muzzle is mandatory for a police dog at public events. [1]');
  });

  it('THEN "boats" leads with the note that says "vessel", the broader word', async () => {
    const answer = await (await pack).answer('can a police dog travel on boats');
    expect(answer.text.split('\n')[0]).toBe('A police dog may travel on a vessel only in a locked crate. [1]');
  });

  it('THEN "ops", clipped, leads with the note that says "operations" (not read as a name the pack lacks)', async () => {
    const answer = await (await pack).answer('who plans dog unit ops');
    expect(answer.text.split('\n')[0]).toBe('Dog unit operations are planned by the duty inspector. [1]');
  });

  it('THEN "cuffs", clipped, is answered for sure by the note that says "handcuffs"', async () => {
    const answer = await (await pack).answer('do handlers need cuffs');
    expect(answer.confidence).toBe('sure');
    expect(answer.text.split('\n')[0]).toBe('A dog handler carries handcuffs on every deployment. [1]');
  });

  it('THEN "ops" alone, or with only a framing word, is still the note that says "operations"', async () => {
    for (const question of ['ops', 'who does the ops']) {
      const answer = await (await pack).answer(question);
      expect(answer.text.split('\n')[0], question).toBe('Dog unit operations are planned by the duty inspector. [1]');
    }
  });

  it('THEN a rare thing the notes never mention ("regattas") is refused, though the rest matches a note', async () => {
    expectRefused(await (await pack).answer('is a muzzle mandatory for a police dog at regattas'));
    // A word with a relative the notes use is still found through it.
    const boats = await (await pack).answer('can a police dog travel on boats');
    expect(boats.text.split('\n')[0]).toBe('A police dog may travel on a vessel only in a locked crate. [1]');
  });

  it('THEN a note written as a list is quoted one item to a line', async () => {
    const answer = await (await pack).answer('what kit does a dog van carry');
    expect(answer.text.split('\n').slice(0, 3)).toEqual([
      'Every dog van carries:',
      '- a first aid kit for dogs',
      '- a spare lead [1]',
    ]);
  });

  it('THEN a question that shares one word with a note and matches the rest only through a synonym is refused', async () => {
    for (const question of ['is overtime compulsory at events', 'is lunch compulsory at events']) {
      const answer = await (await pack).answer(question);
      expect(answer.status, question).toBe('no_answer');
    }
  });
});
