// Specification: later tables word their total rows and footnotes in many ways; a total is never
// taken for a force, a footnote number typed after a name or heading is a marker, not a word, and
// what a count cell shows wins over what it stores.
import { describe, expect, it } from 'vitest';
import { cleanLabel, readCount } from '../../../src/core/import/cells.js';
import { headingKey } from '../../../src/core/import/home-office/match-headings.js';
import { totalArea } from '../../../src/core/import/home-office/layout.js';

describe('GIVEN a row label', () => {
  it.each([
    ['Total North East', 'North East', 'North East'],
    ['North East total', 'North East', 'North East'],
    ['England and Wales - Total', '', 'England and Wales'],
    ['Total', '', 'England and Wales'],
    ['Total', 'Wales', 'Wales'],
    ['England and Wales (including BTP)', '', 'England and Wales (including BTP)'],
    ['England', '', 'England'],
    ['All forces', 'London', 'London'],
    ['All police forces', '', 'England and Wales'],
  ])('THEN "%s" (region cell "%s") is the total of %s', (label, region, area) => {
    expect(totalArea(label, region)).toBe(area);
  });

  it.each(['Kent', 'West Midlands', 'North Wales', 'Totnes'])('THEN "%s" is a force', (label) => {
    expect(totalArea(label, 'Somewhere')).toBeUndefined();
  });

  it('THEN a footnote typed after a force name is dropped', () => {
    expect(cleanLabel('Greater Manchester3').label).toBe('Greater Manchester');
    expect(cleanLabel('Norfolk (see note 4)').label).toBe('Norfolk');
    expect(cleanLabel('Dyfed-Powys [note 2]').label).toBe('Dyfed-Powys');
  });

  it('THEN a footnote typed after a heading is dropped', () => {
    expect(headingKey('Total discharge3')).toBe('total discharge');
    expect(headingKey('Red-dot4')).toBe('red dot');
  });
});

describe('GIVEN a count cell whose shown text and stored number differ', () => {
  it('THEN a missing-figure symbol shown over a stored 0 is a missing figure, never 0', () => {
    expect(readCount({ text: '..', value: 0 })).toEqual({ kind: 'missing', shown: '..', meaning: 'not available' });
  });

  it('THEN a cell whose text is an object\'s own name ("constructor") is not read as a symbol', () => {
    expect(readCount({ text: 'constructor' })).toEqual({ kind: 'invalid' });
    expect(readCount({ text: 'toString', value: 0 })).toEqual({ kind: 'count', value: 0, revised: false });
  });

  it('THEN a cell showing one count and storing another is not read', () => {
    expect(readCount({ text: '82', value: 28 })).toEqual({ kind: 'invalid' });
    expect(readCount({ text: '82', value: 81.6 })).toEqual({ kind: 'invalid' });
  });

  it('THEN a count shown as stored, with separators or a revision mark, is read', () => {
    expect(readCount({ text: '1,442', value: 1442 })).toEqual({ kind: 'count', value: 1442, revised: false });
    expect(readCount({ text: '53 (R)', value: 53 })).toEqual({ kind: 'count', value: 53, revised: true });
  });
});
