// Calendar helpers for ISO dates and months (no time zones: knowledge dates are calendar days).
import { parseFinancialYear } from './reporting-periods.js';

/** The months by name, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2021-04" → "April 2021". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${y}`;
}

/** "April 2021 – March 2022" for a period. */
export function periodLabel(period: { from: string; to: string }): string {
  return period.from === period.to ? monthLabel(period.from) : `${monthLabel(period.from)} – ${monthLabel(period.to)}`;
}

/** Today's date as YYYY-MM-DD (UTC), for review checks. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a word that reads as a year ("2019"), as typed in a question. */
export function isYear(word: string): boolean {
  return /^(19|20)\d\d$/.test(word);
}

/**
 * A financial year typed short ("23/24", "21-22") written out as "2023/24", so a question's year
 * is read like the knowledge's ("2023/24", "2023-24") by the figures and the year rule alike.
 * Only consecutive years, and never a pair that could be a day and month ("11/12").
 */
export function withFullYears(question: string): string {
  return question.replace(
    /(?<![\d/.:-])(\d\d)\s?([/-])\s?(\d\d)(?![\d/.:-])/g,
    (match, a: string, sep: string, b: string) => {
      const first = Number(a);
      const second = Number(b);
      const consecutive = (first + 1) % 100 === second;
      const couldBeDate = first >= 1 && first <= 31 && second >= 1 && second <= 12;
      if (!consecutive || couldBeDate) return match;
      return `${first >= 50 ? 19 : 20}${a}${sep}${b}`;
    },
  );
}

/** A financial year named in a question: "2022/23" → { start: 2022, end: 2023 }. */
export interface FinancialYear {
  start: number;
  end: number;
}

/** The financial years a question names ("2022/23", "2022-23", "2022/2023"), short forms already written out. */
export function financialYearsIn(question: string): FinancialYear[] {
  const years: FinancialYear[] = [];
  for (const m of question.matchAll(/\b(?:19|20)\d\d\s?[/-]\s?(?:\d\d|(?:19|20)\d\d)\b/g)) {
    const period = parseFinancialYear(m[0]);
    if (period) years.push({ start: Number(period.from.slice(0, 4)), end: Number(period.to.slice(0, 4)) });
  }
  return years;
}

/** Months by name, for a period written "April 2022 to March 2023". */
const ANY_MONTH = MONTH_NAMES.join('|');
/** Months that fall in the financial year starting in their calendar year (April to December). */
const NEXT_YEAR_MONTHS = MONTH_NAMES.slice(3).join('|');

/**
 * True when a text says the financial year: written as one ("2022/23", "2022-2023", "2022 to
 * 2023") or by the year it ends in ("year ending March 2023"). Its first year alone ("31 March
 * 2022") is the year before's end, and the end year as the start of the next ("2023/24") is
 * another year, so neither counts.
 */
export function saysFinancialYear(text: string, year: FinancialYear): boolean {
  const short = String(year.end % 100).padStart(2, '0');
  const written = new RegExp(`\\b${year.start}\\s?(?:[/–-]|to)\\s?(?:${short}|${year.end})\\b`);
  // The end year alone, but not as the first year of the next one ("2023" in "2023/24", "April
  // 2023 to March 2024"), nor after a month of that next one ("from April 2023").
  const endYear = new RegExp(
    `(?<![/–-]\\s?)(?<!\\b(?:${NEXT_YEAR_MONTHS})\\s)\\b${year.end}\\b(?!\\s?(?:[/–-]|to\\b)\\s?(?:(?:${ANY_MONTH})\\s)?\\d)`,
    'i',
  );
  return written.test(text) || endYear.test(text);
}
