// Calendar helpers for ISO dates and months (no time zones: knowledge dates are calendar days).

const MONTHS = [
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
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
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
