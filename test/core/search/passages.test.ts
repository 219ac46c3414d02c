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

  it('does not take a hyphen inside a line for a list item', () => {
    expect(sentences('A year-long pilot - in three forces - began in 2024.')).toEqual([
      'A year-long pilot - in three forces - began in 2024.',
    ]);
  });
});
