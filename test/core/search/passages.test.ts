// How a note's text is split into the sentences an answer quotes.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/core/search/passages.js';

describe('sentences', () => {
  it('splits at sentence ends and joins lines wrapped inside a sentence', () => {
    expect(sentences('Carry it on the weak side. Check it at the start\nof every shift.')).toEqual([
      'Carry it on the weak side.',
      'Check it at the start of every shift.',
    ]);
  });

  it('keeps each list item on its own line, so a quoted list still reads as one', () => {
    const text =
      'The pilot runs in three forces:\n- Greater Manchester Police\n  - British Transport Police\n(c) Kent Police';
    expect(sentences(text)).toEqual([
      'The pilot runs in three forces:\n- Greater Manchester Police\n- British Transport Police\n(c) Kent Police',
    ]);
  });

  it('keeps a list copied from legislation.gov.uk, words straight after "(a)", one item per line', () => {
    const text =
      "(4)For the purposes of this Part—\n(a)a person's bail start date is the day after arrest,\n(b)the\nrelevant day is the day of charge.";
    expect(sentences(text)).toEqual([
      "(4)For the purposes of this Part—\n(a)a person's bail start date is the day after arrest,\n(b)the relevant day is the day of charge.",
    ]);
  });

  it('keeps each row of a table copied as Markdown on its own line', () => {
    const text =
      'Spit guard uses in 2021/22:\n| Force | Uses |\n|---|---|\n| Avon and Somerset | 345 |\n| Dorset | 145 |';
    expect(sentences(text)).toEqual([text]);
  });

  it('does not take a hyphen inside a line for a list item', () => {
    expect(sentences('A year-long pilot - in three forces - began in 2024.')).toEqual([
      'A year-long pilot - in three forces - began in 2024.',
    ]);
  });

  it('keeps a numbered list whole: the full stop of "1." ends no sentence', () => {
    expect(sentences('The officer must:\n1. Not approach\n2. Call for support.\n3. Tell the inspector.')).toEqual([
      'The officer must:\n1. Not approach\n2. Call for support.\n3. Tell the inspector.',
    ]);
  });

  it('never ends a sentence inside a quotation, straight or curly', () => {
    expect(
      sentences('The caution is: "You do not have to say anything. But it may harm your defence." It is said.'),
    ).toEqual(['The caution is: "You do not have to say anything. But it may harm your defence."', 'It is said.']);
    expect(sentences('The call is “Stop! Police!” Then wait.')).toEqual(['The call is “Stop! Police!”', 'Then wait.']);
  });

  it('does not end a sentence after a short form or an initial', () => {
    expect(
      sentences('Under s. 24 an officer may arrest. See para. 9 and Form No. 5. Call Insp. J. Smith at 10 p.m. Today.'),
    ).toEqual([
      'Under s. 24 an officer may arrest.',
      'See para. 9 and Form No. 5.',
      'Call Insp. J. Smith at 10 p.m. Today.',
    ]);
  });

  it('keeps a question with the short answer that follows it', () => {
    expect(sentences('Q: Can I take it home? A: No. It goes back to the armoury.')).toEqual([
      'Q: Can I take it home? A: No. It goes back to the armoury.',
    ]);
    expect(sentences('Can students carry it? Not until they pass the course. Then they may.')).toEqual([
      'Can students carry it? Not until they pass the course.',
      'Then they may.',
    ]);
  });

  it('reads a quotation never closed as running to the end, even in a note of a megabyte', () => {
    const text = `He said "${'Officers must carry it. '.repeat(40_000)}`;
    expect(sentences(text)).toEqual([text.trim()]);
  });
});
