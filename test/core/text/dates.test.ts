// Dates as typed in questions: a short financial year is read as the full one.
import { describe, expect, it } from 'vitest';
import { withFullYears } from '../../../src/core/text/dates.js';

describe('withFullYears', () => {
  it.each([
    ['firearms ops in 23/24', 'firearms ops in 2023/24'],
    ['weapons fired 21-22', 'weapons fired 2021-22'],
    ['stats for 99/00', 'stats for 1999/00'],
  ])('writes "%s" as "%s"', (typed, read) => {
    expect(withFullYears(typed)).toBe(read);
  });

  it.each([
    ['a pair that could be a day and month', 'cell checks on 11/12'],
    ['years that are not consecutive', 'rota 24/7 cover'],
    ['a full year already', 'figures for 2023/24'],
    ['part of a longer number', 'reference 2021/22/0034'],
  ])('leaves %s alone ("%s")', (_, typed) => {
    expect(withFullYears(typed)).toBe(typed);
  });
});
