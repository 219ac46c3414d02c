// Reporting periods as published tables write them ("1 April 2017 to 31 March 2018", "January to March 2017",
// "Year ending 31 March 2019", "2018/19"), turned into the knowledge's inclusive YYYY-MM ranges.
import type { Period } from '../types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?';
const RANGE = new RegExp(`\\b${DAY}${MONTH}\\s*(\\d{4})?\\s*(?:to|-|–|—)\\s*${DAY}${MONTH}\\s+(\\d{4})\\b`, 'i');
const YEAR_ENDING = new RegExp(`\\byear ending\\s+${DAY}${MONTH}\\s+(\\d{4})\\b`, 'i');
const FINANCIAL_YEAR = /^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/;

/**
 * "year ending March 2024", "the 12 months to 30 June 2023", "ye sept 2023" (as statistics label
 * them): the twelve months to a month. Groups: the month's name, the year.
 */
export function yearToMonthPattern(): RegExp {
  return new RegExp(
    String.raw`\b(?:(?:the\s+)?(?:12 months|twelve months|year)\s+(?:to|ending|ended)|ye)\s+${DAY}${MONTH}\s+((?:19|20)\d\d)\b`,
    'gi',
  );
}

/** Twelve months named by the month they end in. */
export interface YearEnding {
  /** The last month: 0 for January. */
  month: number;
  year: number;
  /** As the text wrote it. */
  mention: string;
}

/** The twelve-month periods a text names by the month they end in ("year ending March 2024"). */
export function yearsEndingIn(text: string): YearEnding[] {
  return [...text.matchAll(yearToMonthPattern())].map((m) => ({
    month: monthIndex(m[1]!),
    year: Number(m[2]),
    mention: m[0],
  }));
}

/**
 * True when a text says the month a period ends, as "June 2024" or "30 June 2024" ("30 June
 * 2024" ends the year ending June 2024, and "July 2023 to June 2024" is it).
 */
export function saysMonthOf(text: string, end: YearEnding): boolean {
  const said = new RegExp(String.raw`\b${DAY}${MONTH}\s+${end.year}\b`, 'gi');
  return [...text.matchAll(said)].some((m) => monthIndex(m[1]!) === end.month);
}

/** The month a name or its first three letters names, 0 for January; -1 for none. */
export function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** YYYY-MM for a year and a month index (0 for January). */
export function month(year: number, index: number): string {
  return `${String(year).padStart(4, '0')}-${String(index + 1).padStart(2, '0')}`;
}

/** The first date range named in a text, e.g. "… 1 April 2017 to 31 March 2018" → 2017-04..2018-03. */
export function findPeriod(text: string): Period | undefined {
  const range = RANGE.exec(text);
  if (range) {
    const [, m1 = '', y1, m2 = '', y2 = ''] = range;
    return { from: month(Number(y1 ?? y2), monthIndex(m1)), to: month(Number(y2), monthIndex(m2)) };
  }
  const ending = YEAR_ENDING.exec(text);
  if (ending) {
    const [, m = '', y = ''] = ending;
    const end = Number(y) * 12 + monthIndex(m);
    const start = end - 11;
    return { from: month(Math.floor(start / 12), start % 12), to: month(Math.floor(end / 12), end % 12) };
  }
  return undefined;
}

/**
 * A UK financial year written "2018/19" or "2018-19" → April 2018 to March 2019. Government statistics
 * label years this way; the April start is the convention of the UK financial year.
 */
export function parseFinancialYear(text: string): Period | undefined {
  const match = FINANCIAL_YEAR.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const endYear = match[2]!.length === 2 ? Math.floor(start / 100) * 100 + end : end;
  if (endYear !== start + 1) return undefined;
  return { from: month(start, 3), to: month(start + 1, 2) };
}

/** A short name for ids and file names: "2017-18" for a twelve-month year, "2016" for a calendar year. */
export function periodSlug(period: Period): string {
  const fromYear = Number(period.from.slice(0, 4));
  const toYear = Number(period.to.slice(0, 4));
  const months = (toYear - fromYear) * 12 + Number(period.to.slice(5)) - Number(period.from.slice(5)) + 1;
  if (months === 12 && fromYear === toYear) return String(fromYear);
  if (months === 12) return `${fromYear}-${String(toYear % 100).padStart(2, '0')}`;
  return `${period.from}-to-${period.to}`;
}
