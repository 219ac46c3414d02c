// Specification of how published period phrases become YYYY-MM ranges and short names.
import { describe, expect, it } from 'vitest';
import {
  findPeriod,
  parseFinancialYear,
  periodSlug,
  saysMonthOf,
  yearsEndingIn,
} from '../../../src/core/text/reporting-periods.js';

describe('GIVEN period phrases as Home Office tables write them', () => {
  it.each([
    [
      'Table 13. Use of CED by type and police force: 1 April 2017 to 31 March 2018',
      { from: '2017-04', to: '2018-03' },
    ],
    [
      'Police use of force statistics, England and Wales: April 2018 to March 2019: data tables',
      { from: '2018-04', to: '2019-03' },
    ],
    ['April 2018 - March 2019', { from: '2018-04', to: '2019-03' }],
    ['Use of CED by type and police force: January to March 2017', { from: '2017-01', to: '2017-03' }],
    ['January to December 2016 revisions', { from: '2016-01', to: '2016-12' }],
    ['Year ending 31 March 2019', { from: '2018-04', to: '2019-03' }],
  ])('THEN "%s" is read as its months', (text, period) => {
    expect(findPeriod(text)).toEqual(period);
  });

  it('THEN text without a period gives none', () => {
    expect(findPeriod('Table 12. Incidents by police force')).toBeUndefined();
  });

  it('THEN financial years run April to March, and only consecutive years count', () => {
    expect(parseFinancialYear('2018/19')).toEqual({ from: '2018-04', to: '2019-03' });
    expect(parseFinancialYear('1999-2000')).toEqual({ from: '1999-04', to: '2000-03' });
    expect(parseFinancialYear('2018/20')).toBeUndefined();
    expect(parseFinancialYear('Total')).toBeUndefined();
  });

  it('THEN short names suit ids and file names', () => {
    expect(periodSlug({ from: '2018-04', to: '2019-03' })).toBe('2018-19');
    expect(periodSlug({ from: '2016-01', to: '2016-12' })).toBe('2016');
    expect(periodSlug({ from: '2017-01', to: '2017-03' })).toBe('2017-01-to-2017-03');
  });
});

describe('GIVEN a year to a month as staff type it', () => {
  it.each([
    ['terror arrests in the year ending march 2024', { month: 2, year: 2024 }],
    ['s43 stops in the 12 months to 30 June 2023', { month: 5, year: 2023 }],
    ['how many s43 stops did the met do ye sept 2023', { month: 8, year: 2023 }],
  ])('THEN "%s" names the twelve months to that month', (text, end) => {
    expect(yearsEndingIn(text)).toMatchObject([end]);
  });

  it('THEN a note says it by that month, with or without its day, and by no other', () => {
    const end = { month: 5, year: 2024, mention: 'year ending June 2024' };
    expect(saysMonthOf('in the year ending 30 June 2024', end)).toBe(true);
    expect(saysMonthOf('from July 2023 to June 2024', end)).toBe(true);
    expect(saysMonthOf('in the year ending 31 March 2024', end)).toBe(false);
  });
});
