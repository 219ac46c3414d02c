// Periods named in a question: "2021-22", "2018/19", "2021 to 2022", "in 2019".
import type { Period } from '../types.js';

export interface PeriodFilter {
  /** Financial-year style ranges: April of the first year to March of the second. */
  ranges: { fromYear: number; toYear: number }[];
  /** Single years: periods starting (or else ending) in that year. */
  years: number[];
  /** The text as the user wrote it, for "I have no figures for …". */
  mentions: string[];
}

const RANGE = /\b((?:19|20)\d\d)\s*(?:-|\/|–|to|until)\s*((?:19|20)?\d\d)\b/g;
const YEAR = /\b((?:19|20)\d\d)\b/g;

/** Periods mentioned in the raw question text. */
export function periodsIn(question: string): PeriodFilter {
  const filter: PeriodFilter = { ranges: [], years: [], mentions: [] };
  const withoutRanges = question.replace(RANGE, (whole, a: string, b: string) => {
    const fromYear = Number(a);
    const toYear = b.length === 2 ? Math.floor(fromYear / 100) * 100 + Number(b) : Number(b);
    if (toYear === fromYear + 1) {
      filter.ranges.push({ fromYear, toYear });
      filter.mentions.push(whole);
      return ' ';
    }
    return whole;
  });
  for (const match of withoutRanges.matchAll(YEAR)) {
    filter.years.push(Number(match[1]));
    filter.mentions.push(match[1]!);
  }
  return filter;
}

export function hasPeriod(filter: PeriodFilter): boolean {
  return filter.ranges.length > 0 || filter.years.length > 0;
}

/** Does a statistic's period match what was asked? */
export function periodMatches(period: Period, filter: PeriodFilter, available: Period[]): boolean {
  const fromYear = Number(period.from.slice(0, 4));
  const toYear = Number(period.to.slice(0, 4));
  if (filter.ranges.some((r) => r.fromYear === fromYear && r.toYear === toYear)) return true;
  return filter.years.some((year) => {
    // "in 2019": prefer periods that start in 2019; fall back to periods that end in it.
    const startsInYear = available.some((p) => Number(p.from.slice(0, 4)) === year);
    return startsInYear ? fromYear === year : toYear === year;
  });
}

/** Sort key for periods, oldest first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.from.localeCompare(b.from) || a.to.localeCompare(b.to);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
