// Periods named in a question, in every way staff write them: "2019/20", "2019-20", "FY 2019/20",
// "April 2019 to March 2020", "year to March 2020", "last year", "since 2017/18", "2017/18 to 2019/20",
// "in 2019". A period asked is matched exactly, never by a neighbouring one.
import { findPeriod, month, monthIndex, parseFinancialYear, yearToMonthPattern } from '../text/reporting-periods.js';
import { isYear, periodLabel } from '../text/dates.js';
import type { Period } from '../types.js';

export interface PeriodFilter {
  /** Periods asked for exactly: a financial year, a month range, a year to a month. */
  exact: { period: Period; mention: string }[];
  /** Every period inside a span ("since 2017/18": no end). */
  spans: { from: string; to?: string; mention: string }[];
  /** Bare years ("in 2019"): the twelve months starting in that year, as the knowledge has them. */
  years: { year: number; mention: string }[];
  /** "last year": the latest financial year ended before today, settled when answering. */
  lastYear?: { mention: string };
  /** "this year": the financial year today is in, settled when answering. */
  thisYear?: { mention: string };
  /** "the last 3 years": that many financial years ended before today, settled when answering. */
  lastYears?: { count: number; mention: string };
  /** The text as the user wrote it, for "I have no figures for …". */
  mentions: string[];
  /** What looks like a period but names none this reads ("99999", "0000/01", "31/02/2023"). */
  unreadable: string[];
}

/** A long number, or numbers joined by slashes, left once every period form has been read. */
const LOOKS_LIKE_A_PERIOD = /(?<![\p{L}\d])\d{4,}(?:\/\d+)*(?![\p{L}\d])|(?<![\p{L}\d])\d+(?:\/\d+)+(?![\p{L}\d])/gu;

/** Words that only say which period: not left over as a subject the figures cannot explain. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set(
  (
    'since from between until till through to ending ended last previous past this current fy financial year years months month twelve ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

const FY = String.raw`(?:fy\s*|financial year\s*)?((?:19|20)\d\d)\s*[/-]\s*((?:19|20)?\d\d)(?!\d)`;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const FY_SPAN = new RegExp(
  String.raw`\b(?:from\s+|between\s+)?${FY}\s*(?:to|until|till|through|and|-|–)\s*${FY}`,
  'gi',
);
const SINCE = new RegExp(String.raw`\b(?:since|from)\s+(?:${FY}|(${MONTH})\s+((?:19|20)\d\d)|((?:19|20)\d\d))\b`, 'gi');
const MONTH_RANGE = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\s*(?:(?:19|20)\d\d)?\s*(?:to|until|-|–)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\s+(?:19|20)\d\d\b`,
  'gi',
);
const YEAR_TO = yearToMonthPattern();
const ONE_FY = new RegExp(String.raw`\b${FY}\b`, 'gi');
/** "December 2018", "1st dec 2018": that month alone, not the year it falls in. */
const ONE_MONTH = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${MONTH})\s+((?:19|20)\d\d)\b`, 'gi');
const YEARS_APART = /\b(between\s+|from\s+)?((?:19|20)\d\d)\s*(?:to|until|and)\s*((?:19|20)\d\d)\b/gi;
const LAST_YEAR = /\b(last|previous|past)\s+(financial\s+)?year\b/i;
const THIS_YEAR = /\b(this|current)\s+(financial\s+)?year\b/i;
const LAST_YEARS =
  /\b(?:last|past|previous)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:financial\s+)?years\b/i;
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const YEAR = /\b((?:19|20)\d\d)\b/g;

function fyPeriod(a: string, b: string): Period | undefined {
  return parseFinancialYear(`${a}/${b}`);
}

/** Periods mentioned in the raw question text. */
export function periodsIn(question: string): PeriodFilter {
  const filter: PeriodFilter = { exact: [], spans: [], years: [], mentions: [], unreadable: [] };
  let rest = question;
  const take = (pattern: RegExp, read: (m: RegExpMatchArray) => boolean) => {
    for (const m of [...rest.matchAll(pattern)]) {
      if (!read(m)) continue;
      filter.mentions.push(m[0].trim());
      rest = rest.replace(m[0], ' ');
    }
  };
  take(FY_SPAN, (m) => {
    const first = fyPeriod(m[1]!, m[2]!);
    const last = fyPeriod(m[3]!, m[4]!);
    if (!first || !last || last.to < first.from) return false;
    filter.spans.push({ from: first.from, to: last.to, mention: m[0].trim() });
    return true;
  });
  take(MONTH_RANGE, (m) => {
    const period = findPeriod(m[0]);
    if (!period) return false;
    filter.exact.push({ period, mention: m[0].trim() });
    return true;
  });
  take(YEAR_TO, (m) => {
    const end = Number(m[2]) * 12 + monthIndex(m[1]!);
    const start = end - 11;
    const period = { from: month(Math.floor(start / 12), start % 12), to: month(Math.floor(end / 12), end % 12) };
    filter.exact.push({ period, mention: m[0].trim() });
    return true;
  });
  take(YEARS_APART, (m) => {
    // "from 2020 to 2017" means the same years as "from 2017 to 2020".
    const [first, last] = [Number(m[2]), Number(m[3])].sort((a, b) => a - b) as [number, number];
    // "2018 to 2019" names the financial year 2018/19; "and" joins two years only after "between".
    const and = /\band\b/i.test(m[0]);
    if (and && !m[1]) return false;
    const period = and ? undefined : fyPeriod(m[2]!, m[3]!);
    if (period) {
      filter.exact.push({ period, mention: m[0].trim() });
      return true;
    }
    if (last <= first) return false;
    // "2017 to 2019", "between 2017 and 2019": every twelve months starting in those years, the
    // calendar years or the financial years 2017/18 to 2019/20.
    filter.spans.push({ from: `${first}-01`, to: `${last + 1}-03`, mention: m[0].trim() });
    return true;
  });
  take(SINCE, (m) => {
    const fy = m[1] && m[2] ? fyPeriod(m[1], m[2]) : undefined;
    const from = fy ? fy.from : m[3] && m[4] ? month(Number(m[4]), monthIndex(m[3])) : m[5] ? `${m[5]}-01` : undefined;
    if (!from) return false;
    filter.spans.push({ from, mention: m[0].trim() });
    return true;
  });
  // After the ranges and "since": what is left is one month on its own ("in Dec 2018"), asked for
  // exactly, so the figures for the year it falls in are not given as that month's.
  take(ONE_MONTH, (m) => {
    const at = month(Number(m[2]), monthIndex(m[1]!));
    filter.exact.push({ period: { from: at, to: at }, mention: m[0].trim() });
    return true;
  });
  take(ONE_FY, (m) => {
    const period = fyPeriod(m[1]!, m[2]!);
    if (!period) return false;
    filter.exact.push({ period, mention: m[0].trim() });
    return true;
  });
  const lastYears = LAST_YEARS.exec(rest);
  if (lastYears) {
    const n = lastYears[1]!.toLowerCase();
    const count = Number(n) || COUNT_WORDS.indexOf(n) + 2;
    if (count > 0) {
      filter.lastYears = { count, mention: lastYears[0] };
      filter.mentions.push(lastYears[0]);
    }
    rest = rest.replace(LAST_YEARS, ' ');
  }
  const last = LAST_YEAR.exec(rest);
  if (last) {
    filter.lastYear = { mention: last[0] };
    filter.mentions.push(last[0]);
    rest = rest.replace(LAST_YEAR, ' ');
  }
  const current = THIS_YEAR.exec(rest);
  if (current) {
    filter.thisYear = { mention: current[0] };
    filter.mentions.push(current[0]);
    rest = rest.replace(THIS_YEAR, ' ');
  }
  for (const match of rest.matchAll(YEAR)) {
    filter.years.push({ year: Number(match[1]), mention: match[1]! });
    filter.mentions.push(match[1]!);
  }
  // Never answered with another period's figures: a period this cannot read is said to be so.
  for (const match of rest.matchAll(LOOKS_LIKE_A_PERIOD)) {
    if (isYear(match[0])) continue;
    filter.unreadable.push(match[0]);
    filter.mentions.push(match[0]);
  }
  return filter;
}

export function hasPeriod(filter: PeriodFilter): boolean {
  return (
    filter.exact.length + filter.spans.length + filter.years.length > 0 ||
    filter.lastYear !== undefined ||
    filter.thisYear !== undefined ||
    filter.lastYears !== undefined
  );
}

/** Does the question ask for more than one period (a range, or several named)? */
export function asksSeveralPeriods(filter: PeriodFilter): boolean {
  return filter.spans.length > 0 || filter.exact.length + filter.years.length > 1;
}

/** The financial year (April–March) that ended most recently before `todayIso`. */
export function lastFinancialYear(todayIso: string): Period {
  const year = Number(todayIso.slice(0, 4));
  const monthNow = Number(todayIso.slice(5, 7));
  const endYear = monthNow >= 4 ? year : year - 1;
  return { from: `${endYear - 1}-04`, to: `${endYear}-03` };
}

/** The financial year (April–March) that `todayIso` falls in. */
export function currentFinancialYear(todayIso: string): Period {
  // It starts in April of the year the last one ended in.
  const start = Number(lastFinancialYear(todayIso).to.slice(0, 4));
  return { from: `${start}-04`, to: `${start + 1}-03` };
}

/** "last year", "this year" and "the last 3 years" settled against today: exact periods or a span. */
export function settle(filter: PeriodFilter, todayIso: string): PeriodFilter {
  if (!filter.lastYear && !filter.thisYear && !filter.lastYears) return filter;
  const exact = [...filter.exact];
  const spans = [...filter.spans];
  if (filter.lastYear) exact.push({ period: lastFinancialYear(todayIso), mention: filter.lastYear.mention });
  if (filter.thisYear) exact.push({ period: currentFinancialYear(todayIso), mention: filter.thisYear.mention });
  if (filter.lastYears) {
    const last = lastFinancialYear(todayIso);
    const from = `${Number(last.from.slice(0, 4)) - filter.lastYears.count + 1}-04`;
    spans.push({ from, to: last.to, mention: filter.lastYears.mention });
  }
  return { ...filter, exact, spans, lastYear: undefined, thisYear: undefined, lastYears: undefined };
}

const startYear = (p: Period) => Number(p.from.slice(0, 4));
const months = (p: Period) =>
  (Number(p.to.slice(0, 4)) - startYear(p)) * 12 + Number(p.to.slice(5)) - Number(p.from.slice(5)) + 1;

/** Does a statistic's period match what was asked? Only the period asked, or one inside a span asked. */
export function periodMatches(period: Period, filter: PeriodFilter): boolean {
  if (filter.exact.some((e) => samePeriod(e.period, period))) return true;
  if (filter.spans.some((s) => period.from >= s.from && (s.to === undefined || period.to <= s.to))) return true;
  // "in 2019": a twelve-month period starting in 2019 (the calendar year, or the financial year 2019/20).
  return filter.years.some((y) => startYear(period) === y.year && months(period) === 12);
}

/**
 * The periods asked for by name that none of `available` answers, in words: "April 2019 – March 2020".
 * A closed span reports each financial year inside it that is missing.
 */
export function missingPeriods(filter: PeriodFilter, available: Period[]): string[] {
  const missing: string[] = [];
  for (const e of filter.exact)
    if (!available.some((p) => samePeriod(p, e.period))) missing.push(periodLabel(e.period));
  for (const y of filter.years) {
    if (!available.some((p) => periodMatches(p, { exact: [], spans: [], years: [y], mentions: [], unreadable: [] })))
      missing.push(y.mention);
  }
  for (const s of filter.spans) {
    const inside = available.filter((p) => p.from >= s.from && (s.to === undefined || p.to <= s.to));
    if (inside.length === 0) {
      missing.push(
        s.to ? periodLabel({ from: s.from, to: s.to }) : `${periodLabel({ from: s.from, to: s.from })} onwards`,
      );
      continue;
    }
    // Missing years are named only where the figures come by financial year (April to March).
    const byFinancialYear = inside.every((p) => p.from.endsWith('-04') && p.to.endsWith('-03') && months(p) === 12);
    if (!s.to || !s.to.endsWith('-03') || !byFinancialYear || !/-0[14]$/.test(s.from)) continue;
    for (let y = startYear({ from: s.from, to: s.from }); y < Number(s.to.slice(0, 4)); y++) {
      const fy = { from: `${y}-04`, to: `${y + 1}-03` };
      if (!available.some((p) => samePeriod(p, fy))) missing.push(periodLabel(fy));
    }
  }
  return missing;
}

/** Sort key for periods, oldest first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.from.localeCompare(b.from) || a.to.localeCompare(b.to);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
