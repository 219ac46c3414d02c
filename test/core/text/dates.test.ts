// Dates as typed in questions: a short financial year is read as the full one.
import { describe, expect, it } from 'vitest';
import { financialYearsIn, saysFinancialYear, withFullYears } from '../../../src/core/text/dates.js';

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

describe('financial years in a question and in a note', () => {
  it('finds the financial years a question names, in any of their written forms', () => {
    expect(financialYearsIn('revocations in 2022/23 and 2021-2022')).toEqual([
      { start: 2022, end: 2023 },
      { start: 2021, end: 2022 },
    ]);
    expect(financialYearsIn('the 2019 review and 2020/24')).toEqual([]);
  });

  it('counts a note as saying 2022/23 when it writes it, or the year it ends in', () => {
    const year = { start: 2022, end: 2023 };
    for (const text of ['Revocations in 2022/23 rose.', 'In 2022-2023 there were…', 'In the year ending March 2023…'])
      expect(saysFinancialYear(text, year), text).toBe(true);
  });

  it('does not count the end year as the start of the next ("2023/24")', () => {
    expect(
      saysFinancialYear('Searches rose from 4,280 in 2023/24 to 5,145 in 2024/25.', { start: 2022, end: 2023 }),
    ).toBe(false);
  });

  it('does not count the end year as the start of a period of the next year ("April 2023 to March 2024", "from April 2023")', () => {
    const year = { start: 2022, end: 2023 };
    expect(saysFinancialYear('From Table 14 of the April 2023 to March 2024 statistical publication.', year)).toBe(
      false,
    );
    expect(saysFinancialYear('The charges apply from April 2023.', year)).toBe(false);
    expect(saysFinancialYear('Figures for April 2022 to March 2023 follow.', year)).toBe(true);
  });

  it('does not count its first year alone: "31 March 2022" ends the year before', () => {
    expect(saysFinancialYear('As at 31 March 2022, there were 522,627 certificates.', { start: 2022, end: 2023 })).toBe(
      false,
    );
  });
});
