// Chooses the statistics that answer a figures question: the right forces, metric and period,
// or an exact account of what the knowledge does have when it cannot answer.
import type { Audience, FigureSet, Force, Knowledge, Metric, Period, Statistic } from '../types.js';
import { periodLabel } from '../text/dates.js';
import type { FigureQuestion } from './parse.js';
import { comparePeriods, hasPeriod, periodMatches, samePeriod } from './periods.js';

/** Statistics an audience may see. */
export function visibleStatistics(knowledge: Knowledge, audience: Audience): Statistic[] {
  return knowledge.statistics.filter((s) => audience === 'internal' || s.visibility === 'public');
}

/** Metrics with at least one value among `stats`, in knowledge order. */
export function metricsWithData(knowledge: Knowledge, stats: FigureSet[]): Metric[] {
  return [...knowledge.metrics.values()].filter((m) => stats.some((s) => m.id in s.values));
}

/** The metric to rank or trend by when none was named: the most widely reported total. */
export function defaultMetric(knowledge: Knowledge, stats: FigureSet[]): Metric | undefined {
  const candidates = metricsWithData(knowledge, stats);
  const reported = (m: Metric) => stats.filter((s) => typeof s.values[m.id] === 'number').length;
  const totals = candidates.filter((m) => !m.partOf);
  const pool = totals.length > 0 ? totals : candidates;
  return [...pool].sort((a, b) => reported(b) - reported(a))[0];
}

/** Distinct periods among statistics, oldest first. */
export function periodsOf(stats: { period: Period }[]): Period[] {
  const unique: Period[] = [];
  for (const s of stats) if (!unique.some((p) => samePeriod(p, s.period))) unique.push(s.period);
  return unique.sort(comparePeriods);
}

/** Statistics within the periods the question names (all of them when it names none). */
export function inAskedPeriods(stats: Statistic[], q: FigureQuestion): Statistic[] {
  if (!hasPeriod(q.periods)) return stats;
  return stats.filter((s) => periodMatches(s.period, q.periods));
}

/**
 * The period a ranking uses when none was named: the one where the most forces report `metricId`,
 * the latest of those — so two forces' newer figures do not stand for a 43-force table.
 */
export function rankingPeriod(stats: Statistic[], metricId: string): { period: Period; forces: number } | undefined {
  let best: { period: Period; forces: number } | undefined;
  for (const period of periodsOf(stats)) {
    const forces = new Set(
      stats.filter((s) => samePeriod(s.period, period) && typeof s.values[metricId] === 'number').map((s) => s.force),
    ).size;
    if (forces > 0 && (!best || forces >= best.forces)) best = { period, forces };
  }
  return best;
}

/** "April 2017 – March 2018 and April 2018 – March 2019" (or "no period"). */
export function listPeriods(periods: Period[]): string {
  return inWords(periods.map(periodLabel)) || 'no period';
}

/** "Northshire Police and Westmarch Constabulary". */
export function listForces(forces: Force[]): string {
  return inWords(forces.map((f) => f.name));
}

/** "a", "a and b", "a, b and c"; empty for no items. */
export function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The most recent period in which at least `minForces` forces (of `forceIds`, when given) report
 * a value for `metricId`; when none has that many, the period where the most do.
 */
export function latestPeriod(
  stats: Statistic[],
  metricId: string,
  minForces: number,
  forceIds?: string[],
): Period | undefined {
  const periods = periodsOf(stats).reverse();
  const reporting = (period: Period) =>
    new Set(
      stats
        .filter(
          (s) =>
            samePeriod(s.period, period) &&
            typeof s.values[metricId] === 'number' &&
            (!forceIds || forceIds.includes(s.force)),
        )
        .map((s) => s.force),
    ).size;
  return periods.find((p) => reporting(p) >= minForces) ?? bestPeriod(stats, metricId, forceIds);
}

/** The most recent period in which the most of `forceIds` report a value for `metric`. */
export function bestPeriod(stats: Statistic[], metricId: string, forceIds?: string[]): Period | undefined {
  const periods = periodsOf(stats);
  let best: Period | undefined;
  let bestCount = 0;
  for (const period of periods) {
    const count = stats.filter(
      (s) =>
        samePeriod(s.period, period) &&
        typeof s.values[metricId] === 'number' &&
        (!forceIds || forceIds.includes(s.force)),
    ).length;
    if (count >= bestCount && count > 0) {
      best = period;
      bestCount = count;
    }
  }
  return best;
}

/** How a period is written in a question: "2018-19" for an April–March year, else its years. */
export function periodAsAsked(period: Period): string {
  const from = Number(period.from.slice(0, 4));
  const to = Number(period.to.slice(0, 4));
  if (period.from.endsWith('-04') && period.to.endsWith('-03') && to === from + 1)
    return `${from}-${String(to).slice(2)}`;
  return from === to ? String(from) : `${from} to ${to}`;
}

/** Figures questions the knowledge can answer, for forces asked about (or the best covered). */
export function figureSuggestions(knowledge: Knowledge, stats: Statistic[], forces: Force[], limit: number): string[] {
  const covered = forces.filter((f) => stats.some((s) => s.force === f.id));
  const pool =
    covered.length > 0
      ? covered
      : [...new Set(stats.map((s) => s.force))]
          .map((id) => knowledge.forces.get(id))
          .filter((f): f is Force => Boolean(f));
  const suggestions = pool.flatMap((force) =>
    periodsOf(stats.filter((s) => s.force === force.id))
      .reverse()
      .map((p) => `${force.name} figures ${periodAsAsked(p)}`),
  );
  return suggestions.slice(0, limit);
}
